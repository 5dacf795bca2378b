/// Reference-list entries in APA 7, as HTML.
///
/// Author. (Year). Title. Source. Link — with the title in sentence case
/// (braced words keep their capitals), italic for a whole work (book, thesis,
/// report, web page) and upright for a part of one (article, chapter, paper),
/// whose container is italic instead: journal with its volume, book or
/// proceedings after "In" and its editors. Containers keep the case they
/// were written in. A DOI is preferred to a URL and shown as
/// `https://doi.org/…`; an arXiv preprint without either links to arXiv.
extension CitedWorks {
    /// `<div class="reference" id="ID">…</div>` for the work `key`; nil when it is not in the set.
    public func referenceHTML(_ key: String, id: String) -> String? {
        guard let entry = entry(key), let label = label(key) else { return nil }
        let body = ReferenceWriter(entry: entry, year: label.year).html()
        return "<div class=\"reference\" id=\"\(id.escapedForHTML)\">" + body + "</div>"
    }

    /// Every entry in reference-list order, one per line, inside `<div class="references">`.
    public func referenceListHTML(id: (Entry) -> String) -> String {
        var html = "<div class=\"references\">\n"
        for entry in entries {
            html += referenceHTML(entry.key, id: id(entry))! + "\n"
        }
        return html + "</div>\n"
    }
}

/// The sentences of one reference, each ending in a period, joined by spaces.
struct ReferenceWriter {
    let entry: Entry
    let year: String

    func html() -> String {
        var sentences: [String] = []
        let creator = Creator(entry)
        let title = titleHTML()
        switch creator {
        case .people(let names): sentences.append(APANames.reference(names).escapedForHTML)
        case .editors(let names):
            sentences.append(APANames.reference(names).escapedForHTML + (names.names.count == 1 ? " (Ed.)" : " (Eds.)"))
        case .body(let name): sentences.append(name.html())
        case .title: sentences.append(title)
        }
        sentences.append("(\(year.escapedForHTML))")
        if case .title = creator {} else { sentences.append(title) }
        sentences += source()
        if let note = entry.text("note"), !note.isEmpty { sentences.append(note.html()) }
        var html = sentences.map(Self.period).joined(separator: " ")
        if let link = link() {
            html += " <a href=\"\(link.escapedForHTML)\">\(link.escapedForHTML)</a>"
        }
        return html
    }

    /// The title in sentence case with what APA puts right after it: edition,
    /// report number, the kind of thesis, the arXiv identifier.
    private func titleHTML() -> String {
        let title = entry.title?.sentenceCased() ?? FieldText(runs: [])
        let standalone = entry.type != .article && !isInBook
        var html = title.html(italic: standalone)
        var details: [String] = []
        if standalone, let edition = edition() { details.append(edition) }
        if standalone, entry.type != .techreport, let volume = plain("volume") { details.append("Vol. " + volume) }
        if entry.type == .inbook, entry.fields["booktitle"] == nil {
            if let chapter = plain("chapter") { details.append("chap. " + chapter) }
            if let pages = pages() { details.append(pages) }
        }
        if entry.type == .techreport, let number = plain("number") {
            details.append((plain("type") ?? "Technical Report") + " No. " + number)
        }
        if let arXiv = entry.arXiv, !entry.type.isPart { details.append("arXiv:" + arXiv) }
        if !details.isEmpty { html += " (" + details.joined(separator: ", ").escapedForHTML + ")" }
        switch entry.type {
        case .phdthesis: html += " [" + (["Doctoral dissertation"] + [plain("school")].compactMap { $0 }).joined(separator: ", ").escapedForHTML + "]"
        case .mastersthesis: html += " [" + (["Master’s thesis"] + [plain("school")].compactMap { $0 }).joined(separator: ", ").escapedForHTML + "]"
        case .techreport where plain("number") == nil: html += " [" + (plain("type") ?? "Technical report").escapedForHTML + "]"
        case .unpublished: html += " [Unpublished manuscript]"
        default: break
        }
        return html
    }

    /// A paper or chapter: its container is a book or proceedings, written after "In".
    private var isInBook: Bool {
        switch entry.type {
        case .inproceedings, .incollection: true
        case .inbook: entry.fields["booktitle"] != nil
        default: false
        }
    }

