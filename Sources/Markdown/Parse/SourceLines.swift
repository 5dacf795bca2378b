/// A UTF-8 source split into lines, for the passes that read it line by line.
///
/// Lines are 1-based like cmark's; a line's bytes exclude its `\n` (and a `\r`
/// before it).
struct SourceLines {
    let bytes: [UInt8]
    /// Byte index where each line starts; `starts[0]` is line 1.
    let starts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (i, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(i + 1) }
        if starts.count > 1, starts.last == bytes.count { starts.removeLast() }
        self.starts = starts
    }

    var count: Int { starts.count }

    /// The byte range of a line, without its line ending; empty past the end.
    func range(of line: Int) -> Range<Int> {
        guard line >= 1, line <= starts.count else { return bytes.count..<bytes.count }
        let start = starts[line - 1]
        var end = line < starts.count ? starts[line] - 1 : bytes.count
        if line == starts.count, end > start, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<max(start, end)
    }

    /// The 1-based byte column of a byte index on its line.
    func column(of index: Int, line: Int) -> Int {
        index - starts[line - 1] + 1
    }

    func isBlank(_ line: Int) -> Bool {
        bytes[range(of: line)].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}

/// A position inside one line that counts columns as cmark does: a tab
/// advances to the next multiple of 4, and may be consumed only in part.
struct LineCursor {
    let bytes: [UInt8]
    var index: Int
    let end: Int
    /// Columns from the start of the line (0-based); past `index`'s own start
    /// when a tab at `index` is partly consumed.
    var column: Int

    init(bytes: [UInt8], range: Range<Int>) {
        self.bytes = bytes
        self.index = range.lowerBound
        self.end = range.upperBound
        self.column = 0
    }

    var current: UInt8? { index < end ? bytes[index] : nil }

    /// The first byte that is not a space or tab, and how many columns away it is.
    var firstNonSpace: (index: Int, indent: Int) {
        var i = index, col = column
        while i < end {
            if bytes[i] == UInt8(ascii: " ") {
                col += 1
            } else if bytes[i] == UInt8(ascii: "\t") {
                col = (col / 4 + 1) * 4
            } else {
                break
            }
            i += 1
        }
        return (i, col - column)
    }

    var isBlankFromHere: Bool { firstNonSpace.index == end }

    /// Consumes `n` columns of spaces and tabs, splitting a tab if needed.
    mutating func advance(columns n: Int) {
        var n = n
        while n > 0, index < end {
            if bytes[index] == UInt8(ascii: "\t") {
                let stop = (column / 4 + 1) * 4
                if stop - column <= n {
                    n -= stop - column
                    column = stop
                    index += 1
                } else {
                    column += n
                    n = 0
                }
            } else if bytes[index] == UInt8(ascii: " ") {
                column += 1
                index += 1
                n -= 1
            } else {
                break
            }
        }
    }

    /// Consumes whole bytes up to `target`, counting tabs to their stops.
    mutating func advance(to target: Int) {
        while index < min(target, end) {
            column = bytes[index] == UInt8(ascii: "\t") ? (column / 4 + 1) * 4 : column + 1
            index += 1
        }
    }
}
