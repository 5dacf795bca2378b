/// `~~text~~` and `~text~` as cmark-gfm reads them, on cmark's finished inlines.
///
/// A run of one or two tildes that is left- or right-flanking is a delimiter;
/// it opens if left-flanking, closes if right-flanking, and a closer takes the
/// nearest opener. Runs of different lengths do not match and both stay text;
/// longer runs are always text. Unlike cmark-gfm, where tildes share one stack
/// with `*` and `_`, cmark has already settled emphasis here, so a strikethrough
/// never crosses an emphasis boundary (`~~a *b~~ c*`).
enum Strikethrough {
    private enum Piece {
        case inline(Inline)
        case tildes(count: Int, canOpen: Bool, canClose: Bool)
    }

    static func apply(_ inlines: [Inline]) -> [Inline] {
        let inlines = inlines.map(descend)
        guard inlines.contains(where: { if case .text(let t) = $0 { t.contains("~") } else { false } }) else {
            return inlines
        }
        var out: [Piece] = []
        var openers: [Int] = []
        for (index, inline) in inlines.enumerated() {
            guard case .text(let text) = inline, text.contains("~") else {
                out.append(.inline(inline))
                continue
            }
            let before = index > 0 ? inlines[index - 1].lastScalar : "\n"
            let after = index + 1 < inlines.count ? inlines[index + 1].firstScalar : "\n"
            for piece in pieces(of: text, before: before, after: after) {
                guard case .tildes(let count, let canOpen, let canClose) = piece else {
                    out.append(piece)
                    continue
                }
                if canClose, let opener = openers.last, case .tildes(let openCount, _, _) = out[opener] {
                    openers.removeLast()
                    if openCount == count {
                        let children = flatten(out[(opener + 1)...])
                        out.removeSubrange(opener...)
                        out.append(.inline(.strikethrough(children)))
                    } else {
                        out.append(.inline(.text(String(repeating: "~", count: count))))
                    }
                    openers.removeAll { $0 >= opener }
                } else if canOpen {
                    openers.append(out.count)
                    out.append(piece)
                } else {
                    out.append(.inline(.text(String(repeating: "~", count: count))))
                }
            }
        }
        return flatten(out[...])
    }

    private static func descend(_ inline: Inline) -> Inline {
        switch inline {
        case .emphasis(let c): .emphasis(apply(c))
        case .strong(let c): .strong(apply(c))
        case .strikethrough(let c): .strikethrough(apply(c))
        case .link(var link): { link.children = apply(link.children); return .link(link) }()
        case .image(var image): { image.children = apply(image.children); return .image(image) }()
        default: inline
        }
    }

    /// Splits text at its tilde runs, classifying each run.
    private static func pieces(of text: String, before: Unicode.Scalar, after: Unicode.Scalar) -> [Piece] {
        let scalars = Array(text.unicodeScalars)
        var pieces: [Piece] = []
        var plain = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "~" else {
                plain.append(scalars[i])
                i += 1
                continue
            }
            var j = i
            while j < scalars.count, scalars[j] == "~" { j += 1 }
            let previous = i > 0 ? scalars[i - 1] : before
            let next = j < scalars.count ? scalars[j] : after
            let count = j - i
            let left = !CharacterClass.isSpace(next)
                && (!CharacterClass.isPunctuation(next) || CharacterClass.isSpace(previous) || CharacterClass.isPunctuation(previous))
            let right = !CharacterClass.isSpace(previous)
                && (!CharacterClass.isPunctuation(previous) || CharacterClass.isSpace(next) || CharacterClass.isPunctuation(next))
            if count <= 2, left || right {
                if !plain.isEmpty { pieces.append(.inline(.text(String(plain)))); plain = .init() }
                pieces.append(.tildes(count: count, canOpen: left, canClose: right))
            } else {
                plain.append(contentsOf: scalars[i..<j])
            }
            i = j
        }
        if !plain.isEmpty { pieces.append(.inline(.text(String(plain)))) }
        return pieces
    }

    /// Pieces back to inlines: unmatched tildes become text, neighbouring text joins.
    private static func flatten(_ pieces: ArraySlice<Piece>) -> [Inline] {
        var result: [Inline] = []
        for piece in pieces {
            let inline: Inline
            switch piece {
            case .inline(let i): inline = i
            case .tildes(let count, _, _): inline = .text(String(repeating: "~", count: count))
            }
            if case .text(let t) = inline, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + t)
            } else {
                result.append(inline)
            }
        }
        return result
    }
}
