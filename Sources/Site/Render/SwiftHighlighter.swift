import Markdown
import SwiftIDEUtils
import SwiftParser
import SwiftSyntax

/// Swift code as HTML with `<span class>` per token kind, from swift-syntax's
/// classifications: done at build time, so pages need no JavaScript.
public enum SwiftHighlighter {
    /// The highlighted HTML of `code` (without the surrounding `<pre><code>`).
    public static func html(_ code: String) -> String {
        let tree = Parser.parse(source: code)
        let bytes = Array(code.utf8)
        var out = ""
        out.reserveCapacity(bytes.count * 2)
        var position = 0
        for range in tree.classifications {
            let start = range.range.lowerBound.utf8Offset, end = range.range.upperBound.utf8Offset
            guard start >= position, end <= bytes.count, start < end else { continue }
            if start > position { out += escaped(bytes[position..<start]) }
            let text = escaped(bytes[start..<end])
            if let name = className(range.kind) {
                out += "<span class=\"\(name)\">\(text)</span>"
            } else {
                out += text
            }
            position = end
        }
        if position < bytes.count { out += escaped(bytes[position...]) }
        return out
    }

    /// The CSS class for a token kind; nil for plain text.
    static func className(_ kind: SyntaxClassification) -> String? {
        switch kind {
        case .keyword: "kw"
        case .type: "ty"
        case .integerLiteral, .floatLiteral: "num"
        case .stringLiteral, .regexLiteral: "str"
        case .lineComment, .blockComment, .docLineComment, .docBlockComment: "com"
        case .attribute: "attr"
        case .ifConfigDirective: "dir"
        case .dollarIdentifier: "var"
        case .none, .identifier, .operator, .editorPlaceholder, .argumentLabel: nil
        @unknown default: nil
        }
    }

    private static func escaped(_ bytes: ArraySlice<UInt8>) -> String {
        HTMLEscaping.escape(String(decoding: bytes, as: UTF8.self))
    }
}
