/// A parsed formula: what TeX means, before it is spelled as MathML.
indirect enum MathNode: Sendable, Equatable {
    /// `<mi>`; `upright` asks for `mathvariant="normal"` on a single letter.
    case identifier(String, upright: Bool)
    /// `<mn>`
    case number(String)
    /// `<mo>`
    case symbol(Operator)
    /// `<mtext>`, spaces kept.
    case text(String)
    /// `<mspace>`; the width as CSS, e.g. "0.1667em".
    case space(width: String)
    /// A run of atoms: `<mrow>`, or the lone child when there is one.
    case row([MathNode])
    /// `\log`, `\operatorname{…}`: an upright name spaced like TeX's Op atoms.
    case operatorName(MathNode, limits: Bool)
    /// `<mfrac>`; `lineThickness` is "0" for `\binom`.
    case fraction(MathNode, MathNode, lineThickness: String?)
    /// `<msqrt>`, or `<mroot>` with an index.
    case root(MathNode, index: MathNode?)
    /// Sub- and superscripts; `limits` puts them under and over in display style.
    case scripts(base: MathNode, sub: MathNode?, sup: MathNode?, limits: Limits)
    /// `<mover>` or `<munder>` with an accent or a brace.
    case accent(MathNode, mark: Operator, over: Bool, isAccent: Bool)
    /// `\left … \right`: stretchy fences around a body; nil for `\left.`.
    case fenced(open: Operator?, body: MathNode, close: Operator?)
    /// `<mtable>` for matrices, cases, alignments and lines split by `\\`.
    case table(Table)
    /// `<mstyle displaystyle>` from `\dfrac`, `\tfrac`, `\displaystyle`, `\textstyle`.
    case style(display: Bool, MathNode)
    /// `\overline`, `\underline`: a rule drawn with CSS, which needs no stretchy glyph in the font.
    case rule(MathNode, over: Bool)
    /// `\boxed{…}`: a framed row.
    case boxed(MathNode)
    /// `\phantom{…}`: takes room, draws nothing.
    case phantom(MathNode)

    /// Where scripts go on a base.
    enum Limits: Sendable, Equatable {
        /// Always beside the base (x², ∫ₐᵇ).
        case never
        /// Under and over in display style, beside it in text style (∑, lim).
        case display
        /// Always under and over (`\limits`, `\underbrace{…}_{…}`).
        case always
    }

    /// An empty row, the base of a script with nothing before it.
    static let empty = MathNode.row([])
}

/// An `<mo>` and the attributes that matter for it.
struct Operator: Sendable, Equatable {
    var text: String
    /// nil leaves stretchiness to the browser's operator dictionary.
    var stretchy: Bool? = nil
    /// "prefix" / "postfix" where position in the row would guess wrong.
    var form: String? = nil
    /// `\big` and friends: minsize = maxsize.
    var size: String? = nil
    /// `mathsize`, to shrink a full-size glyph into an accent (`\vec`'s arrow).
    var mathsize: String? = nil
    /// Explicit spacing; nil keeps the dictionary's.
    var lspace: String? = nil
    var rspace: String? = nil
    /// What the operator is in TeX's eyes, for the spacing of operator names.
    var kind: Kind = .binary

    enum Kind: Sendable, Equatable {
        case binary, relation, open, close, punctuation, large, ordinary
    }
}

/// A grid of cells with how its columns line up.
struct Table: Sendable, Equatable {
    var rows: [[MathNode]]
    /// Alignment of column i is `columns[i % columns.count]`.
    var columns: [Column]
    /// Cells in display style (aligned) or text style (matrices, cases);
    /// nil: the style around the table (lines split by `\\` at the top).
    var displayStyle: Bool?

    enum Column: Sendable, Equatable {
        case left, center, right
        /// Right-aligned with no padding on its right: the left half of an `&=` pair.
        case pairRight
        /// Left-aligned with no padding on its left: the right half of an `&=` pair.
        case pairLeft
    }
}
