/// Lifts `{…}` attribute blocks out of cmark's text and onto the node they
/// belong to: a heading (trailing), an image (right after `)`), or display
/// math alone in its paragraph (after the closing `$$`, on its line or the next).
///
/// `locate` finds where a piece of text stands in the file, for errors.
enum AttributePlacement {
    typealias Locate = (Substring) -> SourcePosition

    static func heading(_ inlines: [Inline], locate: Locate) throws(MarkdownError) -> ([Inline], Attributes) {
        guard case .text(let text)? = inlines.last else { return (inlines, .none) }
        let trimmed = text.trimmingTrailingSpaces
        guard let brace = trimmed.lastIndex(of: "{"), AttributeBlock.looksLikeAttributes(trimmed[brace...]) else {
            return (inlines, .none)
        }
        let block = trimmed[brace...]
        if block.last != "}", block.contains("}") { return (inlines, .none) }
        let attributes = try AttributeBlock.parse(block, at: locate(block))
        var result = Array(inlines.dropLast())
        let before = trimmed[..<brace].trimmingTrailingSpaces
        if !before.isEmpty { result.append(.text(String(before))) }
        return (result, attributes)
    }

    static func images(_ inlines: [Inline], locate: Locate) throws(MarkdownError) -> [Inline] {
        var result: [Inline] = []
        var index = 0
        while index < inlines.count {
            switch inlines[index] {
            case .image(var image):
                if index + 1 < inlines.count, case .text(let text) = inlines[index + 1],
                   AttributeBlock.looksLikeAttributes(text[...]) {
                    let end = text.firstIndex(of: "}").map { text.index(after: $0) } ?? text.endIndex
                    let block = text[..<end]
                    image.attributes = try AttributeBlock.parse(block, at: locate(block))
                    result.append(.image(image))
                    if end < text.endIndex { result.append(.text(String(text[end...]))) }
                    index += 2
                    continue
                }
                result.append(.image(image))
            case .emphasis(let c): result.append(.emphasis(try images(c, locate: locate)))
            case .strong(let c): result.append(.strong(try images(c, locate: locate)))
            case .strikethrough(let c): result.append(.strikethrough(try images(c, locate: locate)))
            case .link(var link):
                link.children = try images(link.children, locate: locate)
                result.append(.link(link))
            default:
                result.append(inlines[index])
            }
            index += 1
        }
        return result
    }

    /// `$$ … $$ {#eq-x}`: the paragraph becomes the formula alone, with attributes.
    static func displayMath(_ inlines: [Inline], locate: Locate) throws(MarkdownError) -> [Inline] {
        guard case .text(let text)? = inlines.last else { return inlines }
        let block = text.drop { $0 == " " || $0 == "\t" }.trimmingTrailingSpaces
        guard AttributeBlock.looksLikeAttributes(block), block.last == "}" || !block.contains("}"),
              var formula = Array(inlines.dropLast()).onlyDisplayMath else { return inlines }
        formula.attributes = try AttributeBlock.parse(block, at: locate(block))
        return [.math(formula)]
    }
}

extension StringProtocol {
    var trimmingTrailingSpaces: SubSequence {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " || self[index(before: end)] == "\t" {
            end = index(before: end)
        }
        return self[..<end]
    }
}
