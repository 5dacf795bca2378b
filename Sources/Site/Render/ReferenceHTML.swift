import Bibliography
import Markdown
import Resolve

/// Citations and cross-references in running text, and the list of works a
/// page cites: what the resolve step found, written as links.
struct ReferenceHTML {
    let targets: PageTargets
    let bibliography: CitedWorks?
    let inHandout: Bool

    /// The HTML of a run of text with its references linked; nil when it holds none.
    func text(_ text: String) -> String? {
        guard text.utf8.contains(UInt8(ascii: "@")) else { return nil }
        let segments = CitationScanner.segments(text)
        guard segments.contains(where: { if case .citation = $0 { true } else { false } }) else { return nil }
        var html = ""
        for segment in segments {
            switch segment {
            case .text(let plain):
                html += HTMLEscaping.escape(plain)
            case .citation(let group):
                html += citation(group)
            }
        }
        return html
    }

    /// Plain text with its references written out ("Equation 5.2", "Lipton et al., 2014"): for summaries.
    func plainText(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "@")) else { return text }
        return CitationScanner.segments(text).map { segment in
            switch segment {
            case .text(let plain): return plain
            case .citation(let group):
                if group.items.allSatisfy({ ReferenceTarget.kind(ofKey: $0.key) != nil }) {
                    return group.items.map { item in
                        guard let target = targets.references[item.key] else { return "@" + item.key }
                        return item.suppressesAuthor ? target.number : target.kind.rawValue + "\u{a0}" + target.number
                    }.joined(separator: ", ")
                }
                return bibliography?.citationText(group) ?? group.items.map { "@" + $0.key }.joined(separator: "; ")
            }
        }.joined()
    }

    private func citation(_ group: CitationGroup) -> String {
        guard group.items.allSatisfy({ ReferenceTarget.kind(ofKey: $0.key) != nil }) else {
            return bibliography?.citationHTML(group) { "#ref-" + $0.key } ?? HTMLEscaping.escape(group.items.map { "@" + $0.key }.joined(separator: "; "))
        }
        return group.items.map(crossReference).joined(separator: ", ")
    }

    /// "Equation 5.2" (or "5.2" for `[-@eq-x]`), linked to the target.
    private func crossReference(_ item: CitationItem) -> String {
        guard let target = targets.references[item.key] else { return HTMLEscaping.escape("@" + item.key) }
        let shown = item.suppressesAuthor ? target.number : target.kind.rawValue + "\u{a0}" + target.number
        let href = inHandout ? target.destination.inHandout : target.destination.onPage
        var html = item.prefix.isEmpty ? "" : HTMLEscaping.escape(item.prefix) + " "
        html += "<a class=\"cross-reference\" href=\"\(HTMLEscaping.escape(href))\">\(HTMLEscaping.escape(shown))</a>"
        if let locator = item.locator { html += ", " + HTMLEscaping.escape(locator.description) }
        return html + HTMLEscaping.escape(item.suffix)
    }

    /// The page's References section: the works it cites, in reference-list order.
    func referencesSection(headingLevel: Int) -> String {
        guard let bibliography, !targets.citedKeys.isEmpty else { return "" }
        let cited = Set(targets.citedKeys)
        var html = "<section class=\"references\" id=\"references\">\n<h\(headingLevel)>References</h\(headingLevel)>\n"
        for entry in bibliography.entries where cited.contains(entry.key) {
            html += (bibliography.referenceHTML(entry.key, id: "ref-" + entry.key) ?? "") + "\n"
        }
        return html + "</section>\n"
    }
}
