/// Turns `[^label]: text` definitions into something plain cmark parses with
/// the same block rules, before cmark sees the source.
///
/// A cmark-gfm footnote definition is a container whose later lines are
/// indented four columns, with lazy paragraph lines, and which may interrupt a
/// paragraph: exactly a bullet item written `-   text`. So `[^label]: ` is
/// replaced by a bullet and three spaces (the line gets shorter; `shifts`
/// remembers by how much), and the tree pass lifts those items back out as
/// footnotes. The bullet is one the file does not use, so the item never joins
/// an author's list. An empty first line gets a placeholder comment, so that
/// the item neither starts blank nor swallows the next line as a lazy one.
enum FootnoteDefinitions {
    static let emptyMark = "<!--\u{E007}-->"

    struct Definition {
        var label: String
        /// Where `[^` stands (the same in the file and in the rewritten text).
        var position: SourcePosition
    }

    struct Rewritten {
        var bytes: [UInt8]
        /// By line.
        var definitions: [Int: Definition]
        var shifts: ColumnShifts
    }

    static func rewrite(_ bytes: [UInt8], blocks: BlockLines) -> Rewritten {
        let lines = blocks.lines
        var found: [(line: Int, start: Int, contentStart: Int, label: String)] = []
        for line in 1...max(1, lines.count) where mayDefine(lines.bytes[lines.range(of: line)]) {
            if let leaf = blocks.leaf(at: line), blocks.leaves[leaf].kind == .other { continue }
            let content = blocks.content(of: line, chain: blocks.chain(at: line))
            guard content.indent < 4, let (label, end) = scanMarker(bytes, at: content.start, lineEnd: content.cursor.end)
            else { continue }
            found.append((line, content.start, end, label))
        }
        guard !found.isEmpty else { return Rewritten(bytes: bytes, definitions: [:], shifts: ColumnShifts()) }

        let spare = unusedBullet(lines)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + found.count * 16)
        var copied = 0
        var definitions: [Int: Definition] = [:]
        var shifts = ColumnShifts()
        for definition in found {
            let lineEnd = lines.range(of: definition.line).upperBound
            let rest = bytes[definition.contentStart..<lineEnd]
            let bullet = spare ?? neighbourBullet(lines, line: definition.line, first: rest.first)
            out.append(contentsOf: bytes[copied..<definition.start])
            out.append(bullet)
            out.append(contentsOf: Array("   ".utf8))
            if rest.isEmpty { out.append(contentsOf: Array(emptyMark.utf8)) }
            copied = definition.contentStart
            let column = lines.column(of: definition.start, line: definition.line)
            shifts.record(line: definition.line, from: column + 4, delta: definition.contentStart - definition.start - 4)
            definitions[definition.line] = Definition(
                label: definition.label, position: SourcePosition(line: definition.line, column: column))
        }
        out.append(contentsOf: bytes[copied...])
        return Rewritten(bytes: out, definitions: definitions, shifts: shifts)
    }

    /// A cheap test before the real one: `[^` and `]:` on the line.
    static func mayDefine(_ line: ArraySlice<UInt8>) -> Bool {
        guard let open = line.firstIndex(of: UInt8(ascii: "[")) else { return false }
        return line[open...].starts(with: "[^".utf8) && line.contains(UInt8(ascii: ":"))
    }

    /// `[^label]:` and the spaces after it (cmark-gfm's `scan_footnote_definition`):
    /// the label, and where the text after the spaces starts.
    static func scanMarker(_ bytes: [UInt8], at start: Int, lineEnd: Int) -> (String, Int)? {
        guard start + 1 < lineEnd, bytes[start] == UInt8(ascii: "["), bytes[start + 1] == UInt8(ascii: "^")
        else { return nil }
        var i = start + 2
        while i < lineEnd, !" \t\r\n\0]".utf8.contains(bytes[i]) { i += 1 }
        guard i > start + 2, i + 1 < lineEnd, bytes[i] == UInt8(ascii: "]"), bytes[i + 1] == UInt8(ascii: ":")
        else { return nil }
        let label = String(decoding: bytes[(start + 2)..<i], as: UTF8.self)
        var end = i + 2
        while end < lineEnd, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t") { end += 1 }
        return (label, end)
    }

    /// A bullet character no line of the file starts an item with, if any.
    private static func unusedBullet(_ lines: SourceLines) -> UInt8? {
        var used: Set<UInt8> = []
        for line in 1...max(1, lines.count) {
            let range = lines.range(of: line)
            var i = range.lowerBound
            while i < range.upperBound, " \t>".utf8.contains(lines.bytes[i]) { i += 1 }
            guard i < range.upperBound, "-+*".utf8.contains(lines.bytes[i]) else { continue }
            if i + 1 == range.upperBound || lines.bytes[i + 1] == UInt8(ascii: " ") || lines.bytes[i + 1] == UInt8(ascii: "\t") {
                used.insert(lines.bytes[i])
            }
        }
        return Array("-+*".utf8).first { !used.contains($0) }
    }

    /// When the file uses all three bullets: one unlike the lines around, and
    /// unlike the text's first character (`-   - -` would be a rule).
    private static func neighbourBullet(_ lines: SourceLines, line: Int, first: UInt8?) -> UInt8 {
        func lead(_ n: Int) -> UInt8? {
            guard n >= 1, n <= lines.count else { return nil }
            return lines.bytes[lines.range(of: n)].first { !" \t>".utf8.contains($0) }
        }
        let avoid: Set<UInt8?> = [lead(line - 1), lead(line + 1), first]
        return Array("+*-".utf8).first { !avoid.contains($0) } ?? UInt8(ascii: "+")
    }
}
