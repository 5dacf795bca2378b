/// Turns `[^label]` text into references to defined footnotes, numbering
/// footnotes in the order of their first reference, as cmark-gfm does:
/// references are counted in document order with every definition still at
/// its place, so a reference inside a definition counts where the definition
/// stands. Labels match without regard to case; the first definition of a
/// label wins. Text like `[^nothing]` with no definition stays text.
struct FootnoteNumbering {
    /// Defined labels, normalised, to the label as the first definition wrote it.
    private let defined: [String: String]
    private(set) var numbers: [String: Int] = [:]
    private(set) var counts: [String: Int] = [:]

    init(labels: [String]) {
        var defined: [String: String] = [:]
        for label in labels where defined[Self.normalised(label)] == nil {
            defined[Self.normalised(label)] = label
        }
        self.defined = defined
    }

    var isEmpty: Bool { defined.isEmpty }

    /// The number of a definition's label, if anything referred to it.
    func number(of label: String) -> Int? { numbers[Self.normalised(label)] }

    func referenceCount(of label: String) -> Int { counts[Self.normalised(label), default: 0] }

    mutating func resolve(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        for inline in inlines {
            switch inline {
            case .text(let text) where text.contains("[^"):
                result.append(contentsOf: references(in: text))
            case .emphasis(let c): result.append(.emphasis(resolve(c)))
            case .strong(let c): result.append(.strong(resolve(c)))
            case .strikethrough(let c): result.append(.strikethrough(resolve(c)))
            case .link(var link):
                link.children = resolve(link.children)
                result.append(.link(link))
            default:
                result.append(inline)
            }
        }
        return result
    }

    private mutating func references(in text: String) -> [Inline] {
        var result: [Inline] = []
        let scalars = Array(text.unicodeScalars)
        var plain = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "[", i + 1 < scalars.count, scalars[i + 1] == "^",
                  let close = scalars[(i + 2)...].firstIndex(where: { $0 == "]" || $0 == "[" }),
                  scalars[close] == "]", close > i + 2 else {
                plain.append(scalars[i])
                i += 1
                continue
            }
            var label = String.UnicodeScalarView()
            label.append(contentsOf: scalars[(i + 2)..<close])
            let key = Self.normalised(String(label))
            guard let written = defined[key] else {
                plain.append(scalars[i])
                i += 1
                continue
            }
            if !plain.isEmpty { result.append(.text(String(plain))); plain = .init() }
            if numbers[key] == nil { numbers[key] = numbers.count + 1 }
            counts[key, default: 0] += 1
            result.append(.footnoteReference(FootnoteReference(
                label: written, number: numbers[key]!, occurrence: counts[key]!)))
            i = close + 1
        }
        if !plain.isEmpty { result.append(.text(String(plain))) }
        return result
    }

    /// Case-folded, inner white space collapsed: how cmark compares labels.
    static func normalised(_ label: String) -> String {
        label.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
