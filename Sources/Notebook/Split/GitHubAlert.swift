import Markdown

/// GitHub's alert syntax: a quotation whose first line is `[!NOTE]`,
/// `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]` or `[!CAUTION]`.
enum GitHubAlert {
    /// The callout a quotation stands for, or nil for an ordinary quotation.
    static func callout(in quote: BlockQuote, path: String) throws(Diagnostic) -> Callout? {
        guard case .paragraph(var first)? = quote.blocks.first, case .text(let text)? = first.inlines.first,
              text.hasPrefix("[!"), let close = text.firstIndex(of: "]") else { return nil }
        let word = text[text.index(text.startIndex, offsetBy: 2)..<close]
        guard !word.isEmpty, word.allSatisfy(\.isLetter) else { return nil }
        guard let kind = Callout.Kind(rawValue: word.lowercased()) else {
            throw Diagnostic(path: path, line: first.range.start.line, column: first.range.start.column,
                             message: "unknown alert '[!\(word)]' (known: \(Callout.Kind.allCases.map { "[!\($0.rawValue.uppercased())]" }.joined(separator: ", ")))")
        }
        let rest = text[text.index(after: close)...].drop { $0 == " " }
        first.inlines[0] = .text(String(rest))
        if rest.isEmpty { first.inlines.removeFirst() }
        while let lead = first.inlines.first, lead == .softBreak || lead == .lineBreak { first.inlines.removeFirst() }
        var blocks = Array(quote.blocks.dropFirst())
        if !first.inlines.isEmpty { blocks.insert(.paragraph(first), at: 0) }
        return Callout(kind: kind, title: "", collapses: false, blocks: blocks.map { .prose($0) }, line: quote.range.start.line)
    }
}
