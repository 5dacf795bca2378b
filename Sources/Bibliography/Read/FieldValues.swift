/// Field values: `{…}`, `"…"`, a number or a macro, joined by `#`.
extension BibTeXReader {
    /// The value at the cursor, pieces concatenated, white space collapsed to
    /// single spaces and trimmed (as BibTeX and pybtex do).
    mutating func value(field: String?, body: Body) throws(BibliographyError) -> String {
        var text: [UInt8] = []
        var after = field.map { "'\($0) ='" } ?? "'\(body.command){'"
        while true {
            skipSpace()
            let start = position
            guard let byte = current else {
                throw source.error("\(body.command) ends before the value after \(after)", at: position)
            }
            if byte == .openBrace {
                try braced(into: &text, field: field)
            } else if byte == .quote {
                try quoted(into: &text, field: field)
            } else if byte.isDigit {
                while let digit = current, digit.isDigit {
                    text.append(digit)
                    position += 1
                }
            } else if let macro = name() {
                guard let expansion = macros[macro.lowercased()] else {
                    throw source.error(
                        "unknown macro '\(macro)': define it with @string{\(macro) = {…}} or write the value in braces",
                        at: start)
                }
                text.append(contentsOf: expansion.utf8)
            } else {
                let what = field.map { "for the field '\($0.lowercased())'" } ?? "after \(after)"
                throw source.error("missing value \(what): expected '{', '\"', a number or a macro name", at: start)
            }
            skipSpace()
            guard current == .hash else { break }
            position += 1
            after = "'#'"
        }
        return collapsingSpace(text)
    }

    /// `{…}`: everything up to the matching brace, inner braces kept.
    private mutating func braced(into text: inout [UInt8], field: String?) throws(BibliographyError) {
        let open = position
        position += 1
        var depth = 0
        while let byte = current {
            if byte == .closeBrace {
                if depth == 0 {
                    position += 1
                    return
                }
                depth -= 1
            } else if byte == .openBrace {
                depth += 1
            }
            text.append(byte)
            position += 1
        }
        throw unclosed("brace: '{'", at: open, field: field)
    }

    /// `"…"`: up to the next `"` outside braces.
    private mutating func quoted(into text: inout [UInt8], field: String?) throws(BibliographyError) {
        let open = position
        position += 1
        var depth = 0
        while let byte = current {
            if byte == .quote && depth == 0 {
                position += 1
                return
            }
            if byte == .openBrace {
                depth += 1
            } else if byte == .closeBrace {
                if depth == 0 {
                    // A quote later on this line means this brace is the stray one; else the quote is.
                    guard quoteLaterOnLine() else { throw unclosed("quote: '\"'", at: open, field: field) }
                    throw source.error(
                        "unbalanced brace: '}' inside the quoted value opened at \(source.describe(open)) has no matching '{'",
                        at: position)
                }
                depth -= 1
            }
            text.append(byte)
            position += 1
        }
        throw unclosed("quote: '\"'", at: open, field: field)
    }

    private func quoteLaterOnLine() -> Bool {
        var index = position + 1
        while index < bytes.count, bytes[index] != .lineFeed, bytes[index] != .carriageReturn {
            if bytes[index] == .quote { return true }
            index += 1
        }
        return false
    }

    /// A value that runs to the end of the file; names the entry it swallowed, if any.
    private func unclosed(_ what: String, at open: Int, field: String?) -> BibliographyError {
        var message = "unclosed \(what) is never closed"
        if let field { message += " (in the value of '\(field.lowercased())')" }
        if let swallowed = entryStartInside(from: open) {
            message += "; the '@' at line \(source.location(of: swallowed).line) is read as part of the value"
        }
        return source.error(message, at: open)
    }

    /// The first `@` at the start of a line after `offset`: where a lost brace usually shows.
    private func entryStartInside(from offset: Int) -> Int? {
        var index = offset + 1
        var lineStart = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == .lineFeed || byte == .carriageReturn {
                lineStart = true
            } else if byte == .at && lineStart {
                return index
            } else if !byte.isBibTeXSpace {
                lineStart = false
            }
            index += 1
        }
        return nil
    }

    private func collapsingSpace(_ text: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var pendingSpace = false
        for byte in text {
            if byte.isBibTeXSpace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
