/// TeX accents put on letters, and letters stripped of them for sorting.
enum Accents {
    /// The combining mark of each TeX accent command.
    static let marks: [String: Unicode.Scalar] = [
        "'": "\u{301}", "`": "\u{300}", "^": "\u{302}", "\"": "\u{308}", "~": "\u{303}",
        "=": "\u{304}", ".": "\u{307}", "u": "\u{306}", "v": "\u{30C}", "H": "\u{30B}",
        "c": "\u{327}", "k": "\u{328}", "r": "\u{30A}", "d": "\u{323}", "b": "\u{331}",
        "t": "\u{361}",
    ]

    /// Every precomposed Latin letter, keyed by its own text. Swift compares
    /// and hashes strings by canonical equivalence, so looking up "e" + U+0301
    /// finds "é" here: composition without a Unicode normalisation table.
    private static let precomposed: [String: Character] = {
        var table: [String: Character] = [:]
        for range in [0xC0...0x24F, 0x1E00...0x1EFF] {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let character = Character(scalar)
                if table[String(character)] == nil { table[String(character)] = character }
            }
        }
        return table
    }()

    /// `base` with `mark` on it, precomposed when Unicode has such a letter.
    /// A dotless ı or ȷ takes the accent as i or j, as `\'{\i}` means í.
    /// More marks than this on one letter are dropped: no script stacks that
    /// many, and each extra mark would make the next one cost more.
    static let maximumMarks = 4

    static func put(_ mark: Unicode.Scalar, on base: Character) -> Character {
        guard base.unicodeScalars.count <= maximumMarks else { return base }
        let base: Character = base == "ı" ? "i" : base == "ȷ" ? "j" : base
        var text = String(base)
        text.unicodeScalars.append(mark)
        return precomposed[text] ?? Character(text)
    }

    /// Latin letters without accents, for sorting: é → e, ǘ → u, ß → ss, æ → ae.
    private static let bases: [Character: String] = {
        var table: [Character: String] = ["ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
                                          "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH",
                                          "ı": "i", "ȷ": "j"]
        let letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
        for mark in marks.values {
            for letter in letters {
                let once = put(mark, on: letter)
                if once != letter, once.unicodeScalars.count == 1 { table[once] = String(letter) }
                for second in marks.values {
                    let twice = put(second, on: once)
                    if twice.unicodeScalars.count == 1, table[twice] == nil { table[twice] = String(letter) }
                }
            }
        }
        return table
    }()

    /// `text` in lower case with Latin accents removed.
    static func folded(_ text: String) -> String {
        var out = ""
        for character in text {
            if let base = bases[character] { out += base } else { out.append(character) }
        }
        return out.lowercased()
    }
}
