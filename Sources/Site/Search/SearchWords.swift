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
            let whole = String(String.UnicodeScalarView(token)).lowercased()
            let parts = camelParts(of: token)
            if !numbers, token.first!.properties.numericType != nil { continue }
            for word in [whole] + (parts.count > 1 ? parts.map { $0.lowercased() } : []) where isKept(word) {
                words.append(word)
            }
        }
        return words
    }

    /// Runs of letters and digits, accents removed, case kept.
    static func tokens(of text: String) -> [[Unicode.Scalar]] {
        var tokens: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
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

    /// `softPrecision` → `soft`, `Precision`; `f1Score` → `f1`, `Score`; `ROCCurve` → `ROC`, `Curve`.
    static func camelParts(of token: [Unicode.Scalar]) -> [String] {
        func isUpper(_ i: Int) -> Bool { token[i].properties.isUppercase }
        func isLower(_ i: Int) -> Bool { token[i].properties.isLowercase }
        func isDigit(_ i: Int) -> Bool { token[i].properties.numericType != nil }
        var parts: [String] = []
        var start = 0
        for i in token.indices.dropFirst() where isUpper(i) {
            let afterLowerOrDigit = isLower(i - 1) || isDigit(i - 1)
            let endsCapitals = isUpper(i - 1) && i + 1 < token.count && isLower(i + 1)
            guard afterLowerOrDigit || endsCapitals else { continue }
            parts.append(String(String.UnicodeScalarView(token[start..<i])))
            start = i
        }
        parts.append(String(String.UnicodeScalarView(token[start...])))
        return parts
    }

    private static func isKept(_ word: String) -> Bool {
        guard word.unicodeScalars.count > 1, word.unicodeScalars.count <= 40, !stopSet.contains(word) else { return false }
        return word.unicodeScalars.count <= 4 || !word.unicodeScalars.allSatisfy { $0.properties.numericType != nil }
    }
}
