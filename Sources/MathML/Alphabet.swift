/// A math font (`\mathbf`, `\mathbb`, …), written with Unicode's Mathematical
/// Alphanumeric Symbols: MathML Core honours `mathvariant` only as "normal",
/// so 𝐱, ℝ and 𝟙 must be characters of their own.
enum Alphabet: Sendable, Equatable {
    case bold, italic, boldItalic, doubleStruck, script, fraktur, sansSerif, monospace
    /// `\mathrm`: upright letters, no character change.
    case roman

    /// The alphabet of a font command, without its backslash.
    static func named(_ command: String) -> Alphabet? {
        switch command {
        case "mathbf": .bold
        case "mathit": .italic
        case "boldsymbol", "bm": .boldItalic
        case "mathbb": .doubleStruck
        case "mathcal", "mathscr": .script
        case "mathfrak": .fraktur
        case "mathsf": .sansSerif
        case "mathtt": .monospace
        case "mathrm": .roman
        default: nil
        }
    }

    /// `character` in this alphabet, or itself when Unicode has no such letter.
    func map(_ character: Character) -> Character {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
              let mapped = map(scalar.value), let result = Unicode.Scalar(mapped)
        else { return character }
        return Character(result)
    }

    private func map(_ value: UInt32) -> UInt32? {
        if let hole = holes[value] { return hole }
        switch value {
        case 0x41...0x5A: return start.upper.map { $0 + value - 0x41 }
        case 0x61...0x7A: return start.lower.map { $0 + value - 0x61 }
        case 0x30...0x39: return start.digit.map { $0 + value - 0x30 }
        case 0x391...0x3A9: return start.greekUpper.map { $0 + value - 0x391 }
        case 0x3B1...0x3C9: return start.greekLower.map { $0 + value - 0x3B1 }
        default:
            // ∂ ϵ ϑ ϰ ϕ ϱ ϖ follow ω in each Greek math alphabet.
            guard let omega = start.greekLower.map({ $0 + 0x3C9 - 0x3B1 }),
                  let index = [0x2202, 0x3F5, 0x3D1, 0x3F0, 0x3D5, 0x3F1, 0x3D6].firstIndex(of: value)
            else { return nil }
            return omega + 1 + UInt32(index)
        }
    }

    private var start: (upper: UInt32?, lower: UInt32?, digit: UInt32?, greekUpper: UInt32?, greekLower: UInt32?) {
        switch self {
        case .bold: (0x1D400, 0x1D41A, 0x1D7CE, 0x1D6A8, 0x1D6C2)
        case .italic: (0x1D434, 0x1D44E, nil, 0x1D6E2, 0x1D6FC)
        case .boldItalic: (0x1D468, 0x1D482, 0x1D7CE, 0x1D71C, 0x1D736)
        case .doubleStruck: (0x1D538, 0x1D552, 0x1D7D8, nil, nil)
        case .script: (0x1D49C, 0x1D4B6, nil, nil, nil)
        case .fraktur: (0x1D504, 0x1D51E, nil, nil, nil)
        case .sansSerif: (0x1D5A0, 0x1D5BA, 0x1D7E2, nil, nil)
        case .monospace: (0x1D670, 0x1D68A, 0x1D7F6, nil, nil)
        case .roman: (nil, nil, nil, nil, nil)
        }
    }

    /// Letters that Unicode encoded before the math alphabets, in the Letterlike Symbols block.
    private var holes: [UInt32: UInt32] {
        switch self {
        case .italic: [0x68: 0x210E]
        case .doubleStruck:
            [0x43: 0x2102, 0x48: 0x210D, 0x4E: 0x2115, 0x50: 0x2119, 0x51: 0x211A, 0x52: 0x211D, 0x5A: 0x2124]
        case .script:
            [0x42: 0x212C, 0x45: 0x2130, 0x46: 0x2131, 0x48: 0x210B, 0x49: 0x2110, 0x4C: 0x2112,
             0x4D: 0x2133, 0x52: 0x211B, 0x65: 0x212F, 0x67: 0x210A, 0x6F: 0x2134]
        case .fraktur: [0x43: 0x212D, 0x48: 0x210C, 0x49: 0x2111, 0x52: 0x211C, 0x5A: 0x2128]
        default: [:]
        }
    }
}
