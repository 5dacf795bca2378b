// Column arithmetic for monospaced text. A `Character` (grapheme cluster) is
// taken to fill one column: true for ASCII, Greek and mathematical symbols
// such as ∂; East Asian wide characters would take two and are not measured.

extension String {
    /// The number of columns this text fills in a monospaced font.
    var columns: Int { count }

    /// This text padded with spaces on the right to `width` columns.
    func padded(to width: Int) -> String {
        let missing = width - columns
        return missing > 0 ? self + String(repeating: " ", count: missing) : self
    }

    /// This text padded with spaces on the left to `width` columns.
    func padded(left width: Int) -> String {
        let missing = width - columns
        return missing > 0 ? String(repeating: " ", count: missing) + self : self
    }

    /// This text centred in `width` columns (an odd space goes to the right).
    func centered(in width: Int) -> String {
        let missing = width - columns
        guard missing > 0 else { return self }
        return String(repeating: " ", count: missing / 2) + self
            + String(repeating: " ", count: missing - missing / 2)
    }

    /// This text without trailing spaces.
    var trimmingTrailingSpaces: String {
        var text = Substring(self)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }

    /// This text on one line: newlines and tabs become spaces.
    var singleLine: String {
        String(map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    /// This text broken into lines of at most `width` columns, at spaces where
    /// possible; a word longer than a line is cut.
    func wrapped(to width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var line = ""
        for word in singleLine.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            if !line.isEmpty && line.columns + 1 + word.columns <= width {
                line += " " + word
                continue
            }
            if !line.isEmpty { lines.append(line) }
            while word.columns > width {
                lines.append(String(word.prefix(width)))
                word = String(word.dropFirst(width))
            }
            line = word
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
