import Markdown

/// The ids on one lesson's page, handed out so that none repeats: ids authors
/// wrote (`{#id}`) are kept as written, ids made from heading text step aside
/// for them, for each other ("Example", "Example", "Example 2" give
/// `example`, `example-2`, `example-2-2`), and for the ids the page itself
/// uses (a heading "Cell 1" becomes `section-cell-1`, never a cell's `cell-1`).
struct PageIDs {
    private(set) var used: Set<String> = []

    /// Ids the page template and the renderer give their own elements.
    static let reserved: Set<String> = ["lesson", "course", "contents", "top", "main", "footnotes", "references"]

    /// Whether an id looks like one the renderer makes (`cell-3`, `fn-1`, `fnref-1`).
    static func isGenerated(_ id: String) -> Bool {
        if id.hasPrefix("fn-") || id.hasPrefix("fnref-") { return true }
        guard id.hasPrefix("cell-") else { return false }
        let number = id.dropFirst("cell-".count)
        return !number.isEmpty && number.allSatisfy(\.isNumber)
    }

    /// Marks an id written by the author as taken; false if it already was.
    mutating func claim(_ id: String) -> Bool {
        used.insert(id).inserted
    }

    /// A free id made from a heading's text.
    mutating func make(from text: String) -> String {
        var base = HeadingAnchors.slug(text)
        if Self.isGenerated(base) { base = "section-" + base }
        var candidate = base
        var counter = 1
        while used.contains(candidate) || Self.reserved.contains(candidate) {
            counter += 1
            candidate = "\(base)-\(counter)"
        }
        used.insert(candidate)
        return candidate
    }
}
