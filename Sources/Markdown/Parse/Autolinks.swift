/// Bare `www.…`, `http://…`, `https://…`, `ftp://…` and e-mail addresses
/// become links, as cmark-gfm's autolink extension makes them: a `www.` link
/// must follow a space, `*`, `_`, `~` or `(`; the domain needs a dot and no `_`
/// in its last two parts; trailing `?!.,:*_~'"` and unbalanced `)` stay out of
/// the link, and so does `&…;` that looks like an entity.
///
/// This works on cmark's finished text, not on the raw source as cmark-gfm
/// does, so a URL that cmark split with emphasis is linked only up to there,
/// text inside a `[` that never closed is still linked, and an entity at the
/// end (`https://x.org/a&amp;`) is already `&` here, so it stays in the link.
enum Autolinks {
    static func apply(_ inlines: [Inline]) -> [Inline] {
        transform(inlines) { text, before in
            links(in: text, before: before, find: { bytes, i, before in
                if bytes[i] == UInt8(ascii: "w") { return www(bytes, at: i, before: before) }
                if bytes[i] == UInt8(ascii: ":") { return url(bytes, at: i) }
                return nil
            })
        }
    }

    /// E-mail addresses; cmark-gfm finds them after everything else.
    static func applyEmail(_ inlines: [Inline]) -> [Inline] {
        transform(inlines) { text, _ in
            guard text.contains("@") else { return [.text(text)] }
            return links(in: text, before: "\n", find: { bytes, i, _ in
                bytes[i] == UInt8(ascii: "@") ? email(bytes, at: i) : nil
            })
        }
    }

    /// A link found in text: its bytes `start..<end` and where it points.
    struct Found {
        var start: Int
        var end: Int
        var destination: String
    }

    private static func transform(
        _ inlines: [Inline], _ body: (String, Unicode.Scalar) -> [Inline]
    ) -> [Inline] {
        var result: [Inline] = []
        for (index, inline) in inlines.enumerated() {
            switch inline {
            case .text(let text):
                result.append(contentsOf: body(text, index > 0 ? inlines[index - 1].lastScalar : "\n"))
            case .emphasis(let c): result.append(.emphasis(transform(c, body)))
            case .strong(let c): result.append(.strong(transform(c, body)))
            case .strikethrough(let c): result.append(.strikethrough(transform(c, body)))
            default: result.append(inline)
            }
        }
        return result
    }

    private static func links(
        in text: String, before: Unicode.Scalar, find: ([UInt8], Int, Unicode.Scalar) -> Found?
    ) -> [Inline] {
        let bytes = Array(text.utf8)
        var result: [Inline] = []
        var copied = 0
        var i = 0
        while i < bytes.count {
            let previous: Unicode.Scalar = i == 0 ? before : Unicode.Scalar(bytes[i - 1])
            guard let found = find(bytes, i, previous), found.start >= copied else {
                i += 1
                continue
            }
            if found.start > copied { result.append(.text(String(decoding: bytes[copied..<found.start], as: UTF8.self))) }
            let label = String(decoding: bytes[found.start..<found.end], as: UTF8.self)
            result.append(.link(Link(destination: found.destination, title: "", children: [.text(label)])))
            copied = found.end
            i = found.end
        }
        if copied == 0 { return [.text(text)] }
        if copied < bytes.count { result.append(.text(String(decoding: bytes[copied...], as: UTF8.self))) }
        return result
    }

    private static func www(_ bytes: [UInt8], at i: Int, before: Unicode.Scalar) -> Found? {
        guard before.isASCII, CharacterClass.isASCIISpace(UInt8(before.value)) || "*_~(".unicodeScalars.contains(before),
              bytes[i...].starts(with: "www.".utf8) else { return nil }
        var end = checkDomain(bytes, from: i, allowShort: false)
        guard end > 0 else { return nil }
        end += i
        while end < bytes.count, !CharacterClass.isASCIISpace(bytes[end]), bytes[end] != UInt8(ascii: "<") { end += 1 }
        end = i + trimmedEnd(bytes, from: i, to: end)
        guard end > i else { return nil }
        return Found(start: i, end: end, destination: "http://" + String(decoding: bytes[i..<end], as: UTF8.self))
    }

