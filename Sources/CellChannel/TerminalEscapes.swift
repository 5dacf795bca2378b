import Figures

/// Control characters in what a cell printed or showed: escape sequences
/// that recolour, move the cursor, retitle the window or clear a terminal.
///
/// The terminal (`lessons run`) shows them as visible text (`^[[2J`); pages
/// leave them out, whole sequences at a time.
public enum TerminalEscapes {
    /// `text` with every control character except newline and tab shown as
    /// text: C0 controls and DEL in caret notation (`^[`, `^M`, `^?`), C1
    /// controls as `<U+009B>`.
    public static func neutralised(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09: out.append(scalar)
            case 0x00..<0x20:
                out.append("^")
                out.append(Unicode.Scalar(scalar.value + 0x40)!)
            case 0x7F: out.append(contentsOf: "^?".unicodeScalars)
            case 0x80..<0xA0:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out.append(contentsOf: "<U+00\(hex)>".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// `text` without escape sequences (CSI `ESC [ … final`, OSC
    /// `ESC ] … BEL` or `ESC ] … ESC \`, other `ESC x` pairs, and their C1
    /// forms) and without any other control character except newline and tab.
    public static func removed(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let value = scalars[i].value
            if value == 0x0A || value == 0x09 || !isControl(scalars[i]) {
                out.append(scalars[i])
                i += 1
                continue
            }
            var introducer: UInt32?
            if value == 0x1B, i + 1 < scalars.count {
                let next = scalars[i + 1].value
                if next == 0x5B || next == 0x5D || next == 0x50 || next == 0x5F || next == 0x5E || next == 0x58 {
                    introducer = next
                    i += 2
                } else {
                    i += 2  // a two-character escape (`ESC c`, `ESC 7`, …)
                    continue
                }
            } else if value == 0x9B || value == 0x9D || value == 0x90 || value == 0x9F || value == 0x9E || value == 0x98 {
                introducer = value - 0x40
                i += 1
            } else {
                i += 1
                continue
            }
            if introducer == 0x5B {
                // CSI: parameter and intermediate bytes, then one final byte.
                while i < scalars.count, (0x20...0x3F).contains(scalars[i].value) { i += 1 }
                if i < scalars.count, (0x40...0x7E).contains(scalars[i].value) { i += 1 }
            } else {
                // A string (OSC, DCS, …) ends at BEL, ST (`ESC \`) or the C1 ST.
                while i < scalars.count {
                    let v = scalars[i].value
                    if v == 0x07 || v == 0x9C { i += 1; break }
                    if v == 0x1B, i + 1 < scalars.count, scalars[i + 1].value == 0x5C { i += 2; break }
                    i += 1
                }
            }
        }
        return String(out)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F..<0xA0).contains(value)
    }
}

extension Display {
    /// The display with ``TerminalEscapes/removed(_:)`` applied to all its text.
    public func removingEscapes() -> Display {
        map(TerminalEscapes.removed)
    }

    /// The display with ``TerminalEscapes/neutralised(_:)`` applied to all its text.
    public func neutralisingEscapes() -> Display {
        map(TerminalEscapes.neutralised)
    }

    private func map(_ clean: (String) -> String) -> Display {
        switch self {
        case .text(let text): return .text(clean(text))
        case .table(var table):
            table.columns = table.columns.map(clean)
            table.caption = table.caption.map(clean)
            table.rows = table.rows.map { row in
                row.map { cell in if case .text(let text) = cell { return .text(clean(text)) } else { return cell } }
            }
            return .table(table)
        case .plot(let plot): return .plot(plot.cleaned(clean))
        case .figure(var figure):
            figure.caption = figure.caption.map(clean)
            figure.panels = figure.panels.map { $0.cleaned(clean) }
            return .figure(figure)
        }
    }
}

extension Plot {
    fileprivate func cleaned(_ clean: (String) -> String) -> Plot {
        var plot = self
        plot.title = title.map(clean)
        plot.caption = caption.map(clean)
        plot.xLabel = xLabel.map(clean)
        plot.yLabel = yLabel.map(clean)
        for index in plot.series.indices {
            plot.series[index].name = clean(plot.series[index].name)
            let marker = clean(String(plot.series[index].marker))
            if marker.count != 1 { plot.series[index].marker = "?" }
        }
        return plot
    }
}
