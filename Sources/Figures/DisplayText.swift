/// The text a lesson shows for a value, the way its tables show numbers.
///
/// Numbers read as table cells do (`0.535714`, `1`, `NaN`, `-inf`); strings
/// as written (quoted inside collections); tables and plots as their text.
/// Arrays, sets, dictionaries, tuples and structures print inline; more
/// than a dozen elements are elided in the middle with a count,
/// `[0, 0.01, 0.02, 0.03, 0.04, ..., 0.96, 0.97, 0.98, 0.99, 1] (101 elements)`;
/// nested collections too wide for a line get one element per line. Sets and
/// dictionaries are sorted by their text, so output never depends on hashing.
public func displayText(_ value: Any) -> String {
    DisplayWriter().text(value, depth: 0)
}

/// Writes values as display text; its settings are constants, not global state.
private struct DisplayWriter {
    /// Elements beyond this many are elided.
    let longest = 12
    /// Elements kept at each end of an elided collection.
    let kept = 5
    /// Lines are kept under this many columns where nesting allows.
    let lineWidth = 76
    /// Deeper values than this read `...`.
    let deepest = 8

    func text(_ value: Any, depth: Int) -> String {
        if depth > deepest { return "..." }
        if let text = scalarText(value, nested: depth > 0) { return text }
        // Common arrays skip reflection, which boxes every element.
        if let xs = value as? [Double] {
            return list(count: xs.count, open: "[", close: "]", depth: depth) { xs[$0] }
        }
        if let ns = value as? [Int] {
            return list(count: ns.count, open: "[", close: "]", depth: depth) { ns[$0] }
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else { return "nil" }
            return text(wrapped, depth: depth)
        case .collection:
            let elements = Array(mirror.children)
            return list(count: elements.count, open: "[", close: "]", depth: depth) { elements[$0].value }
        case .set:
            let elements = mirror.children.map { text($0.value, depth: depth + 1) }.sorted()
            return joined(elided(elements), total: elements.count, open: "[", close: "]")
        case .dictionary:
            let pairs = mirror.children.map { pair -> (key: String, value: String) in
                let parts = Array(Mirror(reflecting: pair.value).children.map(\.value))
                return (text(parts[0], depth: depth + 1), text(parts[1], depth: depth + 1))
            }
            guard !pairs.isEmpty else { return "[:]" }
            let entries = pairs.sorted { $0.key < $1.key }.map { $0.key + ": " + $0.value }
            return joined(elided(entries), total: entries.count, open: "[", close: "]")
        case .tuple:
            return "(" + fields(mirror, depth: depth) + ")"
        default:
            break
        }
        if let described = value as? any CustomStringConvertible { return described.description }
        switch mirror.displayStyle {
        case .enum:
            guard let payload = mirror.children.first else { return String(describing: value) }
            let inner = Mirror(reflecting: payload.value)
            let arguments = inner.displayStyle == .tuple
                ? fields(inner, depth: depth) : text(payload.value, depth: depth + 1)
            return (payload.label ?? "") + "(" + arguments + ")"
        case .struct, .class:
            return String(describing: type(of: value)) + "(" + fields(mirror, depth: depth) + ")"
        default:
            return String(describing: value)
        }
    }

    /// Numbers, truth values, text and figures; `nil` for anything else.
    private func scalarText(_ value: Any, nested: Bool) -> String? {
        switch value {
        case let x as Double: return formatNumber(x)
        case let x as Float: return formatNumber(Double(x))
        case let n as any BinaryInteger: return n.description
        case let b as Bool: return b ? "true" : "false"
        case let s as String: return nested ? quoted(s) : s
        case let s as Substring: return nested ? quoted(String(s)) : String(s)
        case let c as Character: return nested ? quoted(String(c)) : String(c)
        case let r as ClosedRange<Double>: return formatNumber(r.lowerBound) + "..." + formatNumber(r.upperBound)
        case let r as Range<Double>: return formatNumber(r.lowerBound) + "..<" + formatNumber(r.upperBound)
        case let t as Table: return t.text()
        case let p as Plot: return p.text()
        case let f as Figure: return f.text()
        case let cell as TableCell:
            if case .text(let s) = cell { return nested ? quoted(s) : s }
            return cell.text()
        default: return nil
        }
    }

    /// `label: value, …` for tuples and structures (positional labels left out).
    private func fields(_ mirror: Mirror, depth: Int) -> String {
        mirror.children.map { child in
            let value = text(child.value, depth: depth + 1)
            guard let label = child.label, !label.hasPrefix(".") else { return value }
            return label + ": " + value
        }.joined(separator: ", ")
    }

    /// A list of `count` elements, elided in the middle when long.
    private func list(count: Int, open: String, close: String, depth: Int, element: (Int) -> Any) -> String {
        let indices = count > longest ? Array(0..<kept) + [-1] + Array(count - kept..<count) : Array(0..<count)
        let shown = indices.map { $0 < 0 ? "..." : text(element($0), depth: depth + 1) }
        return joined(shown, total: count, open: open, close: close)
    }

    /// The first and last few of `items`, with `...` between, when there are many.
    private func elided(_ items: [String]) -> [String] {
        items.count > longest ? Array(items.prefix(kept)) + ["..."] + Array(items.suffix(kept)) : items
    }

    /// Items inline, or one per line when any is multi-line, or when the line is
    /// too long and the items are themselves collections or structures.
    private func joined(_ items: [String], total: Int, open: String, close: String) -> String {
        let count = total > longest ? " (\(total) elements)" : ""
        let inline = open + items.joined(separator: ", ") + close
        let composite = items.contains { $0.first == "[" || $0.first == "(" || $0.contains("(") }
        if !inline.contains("\n") && (inline.columns <= lineWidth || !composite) { return inline + count }
        let indent = String(repeating: " ", count: open.columns)
        let body = items.map { $0.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + indent) }
        return open + body.joined(separator: ",\n" + indent) + close + count
    }

    /// A string as a Swift literal: quoted, with `\`, `"` and line breaks escaped.
    private func quoted(_ s: String) -> String {
        var text = "\""
        for character in s {
            switch character {
            case "\\": text += "\\\\"
            case "\"": text += "\\\""
            case "\n": text += "\\n"
            case "\t": text += "\\t"
            case "\r": text += "\\r"
            default: text.append(character)
            }
        }
        return text + "\""
    }
}
