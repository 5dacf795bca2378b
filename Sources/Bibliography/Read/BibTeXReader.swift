/// Reads the commands of a `.bib` file the way BibTeX does.
///
/// Text outside commands is a comment. `@comment` is a comment word only:
/// what follows it is free text again, so an entry inside `@comment{…}` is
/// still read (BibTeX 0.99 behaves so; pybtex too). `@preamble` is checked
/// and dropped; `@string` defines a macro; any other `@type` is an entry.
///
/// The reader moves forward only; every loop consumes at least one byte,
/// so any input costs time linear in its length.
struct BibTeXReader {
    /// One entry as written: fields in order, values with macros expanded.
    struct RawEntry {
        var typeName: String
        var key: String
        var at: Int
        var keyOffset: Int
        var fields: [RawField] = []
    }

    struct RawField {
        var name: String
        var value: String
        var nameOffset: Int
        var valueOffset: Int
    }

    let source: SourceText
    var position = 0
    /// Macro names in lower case (BibTeX's macros ignore case) to their text.
    var macros: [String: String] = Macros.months

    init(_ source: SourceText) {
        self.source = source
    }

    var bytes: [UInt8] { source.bytes }
    var atEnd: Bool { position >= bytes.count }
    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    /// Every entry in file order.
    mutating func entries() throws(BibliographyError) -> [RawEntry] {
        var entries: [RawEntry] = []
        while let at = nextAt() {
            position = at + 1
            skipSpace()
            let typeStart = position
            guard let typeName = name() else {
                throw source.error("expected an entry type such as 'article' after '@'", at: typeStart)
            }
            let lowered = typeName.lowercased()
            if lowered == "comment" { continue }
            let afterType = position
            skipSpace()
            guard let open = current, open == .openBrace || open == .openParenthesis else {
                throw source.error("expected '{' or '(' after '@\(typeName)'", at: sameLine(afterType) ? position : afterType)
            }
            let close: UInt8 = open == .openBrace ? .closeBrace : .closeParenthesis
            let body = Body(at: at, open: position, close: close, command: "@" + typeName)
            position += 1
            switch lowered {
            case "string": try stringBody(body)
            case "preamble": _ = try value(field: nil, body: body)
            default: entries.append(try entryBody(typeName: lowered, body: body))
            }
            try closeBody(body, after: lowered == "string" || lowered == "preamble" ? nil : entries.last?.key)
        }
        return entries
    }

    /// Where a command's body opens and how it must close.
    struct Body {
        let at: Int
        let open: Int
        let close: UInt8
        let command: String
    }

    private func nextAt() -> Int? {
        var index = position
        while index < bytes.count {
            if bytes[index] == .at { return index }
            index += 1
        }
        return nil
    }

    // MARK: - Commands

    private mutating func stringBody(_ body: Body) throws(BibliographyError) {
        skipSpace()
        let nameStart = position
        guard let macro = name() else {
            throw source.error("expected a macro name after '@string{', as in @string{jmlr = {…}}", at: nameStart)
        }
        skipSpace()
        guard current == .equals else {
            throw source.error("expected '=' after the macro name '\(macro)'", at: position)
        }
        position += 1
        macros[macro.lowercased()] = try value(field: macro, body: body)
    }

