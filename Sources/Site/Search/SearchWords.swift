import Foundation

/// The words search knows a text by. The page script reads a query with the
/// same rules (`site.js`, `words`), so both sides must change together:
/// accents dropped (compatibility decomposition, marks removed), lower case,
/// split at anything that is not a letter or a digit.
enum SearchWords {
    /// Words too common to find anything by; the script drops them from queries (its list must stay the same).
    static let stopWords: [String] = [
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "if", "in", "into", "is", "it",
        "its", "of", "on", "or", "so", "that", "the", "then", "this", "to", "was", "we", "with",
    ]
    private static let stopSet = Set(stopWords)

    /// The words of `text` as the index keeps them. An identifier written in
    /// camelCase also gives its parts (`softPrecision` → `softprecision`,
    /// `soft`, `precision`), so prose words find code. Stop words, single
    /// characters and numbers of more than four digits are left out; so are
    /// all numbers when `numbers` is false (the entries of a cell's tables,
    /// `1.01348e-05`: not words anyone searches for, and most of an index).
    static func words(in text: String, numbers: Bool = true) -> [String] {
        var words: [String] = []
        for token in tokens(of: text) {
            if !numbers, isDigit(token[0]) { continue }
            let whole = String(String.UnicodeScalarView(token)).lowercased()
            if isKept(whole) { words.append(whole) }
            // Only a capital after the first character can start a second part.
            guard token.dropFirst().contains(where: isUpper) else { continue }
            let parts = camelParts(of: token)
            guard parts.count > 1 else { continue }
            for part in parts {
                let word = part.lowercased()
                if isKept(word) { words.append(word) }
            }
        }
        return words
    }

    /// Runs of letters and digits, accents removed, case kept.
    static func tokens(of text: String) -> [[Unicode.Scalar]] {
        var tokens: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        // Most text is ASCII, which has nothing to decompose and whose classes are known.
        let scalars = text.utf8.allSatisfy { $0 < 0x80 } ? text.unicodeScalars : text.decomposedStringWithCompatibilityMapping.unicodeScalars
        for scalar in scalars {
            switch scalar.isASCII ? asciiClass(scalar) : scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                continue
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber:
                current.append(scalar)
            default:
                if !current.isEmpty { tokens.append(current) }
                current = []
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    /// The general category of an ASCII character as far as `tokens` tells them apart.
    private static func asciiClass(_ scalar: Unicode.Scalar) -> Unicode.GeneralCategory {
        switch scalar {
        case "A"..."Z": .uppercaseLetter
        case "a"..."z": .lowercaseLetter
        case "0"..."9": .decimalNumber
        default: .otherPunctuation
        }
    }

    private static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("A"..."Z").contains(scalar) : scalar.properties.isUppercase
    }

    private static func isLower(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("a"..."z").contains(scalar) : scalar.properties.isLowercase
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("0"..."9").contains(scalar) : scalar.properties.numericType != nil
    }

    /// `softPrecision` → `soft`, `Precision`; `f1Score` → `f1`, `Score`; `ROCCurve` → `ROC`, `Curve`.
    static func camelParts(of token: [Unicode.Scalar]) -> [String] {
        var parts: [String] = []
        var start = 0
        for i in token.indices.dropFirst() where isUpper(token[i]) {
            let afterLowerOrDigit = isLower(token[i - 1]) || isDigit(token[i - 1])
            let endsCapitals = isUpper(token[i - 1]) && i + 1 < token.count && isLower(token[i + 1])
            guard afterLowerOrDigit || endsCapitals else { continue }
            parts.append(String(String.UnicodeScalarView(token[start..<i])))
            start = i
        }
        parts.append(String(String.UnicodeScalarView(token[start...])))
        return parts
    }

    private static func isKept(_ word: String) -> Bool {
        guard word.unicodeScalars.count > 1, word.unicodeScalars.count <= 40, !stopSet.contains(word) else { return false }
        return word.unicodeScalars.count <= 4 || !word.unicodeScalars.allSatisfy(isDigit)
    }
}
