/// Finds `$…$` and `$$…$$` in Markdown prose and hides them from cmark.
///
/// cmark does not know math: `$x_1 * y_2$` would turn into emphasis. Before
/// the real parse, each formula outside code is replaced by a placeholder made
/// of private-use characters and a number — `\u{E000}7\u{E001}` — that keeps
/// the formula's line breaks, so every line number after it stays true. After
/// the parse, `restore` swaps the placeholders for `Inline.math`.
///
/// Delimiters follow Pandoc's `tex_math_dollars`: an opening `$` has a
/// non-space on its right; a closing `$` has a non-space on its left and no
/// digit on its right; `\$` is a literal dollar. A `$` that opens nothing
/// ("it costs $5") stays text. `$$` must be closed in the same paragraph.
enum MathSpans {
    static let open: Unicode.Scalar = "\u{E000}"
    static let close: Unicode.Scalar = "\u{E001}"
    static let continuation: Unicode.Scalar = "\u{E002}"

    struct Protected {
        var text: String
        var formulas: [Math]
    }

    static func protect(_ text: String, outside zones: CodeZones) throws(MarkdownError) -> Protected {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var formulas: [Math] = []
        var scanner = LineScanner(bytes: bytes)
        var copied = 0

        while let (i, line, column) = scanner.nextDollar(outside: zones) {
            let display = i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "$")
            let texStart = display ? i + 2 : i + 1
            let closing: Int?
            if display {
                closing = findDisplayClose(bytes, from: texStart)
                if closing == nil {
                    throw MarkdownError(
                        position: SourcePosition(line: line, column: column),
                        message: "'$$' opens display math that is never closed in this paragraph (write \\$ for a dollar sign)")
                }
            } else {
                closing = findInlineClose(bytes, from: texStart)
            }
            guard let end = closing else {
                scanner.skip(past: i)
                continue
            }
            let tex = String(decoding: bytes[texStart..<end], as: UTF8.self)
            formulas.append(Math(
                tex: tex, isDisplay: display,
                position: SourcePosition(line: line, column: column + (display ? 2 : 1))))

            out.append(contentsOf: bytes[copied..<i])
            appendPlaceholder(number: formulas.count - 1, for: bytes[i..<(end + (display ? 2 : 1))], to: &out)
            copied = end + (display ? 2 : 1)
            scanner.skip(past: copied - 1)
        }
        out.append(contentsOf: bytes[copied...])
        return Protected(text: String(decoding: out, as: UTF8.self), formulas: formulas)
    }

    /// Puts the formulas back where their placeholders ended up in the tree.
    static func restore(_ inlines: [Inline], formulas: [Math]) -> [Inline] {
        var result: [Inline] = []
        var pending: (number: String, inside: Bool)? = nil
        for inline in inlines {
            switch inline {
            case .text(let text) where pending != nil || text.unicodeScalars.contains(open):
                var plain = ""
                for scalar in text.unicodeScalars {
                    if var current = pending {
                        if scalar == close {
                            if let n = Int(current.number), formulas.indices.contains(n) {
                                result.append(.math(formulas[n]))
                            }
                            pending = nil
                        } else if current.inside, ("0"..."9").contains(scalar) {
                            current.number.unicodeScalars.append(scalar)
                            pending = current
                        } else {
                            current.inside = false
                            pending = current
                        }
                    } else if scalar == open {
                        if !plain.isEmpty { result.append(.text(plain)); plain = "" }
                        pending = ("", true)
                    } else {
                        plain.unicodeScalars.append(scalar)
                    }
                }
                if !plain.isEmpty { result.append(.text(plain)) }
            case .softBreak where pending != nil, .lineBreak where pending != nil:
                pending?.inside = false
            case .emphasis(let children):
                result.append(.emphasis(restore(children, formulas: formulas)))
            case .strong(let children):
                result.append(.strong(restore(children, formulas: formulas)))
            case .link(var link):
                link.children = restore(link.children, formulas: formulas)
                result.append(.link(link))
            case .image(var image):
                image.children = restore(image.children, formulas: formulas)
                result.append(.image(image))
            default:
                result.append(inline)
            }
        }
        return result
    }

    /// The placeholder keeps one line per source line of the formula.
    private static func appendPlaceholder(number: Int, for span: ArraySlice<UInt8>, to out: inout [UInt8]) {
        out.append(contentsOf: String(open).utf8)
        out.append(contentsOf: String(number).utf8)
        for byte in span where byte == UInt8(ascii: "\n") {
            out.append(UInt8(ascii: "\n"))
            out.append(contentsOf: String(continuation).utf8)
        }
        out.append(contentsOf: String(close).utf8)
    }

    private static func findDisplayClose(_ bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        while i + 1 < bytes.count {
            if bytes[i] == UInt8(ascii: "\\") { i += 2; continue }
            if isBlankLine(bytes, at: i) { return nil }
            if bytes[i] == UInt8(ascii: "$"), bytes[i + 1] == UInt8(ascii: "$") { return i }
            i += 1
        }
        return nil
    }

    private static func findInlineClose(_ bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count, !isSpace(bytes[start]), bytes[start] != UInt8(ascii: "$") else { return nil }
        var i = start
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\\") { i += 2; continue }
            if isBlankLine(bytes, at: i) { return nil }
            if byte == UInt8(ascii: "$") {
                let after = i + 1 < bytes.count ? bytes[i + 1] : 0
                if !isSpace(bytes[i - 1]), !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(after) {
                    return i
                }
                return nil
            }
            i += 1
        }
        return nil
    }

    /// A newline followed by a line of only spaces: the paragraph ends there.
    private static func isBlankLine(_ bytes: [UInt8], at i: Int) -> Bool {
        guard bytes[i] == UInt8(ascii: "\n") else { return false }
        var j = i + 1
        while j < bytes.count, bytes[j] == UInt8(ascii: " ") || bytes[j] == UInt8(ascii: "\t") { j += 1 }
        return j >= bytes.count || bytes[j] == UInt8(ascii: "\n")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }
}

/// Walks a source byte by byte, keeping line and column, to the next `$`
/// that is neither escaped nor inside code.
struct LineScanner {
    let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var column = 1

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func nextDollar(outside zones: CodeZones) -> (index: Int, line: Int, column: Int)? {
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), !zones.contains(line: line, column: column) {
                advance()
                if index < bytes.count, bytes[index] != UInt8(ascii: "\n") { advance() }
                continue
            }
            if byte == UInt8(ascii: "$"), !zones.contains(line: line, column: column) {
                return (index, line, column)
            }
            advance()
        }
        return nil
    }

    /// Moves past byte `i` (which is at or after the current position).
    mutating func skip(past i: Int) {
        while index <= i && index < bytes.count { advance() }
    }

    private mutating func advance() {
        if bytes[index] == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }
}
