/// Splits one line into table cells as cmark-gfm's `row_from_string` does.
///
/// A `|` separates cells unless a backslash stands right before it (whatever
/// comes before that backslash: cmark-gfm's cell scanner takes the longest
/// match); that backslash is then dropped. Cells are trimmed. A leading and a
/// trailing pipe are optional.
enum TableRows {
    struct Cell {
        /// What inline parsing gets: unescaped pipes, trimmed.
        var content: [UInt8]
        /// First byte after the pipe before the cell, and one past the last
        /// byte before the pipe after it (spaces included).
        var bounds: Range<Int>
    }

    struct Row {
        var cells: [Cell]
        /// From the row's first to one past its last non-space byte.
        var bounds: Range<Int>
    }

    /// The cells of `bytes[start..<end]` (one line, without its line ending);
    /// nil when there are none.
    static func row(_ bytes: [UInt8], from start: Int, to end: Int) -> Row? {
        var offset = start + cellEnd(bytes, at: start, end: end)
        var cells: [Cell] = []
        while offset < end {
            var i = offset
            while i < end, bytes[i] != UInt8(ascii: "|") || (i > offset && bytes[i - 1] == UInt8(ascii: "\\")) {
                i += 1
            }
            let pipe = cellEnd(bytes, at: i, end: end)
            if i > offset || pipe > 0 {
                var cellStart = offset
                while cellStart > start, bytes[cellStart - 1] != UInt8(ascii: "|") { cellStart -= 1 }
                cells.append(Cell(content: trimmed(unescapingPipes(bytes[offset..<i])), bounds: cellStart..<i))
            }
            offset = i + pipe
            if pipe == 0 { break }
        }
        guard !cells.isEmpty else { return nil }
        var last = end
        while last > start, isSpace(bytes[last - 1]) { last -= 1 }
        return Row(cells: cells, bounds: start..<last)
    }

    /// The alignments of a delimiter row (`|:--|--:|`), or nil if the line is not one.
    static func alignments(_ bytes: [UInt8], from start: Int, to end: Int) -> [Table.Alignment]? {
        guard isDelimiterRow(bytes, from: start, to: end), let row = row(bytes, from: start, to: end) else { return nil }
        return row.cells.map { cell in
            let left = cell.content.first == UInt8(ascii: ":"), right = cell.content.last == UInt8(ascii: ":")
            return left && right ? .center : left ? .left : right ? .right : Table.Alignment.none
        }
    }

    /// `[|]? marker ([|] marker)* [|]? spaces`, marker being `spaces :? -+ :? spaces`.
    private static func isDelimiterRow(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        var i = start
        if i < end, bytes[i] == UInt8(ascii: "|") { i += 1 }
        var markers = 0
        while true {
            var j = i
            while j < end, isSpace(bytes[j]) { j += 1 }
            if j < end, bytes[j] == UInt8(ascii: ":") { j += 1 }
            let dashes = j
            while j < end, bytes[j] == UInt8(ascii: "-") { j += 1 }
            guard j > dashes else { break }
            if j < end, bytes[j] == UInt8(ascii: ":") { j += 1 }
            while j < end, isSpace(bytes[j]) { j += 1 }
            markers += 1
            i = j
            guard i < end, bytes[i] == UInt8(ascii: "|") else { break }
            i += 1
        }
        guard markers > 0 else { return false }
        while i < end, isSpace(bytes[i]) { i += 1 }
        return i == end
    }

    /// `[|] spaces`: how many bytes a cell's closing pipe takes.
    private static func cellEnd(_ bytes: [UInt8], at i: Int, end: Int) -> Int {
        guard i < end, bytes[i] == UInt8(ascii: "|") else { return 0 }
        var j = i + 1
        while j < end, isSpace(bytes[j]) { j += 1 }
        return j - i
    }

    private static func unescapingPipes(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if bytes[i] == UInt8(ascii: "\\"), i + 1 < bytes.endIndex, bytes[i + 1] == UInt8(ascii: "|") { i += 1 }
            out.append(bytes[i])
            i += 1
        }
        return out
    }

    private static func trimmed(_ bytes: [UInt8]) -> [UInt8] {
        var lower = 0, upper = bytes.count
        while lower < upper, isSpace(bytes[lower]) || bytes[lower] == UInt8(ascii: "\r") { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) || bytes[upper - 1] == UInt8(ascii: "\r") { upper -= 1 }
        return Array(bytes[lower..<upper])
    }

    /// cmark-gfm's `spacechar`: space, tab, vertical tab, form feed.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C
    }
}
