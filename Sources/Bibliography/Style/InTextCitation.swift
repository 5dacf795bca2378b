/// Citations in the text, APA 7: "(see Lipton et al., 2014, pp. 3–5; also
/// Zhang, 2004)", "Lipton et al. (2014, p. 3)", "(2014)" for `[-@key]`.
///
/// Works keep the order the author gave them (APA would sort a group; the
/// order here is the author's, as prefixes such as "see … also" depend on it).
/// Neighbours by the same authors share their names: "(Lipton et al., 2014a,
/// 2014b)". A key not in the set is written as `key?`. Prefixes and suffixes
/// are the author's words, escaped, not Markdown.
extension CitedWorks {
    /// The citation as plain text.
    public func citationText(_ group: CitationGroup) -> String {
        var output = CitationOutput(links: nil)
        write(group, to: &output)
        return output.text
    }

    /// The citation as HTML: `<span class="citation" data-cites="…">`, each
    /// work linked to `href(entry)`. A parenthetical item links "Authors, year",
    /// a narrative one its authors, a year-only one its year.
    public func citationHTML(_ group: CitationGroup, href: (Entry) -> String) -> String {
        var links: [String: String] = [:]
        for item in group.items { links[item.key] = entry(item.key).map(href) }
        var output = CitationOutput(links: links)
        write(group, to: &output)
        let keys = group.items.map(\.key).joined(separator: " ").escapedForHTML
        return "<span class=\"citation\" data-cites=\"\(keys)\">" + output.html + "</span>"
    }

    private func write(_ group: CitationGroup, to output: inout CitationOutput) {
        guard group.isNarrative, let first = group.items.first else {
            output.plain("(")
            writeItems(group.items[...], to: &output)
            output.plain(")")
            return
        }
        if let label = label(first.key), !first.suppressesAuthor {
            output.linked(entry(first.key)) { $0.field(label.narrativeAuthors) }
            output.plain(" (" + label.year)
        } else {
            output.plain("(")
            writeCore(first, to: &output)
        }
        writeLocatorAndSuffix(first, narrative: true, to: &output)
        if group.items.count > 1 {
            output.plain("; ")
            writeItems(group.items.dropFirst(), to: &output)
        }
        output.plain(")")
    }

    private func writeItems(_ items: ArraySlice<CitationItem>, to output: inout CitationOutput) {
        var previous: CitationItem?
        for item in items {
            if let previous, sharesAuthors(previous, item) {
                output.plain(", ")
                output.linked(entry(item.key)) { $0.plain(label(item.key)!.year) }
            } else {
                if previous != nil { output.plain("; ") }
                if !item.prefix.isEmpty { output.plain(item.prefix + " ") }
                writeCore(item, to: &output)
            }
            writeLocatorAndSuffix(item, narrative: false, to: &output)
            previous = item
        }
    }

    /// "Lipton et al., 2014", "2014" without author, "key?" for an unknown key.
    private func writeCore(_ item: CitationItem, to output: inout CitationOutput) {
        guard let label = label(item.key) else {
            output.plain(item.key + "?")
            return
        }
        output.linked(entry(item.key)) { output in
            if !item.suppressesAuthor {
                output.field(label.authors)
                output.plain(", ")
            }
            output.plain(label.year)
        }
    }

    private func writeLocatorAndSuffix(_ item: CitationItem, narrative: Bool, to output: inout CitationOutput) {
        if let locator = item.locator { output.plain(", \(locator)") }
        guard let first = item.suffix.first else { return }
        output.plain((first.isLetter || first.isNumber ? ", " : "") + item.suffix)
    }

    /// The second of two neighbours is written as its year alone.
    private func sharesAuthors(_ previous: CitationItem, _ item: CitationItem) -> Bool {
        guard let a = label(previous.key), let b = label(item.key) else { return false }
        return a.authors == b.authors && !previous.suppressesAuthor && !item.suppressesAuthor
            && previous.locator == nil && previous.suffix.isEmpty && item.prefix.isEmpty
    }
}

/// Text and HTML written side by side.
private struct CitationOutput {
    /// Where each key links to; nil for text.
    let links: [String: String]?
    var text = ""
    var html = ""

    mutating func plain(_ string: String) {
        text += string
        html += string.escapedForHTML
    }

    mutating func field(_ field: FieldText) {
        text += field.plain
        html += field.html()
    }

    mutating func linked(_ entry: Entry?, _ body: (inout CitationOutput) -> Void) {
        guard let entry, let href = links?[entry.key] else { return body(&self) }
        html += "<a href=\"\(href.escapedForHTML)\">"
        body(&self)
        html += "</a>"
    }
}
