/// The block starts that cannot interrupt a paragraph in CommonMark but do end
/// a table in cmark-gfm, where the open block is a table, not a paragraph.
/// (Every other block start already ends the paragraph in cmark's own parse.)
enum BlockStarts {
    static func endsTable(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        isListItemThatCannotInterrupt(bytes, from: start, to: end) || isHTMLBlockStart7(bytes, from: start, to: end)
    }

    /// An empty item (`-` alone), or an ordered item not starting at 1.
    private static func isListItemThatCannotInterrupt(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        var i = start
        var number = 0, digits = 0
        while i < end, digits < 10, let digit = digit(bytes[i]) {
            number = number * 10 + digit
            digits += 1
            i += 1
        }
        if digits > 0 {
            guard digits <= 9, i < end, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: ")") else { return false }
        } else {
            guard i < end, "-+*".utf8.contains(bytes[i]) else { return false }
        }
        i += 1
        guard i == end || bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") else { return false }
        let empty = bytes[i..<end].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        return empty || (digits > 0 && number != 1)
    }

    /// CommonMark's HTML block condition 7: one complete open or closing tag
    /// (not `script`, `style`, `pre`, `textarea`) and nothing but spaces after it.
    private static func isHTMLBlockStart7(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        var i = start
        guard i < end, bytes[i] == UInt8(ascii: "<") else { return false }
        i += 1
        let closing = i < end && bytes[i] == UInt8(ascii: "/")
        if closing { i += 1 }
        let nameStart = i
        guard i < end, isLetter(bytes[i]) else { return false }
        while i < end, isLetter(bytes[i]) || digit(bytes[i]) != nil || bytes[i] == UInt8(ascii: "-") { i += 1 }
        let name = String(decoding: bytes[nameStart..<i], as: UTF8.self).lowercased()
        guard !["script", "style", "pre", "textarea"].contains(name) else { return false }
        if closing {
            i = skipSpaces(bytes, i, end)
        } else {
            while true {
                let afterSpace = skipSpaces(bytes, i, end)
                guard afterSpace > i, afterSpace < end, isAttributeNameStart(bytes[afterSpace]) else {
                    i = afterSpace
                    break
                }
                i = afterSpace + 1
                while i < end, isAttributeNameStart(bytes[i]) || digit(bytes[i]) != nil
                        || bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                let beforeValue = skipSpaces(bytes, i, end)
                guard beforeValue < end, bytes[beforeValue] == UInt8(ascii: "=") else { continue }
                i = skipSpaces(bytes, beforeValue + 1, end)
                guard i < end else { return false }
                if bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                    let quote = bytes[i]
                    i += 1
                    while i < end, bytes[i] != quote { i += 1 }
                    guard i < end else { return false }
                    i += 1
                } else {
                    let valueStart = i
                    while i < end, !" \t\"'=<>`".utf8.contains(bytes[i]) { i += 1 }
                    guard i > valueStart else { return false }
                }
            }
            if i < end, bytes[i] == UInt8(ascii: "/") { i += 1 }
        }
        guard i < end, bytes[i] == UInt8(ascii: ">") else { return false }
        return skipSpaces(bytes, i + 1, end) == end
    }

    private static func skipSpaces(_ bytes: [UInt8], _ from: Int, _ end: Int) -> Int {
        var i = from
        while i < end, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") { i += 1 }
        return i
    }

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func isAttributeNameStart(_ byte: UInt8) -> Bool {
        isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
    }
}