    private mutating func entryBody(typeName: String, body: Body) throws(BibliographyError) -> RawEntry {
        skipSpace()
        let keyOffset = position
        let key = entryKey(close: body.close)
        skipSpace()
        if key.isEmpty || key.utf8.contains(.equals) || current == .equals {
            throw source.error(
                "missing key: an entry starts with its key, as in @\(typeName){lipton2014, …}", at: keyOffset)
        }
        var entry = RawEntry(typeName: typeName, key: key, at: body.at, keyOffset: keyOffset)
        guard current == .comma else {
            if current == body.close || atEnd { return entry }
            throw unexpected(after: "the key '\(key)'", body: body)
        }
        position += 1
        var seen: [String: Int] = [:]
        while true {
            skipSpace()
            if current == body.close || atEnd { return entry }
            let nameOffset = position
            guard let field = name() else {
                throw source.error("expected a field name such as 'title' or '\(Character(Unicode.Scalar(body.close)))' to close the entry", at: position)
            }
            skipSpace()
            guard current == .equals else {
                throw source.error("expected '=' after the field name '\(field)'", at: position)
            }
            position += 1
            skipSpace()
            let valueOffset = position
            let text = try value(field: field, body: body)
            let lowered = field.lowercased()
            if let first = seen[lowered] {
                throw source.error(
                    "duplicate field '\(lowered)' in entry '\(key)' (first at \(source.describe(first)))", at: nameOffset)
            }
            seen[lowered] = nameOffset
            entry.fields.append(RawField(name: lowered, value: text, nameOffset: nameOffset, valueOffset: valueOffset))
            skipSpace()
            guard current == .comma else {
                if current == body.close || atEnd { return entry }
                throw unexpected(after: "the value of '\(lowered)'", body: body)
            }
            position += 1
        }
    }

    /// An entry key: everything up to white space, a comma or the closing delimiter.
    private mutating func entryKey(close: UInt8) -> String {
        let start = position
        while let byte = current, !byte.isBibTeXSpace, byte != .comma, byte != close, byte != .closeBrace {
            position += 1
        }
        return source.text(start, position)
    }

    private mutating func closeBody(_ body: Body, after key: String?) throws(BibliographyError) {
        skipSpace()
        if current == body.close {
            position += 1
            return
        }
        let other: UInt8 = body.close == .closeBrace ? .closeParenthesis : .closeBrace
        if current == other {
            throw source.error(
                "\(body.command) opened with '\(Character(Unicode.Scalar(bytes[body.open])))' must close with '\(Character(Unicode.Scalar(body.close)))'",
                at: position)
        }
        if atEnd {
            let what = key.map { "entry '\($0)'" } ?? body.command
            throw source.error("\(what) is never closed: '\(Character(Unicode.Scalar(body.close)))' missing", at: body.open)
        }
        throw source.error("expected '\(Character(Unicode.Scalar(body.close)))' to close \(body.command)", at: position)
    }

    /// The error for something other than a comma or the closing delimiter after `what`.
    private mutating func unexpected(after what: String, body: Body) -> BibliographyError {
        let found = position
        if let next = name() {
            skipSpace()
            if current == .equals {
                return source.error("missing comma before the field '\(next.lowercased())'", at: found)
            }
            return source.error("expected ',' after \(what), found '\(next)'", at: found)
        }
        let byte = bytes[found]
        if byte == .closeBrace || byte == .closeParenthesis {
            return source.error(
                "\(body.command) opened with '\(Character(Unicode.Scalar(bytes[body.open])))' must close with '\(Character(Unicode.Scalar(body.close)))'",
                at: found)
        }
        return source.error("expected ',' after \(what), found '\(shown(byte))'", at: found)
    }

    // MARK: - Tokens

    /// Whether nothing but spaces and tabs lie between `offset` and the cursor.
    func sameLine(_ offset: Int) -> Bool {
        position < bytes.count && !bytes[offset..<position].contains { $0 == .lineFeed || $0 == .carriageReturn }
    }

    mutating func skipSpace() {
        while let byte = current, byte.isBibTeXSpace { position += 1 }
    }

    /// A BibTeX name (entry type, field or macro), or nil without moving.
    mutating func name() -> String? {
        guard let first = current, first.isNameStart else { return nil }
        let start = position
        position += 1
        while let byte = current, byte.isNameContinuation { position += 1 }
        return source.text(start, position)
    }

    /// A byte as it should appear in a message.
    func shown(_ byte: UInt8) -> String {
        if byte < 0x80 { return String(Character(Unicode.Scalar(byte))) }
        var end = position + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return source.text(position, end)
    }
}
