/// Stable, unique ids for a document's headings, made from their text the way
/// readers expect (`## Soft precision` → `soft-precision`).
public struct HeadingAnchors: Sendable {
    private var used: [String: Int] = [:]
    private let prefix: String

    /// `prefix` keeps ids unique when several lessons share one page.
    public init(prefix: String = "") {
        self.prefix = prefix
    }

    /// The id for the next heading with this text; repeats get `-2`, `-3`, ….
    public mutating func id(for text: String) -> String {
        let base = prefix + Self.slug(text)
        let seen = used[base, default: 0]
        used[base] = seen + 1
        return seen == 0 ? base : "\(base)-\(seen + 1)"
    }

    /// Lowercased letters and digits, words joined by `-`; other marks dropped.
    public static func slug(_ text: String) -> String {
        var slug = ""
        var pendingDash = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "_" {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.append(character)
            } else if character.isWhitespace || character == "-" {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }
}