    private static func url(_ bytes: [UInt8], at colon: Int) -> Found? {
        guard colon + 3 < bytes.count + 0, bytes.count - colon >= 4,
              bytes[colon + 1] == UInt8(ascii: "/"), bytes[colon + 2] == UInt8(ascii: "/") else { return nil }
        var start = colon
        while start > 0, CharacterClass.isAlpha(bytes[start - 1]) { start -= 1 }
        let scheme = String(decoding: bytes[start..<colon], as: UTF8.self).lowercased()
        guard ["http", "https", "ftp"].contains(scheme), isHostCharacter(bytes, at: colon + 3) else { return nil }
        let domain = checkDomain(bytes, from: colon + 3, allowShort: true)
        guard domain > 0 else { return nil }
        var end = colon + 3 + domain
        while end < bytes.count, !CharacterClass.isASCIISpace(bytes[end]), bytes[end] != UInt8(ascii: "<") { end += 1 }
        end = colon + trimmedEnd(bytes, from: colon, to: end)
        guard end > colon else { return nil }
        let link = String(decoding: bytes[start..<end], as: UTF8.self)
        return Found(start: start, end: end, destination: link)
    }

    private static func email(_ bytes: [UInt8], at: Int) -> Found? {
        var start = at
        while start > 0, CharacterClass.isAlphanumeric(bytes[start - 1]) || ".+-_".utf8.contains(bytes[start - 1]) {
            start -= 1
        }
        guard start < at else { return nil }
        var length = 1
        var dots = 0
        while at + length < bytes.count {
            let c = bytes[at + length]
            if CharacterClass.isAlphanumeric(c) {
                length += 1
                continue
            }
            if c == UInt8(ascii: "@") { return nil }
            if c == UInt8(ascii: "."), at + length + 1 < bytes.count, CharacterClass.isAlphanumeric(bytes[at + length + 1]) {
                dots += 1
            } else if c != UInt8(ascii: "-"), c != UInt8(ascii: "_") {
                break
            }
            length += 1
        }
        let last = bytes[at + length - 1]
        guard length >= 2, dots > 0, CharacterClass.isAlpha(last) || last == UInt8(ascii: ".") else { return nil }
        let end = at + trimmedEnd(bytes, from: at, to: at + length)
        guard end > at else { return nil }
        return Found(start: start, end: end, destination: "mailto:" + String(decoding: bytes[start..<end], as: UTF8.self))
    }

    /// cmark-gfm's `check_domain`: the length of the domain, or 0 when it has
    /// `_` in its last two parts (or, unless `allowShort`, no dot at all).
    private static func checkDomain(_ bytes: [UInt8], from start: Int, allowShort: Bool) -> Int {
        let size = bytes.count - start
        var dots = 0, underscoresBefore = 0, underscores = 0
        var i = 1
        while i < size - 1 {
            if bytes[start + i] == UInt8(ascii: "\\"), i < size - 2 { i += 1 }
            let c = bytes[start + i]
            if c == UInt8(ascii: "_") {
                underscores += 1
            } else if c == UInt8(ascii: ".") {
                underscoresBefore = underscores
                underscores = 0
                dots += 1
            } else if !isHostCharacter(bytes, at: start + i), c != UInt8(ascii: "-") {
                break
            }
            i += 1
        }
        if (underscoresBefore > 0 || underscores > 0) && dots <= 10 { return 0 }
        return allowShort || dots > 0 ? max(i, 0) : 0
    }

    /// Neither space nor punctuation (a byte inside a UTF-8 sequence is neither host nor text).
    private static func isHostCharacter(_ bytes: [UInt8], at i: Int) -> Bool {
        guard i < bytes.count else { return false }
        var iterator = bytes[i...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return !CharacterClass.isSpace(scalar) && !CharacterClass.isPunctuation(scalar)
    }

    /// cmark-gfm's `autolink_delim`: the link's length once trailing
    /// punctuation, unbalanced `)` and entity-like `&…;` are cut off.
    private static func trimmedEnd(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var end = end - start
        var opening = 0, closing = 0
        for i in 0..<end {
            let c = bytes[start + i]
            if c == UInt8(ascii: "<") { end = i; break }
            if c == UInt8(ascii: "(") { opening += 1 } else if c == UInt8(ascii: ")") { closing += 1 }
        }
        while end > 0 {
            let c = bytes[start + end - 1]
            switch c {
            case UInt8(ascii: ")"):
                if closing <= opening { return end }
                closing -= 1
                end -= 1
            case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"),
                 UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "'"), UInt8(ascii: "\""):
                end -= 1
            case UInt8(ascii: ";"):
                var newEnd = end - 2
                while newEnd > 0, CharacterClass.isAlpha(bytes[start + newEnd]) { newEnd -= 1 }
                if newEnd < end - 2, newEnd >= 0, bytes[start + newEnd] == UInt8(ascii: "&") { end = newEnd } else { end -= 1 }
            default:
                return end
            }
        }
        return end
    }
}
