/// What an inline looked like at its edges in the source, as far as the
/// delimiter rules care: space, punctuation, or neither.
///
/// The extension passes run on cmark's finished tree, where a neighbour may be
/// emphasis or code rather than text; its delimiters (`*`, `` ` ``, `[`, `$`)
/// stand in for the characters cmark-gfm would have seen.
extension Inline {
    var firstScalar: Unicode.Scalar {
        switch self {
        case .text(let s): s.unicodeScalars.first ?? "\n"
        case .softBreak, .lineBreak: "\n"
        case .code: "`"
        case .html: "<"
        case .emphasis, .strong: "*"
        case .strikethrough: "~"
        case .link, .footnoteReference: "["
        case .image: "!"
        case .math: "$"
        }
    }

    var lastScalar: Unicode.Scalar {
        switch self {
        case .text(let s): s.unicodeScalars.last ?? "\n"
        case .softBreak, .lineBreak: "\n"
        case .code: "`"
        case .html: ">"
        case .emphasis, .strong: "*"
        case .strikethrough: "~"
        case .link, .image: ")"
        case .footnoteReference: "]"
        case .math: "$"
        }
    }
}

/// cmark's character classes for flanking rules and autolinks.
enum CharacterClass {
    /// `cmark_utf8proc_is_space`.
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 9, 10, 12, 13, 32, 160, 5760, 8192...8202, 8239, 8287, 12288: true
        default: false
        }
    }

    /// `cmark_utf8proc_is_punctuation`: ASCII punctuation and Unicode P*.
    static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            let v = c.value
            return (33...47).contains(v) || (58...64).contains(v) || (91...96).contains(v) || (123...126).contains(v)
        }
        switch c.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    /// `cmark_isspace`: ASCII white space only.
    static func isASCIISpace(_ b: UInt8) -> Bool {
        b == 32 || (9...13).contains(b)
    }

    static func isAlphanumeric(_ b: UInt8) -> Bool {
        isAlpha(b) || (48...57).contains(b)
    }

    static func isAlpha(_ b: UInt8) -> Bool {
        (65...90).contains(b) || (97...122).contains(b)
    }
}