    /// Where the work appeared and who published it.
    private func source() -> [String] {
        var sentences: [String] = []
        switch entry.type {
        case .article:
            if let journal = entry.text("journal") {
                var html = journal.html(italic: true)
                if let volume = plain("volume") {
                    html += ", <i>" + volume.escapedForHTML + "</i>"
                    if let number = plain("number") { html += "(" + number.escapedForHTML + ")" }
                }
                if let pages = plain("pages") { html += ", " + Self.dashed(pages).escapedForHTML }
                sentences.append(html)
            }
        case _ where isInBook:
            var html = "In "
            if !entry.editors.isEmpty, !entry.authors.isEmpty {
                html += APANames.editors(entry.editors).escapedForHTML + ", "
            }
            html += (entry.text("booktitle") ?? FieldText(runs: [])).html(italic: true)
            let details = [edition(), plain("volume").map { "Vol. " + $0 }, pages()].compactMap { $0 }
            if !details.isEmpty { html += " (" + details.joined(separator: ", ").escapedForHTML + ")" }
            sentences.append(html)
        default:
            break
        }
        if let publisher = publisher() { sentences.append(publisher.html()) }
        return sentences
    }

    /// Publisher, else the organisation, institution or `howpublished`; left
    /// out when it is already the author. An arXiv preprint is published by arXiv.
    private func publisher() -> FieldText? {
        let candidates: [String]
        switch entry.type {
        case .techreport: candidates = ["institution", "publisher"]
        case .phdthesis, .mastersthesis, .article: candidates = []
        case .misc, .online, .unpublished, .booklet: candidates = ["publisher", "organization", "institution", "howpublished"]
        default: candidates = ["publisher", "organization"]
        }
        for field in candidates {
            guard let raw = entry.fields[field], !raw.contains("\\url") else { continue }
            let text = FieldText(latex: raw)
            if text.isEmpty { continue }
            if case .body(let author) = Creator(entry), author.plain == text.plain { return nil }
            return text
        }
        if entry.arXiv != nil, !entry.type.isPart { return FieldText(runs: [.init("arXiv")]) }
        return nil
    }

    /// DOI as a doi.org address, else the URL, else the arXiv abstract page.
    private func link() -> String? {
        if let doi = entry.doi, !doi.isEmpty {
            if doi.hasPrefix("http://") || doi.hasPrefix("https://") { return doi }
            let bare = doi.lowercased().hasPrefix("doi:") ? String(doi.dropFirst(4)) : doi
            return "https://doi.org/" + bare
        }
        if let url = entry.url, !url.isEmpty { return url }
        if let arXiv = entry.arXiv { return "https://arxiv.org/abs/" + arXiv }
        return nil
    }

    /// "2nd ed." from `edition = {2}`, `{2nd}` or `{Second}`; other words as written.
    private func edition() -> String? {
        guard let edition = plain("edition") else { return nil }
        let words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
        let digits = edition.prefix { $0.isASCII && $0.isNumber }
        let number = Int(digits) ?? words.firstIndex(of: edition.lowercased()).map { $0 + 1 }
        guard let number else { return edition + " ed." }
        let suffix = (11...13).contains(number % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][number % 10] ?? "th"
        return "\(number)\(suffix) ed."
    }

    /// "pp. 225–239" or "p. 5".
    private func pages() -> String? {
        guard let pages = plain("pages") else { return nil }
        let dashed = Self.dashed(pages)
        return (dashed.contains("–") || dashed.contains(",") ? "pp. " : "p. ") + dashed
    }

    private func plain(_ field: String) -> String? {
        guard let text = entry.text(field)?.plain, !text.isEmpty else { return nil }
        return text
    }

    /// Page ranges with an en dash: "225-239", "225--239" → "225–239".
    static func dashed(_ pages: String) -> String {
        var out = ""
        for character in pages {
            let dash = character == "-" || character == "–"
            if dash { if out.last != "–" { out.append("–") } } else { out.append(character) }
        }
        return out
    }

    /// A sentence ends in a period unless it ends in one already, or in ? or !.
    static func period(_ html: String) -> String {
        var tail = Substring(html)
        while tail.hasSuffix("</i>") || tail.hasSuffix("</b>") { tail = tail.dropLast(4) }
        return tail.last.map { ".?!".contains($0) } == true ? html : html + "."
    }
}
