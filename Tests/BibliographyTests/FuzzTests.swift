import Bibliography
import Testing

/// Any input gives entries or a positioned error, never a crash, in time
/// linear in its size; whatever is read can be cited and listed.
@Suite struct FuzzTests {
    static let pieces = [
        "{", "}", "\"", "@", ",", "=", "#", "(", ")", "\\", "\\'", "\\\"", "\\c", "{\\o}", "~", "-", "--", "$", "_", "^",
        " and ", " and others", "\n", "\r\n", "\t", " ", "é", "ü", "@article{", "@string{", "@comment", "title = ",
        "author = {", "jan", "x", "A", "1", "%", ";", "[", "]", "-@", "[@", "{\\'E}", "\\emph{", "Jr, ",
    ]

    /// The corpus with a few random cuts, insertions and copies.
    static func mutants(count: Int, seed: UInt64) -> [String] {
        var random = SeededGenerator(seed: seed)
        let corpus = Array(Corpus.text)
        return (0..<count).map { _ in
            var text = corpus
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                let at = Int.random(in: 0...text.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: text.removeSubrange(at..<min(text.count, at + Int.random(in: 1...40, using: &random)))
                case 1: text.insert(contentsOf: pieces.randomElement(using: &random)!, at: at)
                default:
                    let from = Int.random(in: 0..<text.count, using: &random)
                    text.insert(contentsOf: text[from..<min(text.count, from + 200)], at: at)
                }
            }
            return String(text)
        }
    }

    /// Strings made only of BibTeX's special characters and words.
    static func soups(count: Int, seed: UInt64) -> [String] {
        var random = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...300, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        }
    }

    enum Outcome { case read, refused, misplacedError }

    /// Reads `text` and uses everything read; checks an error points inside the file.
    func exercise(_ text: String) -> Outcome {
        do {
            let bibliography = try Bibliography.parse(text, path: "fuzz.bib")
            let works = CitedWorks(bibliography.entries)
            var html = works.referenceListHTML { "ref-" + $0.key }
            for entry in bibliography.entries {
                html += entry.title?.sentenceCased().html() ?? ""
                let group = CitationGroup(
                    items: [CitationItem(key: entry.key, locator: Locator(.page, "1-2"), keyRange: 0..<1)],
                    isNarrative: false, range: 0..<1)
                html += works.citationHTML(group) { $0.key } + works.citationText(group)
            }
            return html.isEmpty ? .misplacedError : .read
        } catch {
            let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            let lineCount = text.utf8.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") || $1 == UInt8(ascii: "\r") ? 1 : 0) }
            let inside = error.line >= 1 && error.line <= lineCount && error.column >= 1
                && error.column <= (lines.map(\.count).max() ?? 0) + 1 && !error.message.isEmpty
            return inside ? .refused : .misplacedError
        }
    }

    @Test func mutatedCorpusNeverCrashes() {
        var outcomes: [Outcome: Int] = [:]
        for (number, text) in Self.mutants(count: 300, seed: 2024).enumerated() {
            let outcome = exercise(text)
            outcomes[outcome, default: 0] += 1
            #expect(outcome != .misplacedError, "mutant \(number)")
        }
        // Both paths were taken: some mutants still read, others are refused.
        #expect(outcomes[.read, default: 0] > 30 && outcomes[.refused, default: 0] > 30, "\(outcomes)")
    }

    @Test func randomSoupNeverCrashes() {
        var outcomes: [Outcome: Int] = [:]
        for (number, text) in Self.soups(count: 500, seed: 7).enumerated() {
            let outcome = exercise(text)
            outcomes[outcome, default: 0] += 1
            #expect(outcome != .misplacedError, "soup \(number)")
        }
        // Random soup is almost always refused; what matters is where the errors point.
        #expect(outcomes[.refused, default: 0] > 400, "\(outcomes)")
    }

    @Test func latexAndNamesOfAnySoup() {
        for text in Self.soups(count: 500, seed: 11) {
            _ = FieldText(latex: text).sentenceCased().html(italic: true)
            _ = try? Bibliography.parse("@misc{a, author = {\(text.filter { $0 != "{" && $0 != "}" })}}", path: "f.bib")
        }
    }

    @Test func theScannerGivesBackItsInput() {
        var random = SeededGenerator(seed: 99)
        let alphabet = Array("[]@-;,. p3aé\\\n_:/")
        for _ in 0..<2000 {
            let text = String((0..<Int.random(in: 0...60, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            let bytes = Array(text.utf8)
            var rebuilt: [UInt8] = []
            var last = 0
            for segment in CitationScanner.segments(text) {
                switch segment {
                case .text(let piece): rebuilt += Array(piece.utf8)
                case .citation(let group):
                    #expect(group.range.lowerBound >= last && group.range.upperBound <= bytes.count)
                    #expect(group.items.allSatisfy { group.range.contains($0.keyRange.lowerBound) && $0.keyRange.upperBound <= group.range.upperBound })
                    #expect(group.items.allSatisfy { String(decoding: bytes[$0.keyRange], as: UTF8.self) == $0.key })
                    rebuilt += bytes[group.range]
                    last = group.range.upperBound
                }
            }
            #expect(rebuilt == bytes, "\(text)")
        }
    }

    /// Inputs built to make a careless parser quadratic finish quickly.
    @Test func largeAdversarialInputsStayFast() {
        let clock = ContinuousClock()
        let cases: [() -> Void] = [
            { _ = try? Bibliography.parse("@misc{a, title = " + String(repeating: "{", count: 300_000), path: "f.bib") },
            { _ = try? Bibliography.parse("@misc{a, title = " + String(repeating: "{x}", count: 100_000) + "}", path: "f.bib") },
            { _ = try? Bibliography.parse("@misc{a, author = {" + String(repeating: "A b and ", count: 50_000) + "C}}", path: "f.bib") },
            { _ = try? Bibliography.parse(String(repeating: "@misc{k", count: 50_000), path: "f.bib") },
            { _ = try? Bibliography.parse(String(repeating: "@misc{a, title = \"", count: 50_000), path: "f.bib") },
            { _ = CitationScanner.segments(String(repeating: "[", count: 200_000) + "@a]") },
            { _ = CitationScanner.segments(String(repeating: "@a [", count: 100_000)) },
            { _ = CitationScanner.segments("[" + String(repeating: "x; ", count: 100_000) + "@a]") },
            { _ = FieldText(latex: String(repeating: "{\\em ", count: 100_000)).sentenceCased() },
        ]
        for (number, run) in cases.enumerated() {
            let elapsed = clock.measure(run)
            #expect(elapsed < .seconds(10), "case \(number) took \(elapsed)")
        }
    }
}
