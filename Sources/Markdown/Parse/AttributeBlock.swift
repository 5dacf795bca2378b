/// Reads a Pandoc attribute block, `{#id .class key=value key2="two words"}`.
///
/// Only text that looks meant as attributes is read: `{` then `#`, `.`, or a
/// name and `=`. Anything else in braces (`{x, y}`) is left to be text.
public enum AttributeBlock {
    /// Whether `text` (starting at `{`) is meant as an attribute block.
    public static func looksLikeAttributes(_ text: Substring) -> Bool {
        guard text.first == "{" else { return false }
        let inner = text.dropFirst().drop { $0 == " " || $0 == "\t" }
        guard let first = inner.first else { return false }
        if first == "#" || first == "." { return true }
        let name = inner.prefix { isNameCharacter($0) }
        return !name.isEmpty && inner.dropFirst(name.count).first == "="
    }

    /// Parses `{…}`, which must start at `text`'s first character and end at its
    /// last. `position` is where the `{` stands, for errors.
    public static func parse(_ text: Substring, at position: SourcePosition) throws(MarkdownError) -> Attributes {
        func fail(_ message: String) -> MarkdownError {
            MarkdownError(position: position, message: message)
        }
        guard text.first == "{", text.last == "}", text.count >= 2 else {
            throw fail("attribute block '\(text.prefix(40))' is never closed with '}'")
        }
        var attributes = Attributes()
        var rest = text.dropFirst().dropLast()[...]
        while true {
            rest = rest.drop { $0 == " " || $0 == "\t" || $0 == "\n" }
            guard let first = rest.first else { break }
            if first == "#" || first == "." {
                let name = rest.dropFirst().prefix { !$0.isWhitespace }
                guard !name.isEmpty, name.allSatisfy(isNameCharacter) else {
                    let what = first == "#" ? "id" : "class name"
                    throw fail(name.isEmpty
                        ? "'\(first)' with no \(what) after it in '\(text)'"
                        : "'\(name)' is not a valid \(what) (use letters, digits, '-', '_', ':' and '.')")
                }
                if first == "#" {
                    if let id = attributes.id { throw fail("two ids, '#\(id)' and '#\(name)': an element has one id") }
                    attributes.id = String(name)
                } else {
                    attributes.classes.append(String(name))
                }
                rest = rest.dropFirst(name.count + 1)
                continue
            }
            let key = rest.prefix { isNameCharacter($0) }
            guard !key.isEmpty, rest.dropFirst(key.count).first == "=" else {
                let word = rest.prefix { !$0.isWhitespace }
                throw fail("'\(word)' is not an attribute: write #id, .class or key=value")
            }
            rest = rest.dropFirst(key.count + 1)
            var value: Substring
            if let quote = rest.first, quote == "\"" || quote == "'" {
                guard let close = rest.dropFirst().firstIndex(of: quote) else {
                    throw fail("the value of '\(key)' opens a \(quote) quote that is never closed")
                }
                value = rest[rest.index(after: rest.startIndex)..<close]
                rest = rest[rest.index(after: close)...]
                if let next = rest.first, !next.isWhitespace {
                    throw fail("write a space after the quoted value of '\(key)'")
                }
            } else {
                value = rest.prefix { !$0.isWhitespace }
                guard !value.isEmpty else { throw fail("'\(key)=' has no value") }
                rest = rest.dropFirst(value.count)
            }
            attributes.pairs.append(Attributes.Pair(key: String(key), value: String(value)))
        }
        return attributes
    }

    static func isNameCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "-" || c == "_" || c == ":" || c == "."
    }
}
