import MathML
import Testing

/// SplitMix64: a small seeded generator, so a failing input can be found again.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Thousands of random and garbled formulas: each must give well-formed MathML
/// or a TeXError whose position is a real place in the input, and never trap.
@Suite struct FuzzTests {
    static let fragments: [String] = [
        "x", "y", "2", "0.5", ".", "+", "-", "=", "<", ">", ",", ";", ":", "!", "?", "|", "/", "*", "(", ")", "[", "]",
        "{", "}", "{", "}", "^", "_", "'", "&", "&", #"\\"#, #"\\[2pt]"#, "~", "%", "%\n", "$", "#", "@", "\"", " ", "  ", "\n", "\r\n", "\r", "\t",
        "é", "ü", "∑", "🙂", "e\u{301}", "\u{A0}", "\u{302}", "\u{2028}", "\\", #"\ "#, #"\,"#, #"\{"#, #"\}"#, #"\|"#, #"\&"#, #"\%"#,
        #"\alpha"#, #"\Gamma"#, #"\sum"#, #"\int"#, #"\lim"#, #"\log"#, #"\le"#, #"\to"#, #"\infty"#, #"\cdot"#, #"\ldots"#,
        #"\frac"#, #"\dfrac"#, #"\binom"#, #"\sqrt"#, #"\sqrt["#, #"\hat"#, #"\widehat"#, #"\vec"#, #"\overline"#, #"\underbrace"#,
        #"\mathbf"#, #"\mathbb"#, #"\mathrm"#, #"\boldsymbol"#, #"\operatorname"#, #"\operatorname*"#, #"\text{"#, #"\text{a b}"#, #"\mbox"#,
        #"\left("#, #"\left."#, #"\left\{"#, #"\left"#, #"\right)"#, #"\right."#, #"\right"#, #"\middle|"#, #"\middle"#,
        #"\big("#, #"\Bigr]"#, #"\bigg"#, #"\not"#, #"\not="#, #"\limits"#, #"\nolimits"#, #"\displaystyle"#, #"\textstyle"#,
        #"\overset"#, #"\underset"#, #"\stackrel"#, #"\boxed"#, #"\phantom"#, #"\mathrel"#, #"\mathop"#, #"\quad"#, #"\foo"#,
        #"\begin{aligned}"#, #"\end{aligned}"#, #"\begin{cases}"#, #"\end{cases}"#, #"\begin{pmatrix}"#, #"\end{pmatrix}"#,
        #"\begin{array}{lc}"#, #"\begin{array}"#, #"\end{array}"#, #"\begin{split}"#, #"\end{split}"#, #"\begin{gathered}"#,
        #"\begin{equation}"#, #"\end{equation}"#, #"\begin{equation*}"#, #"\end{equation*}"#, #"\begin{align}"#, #"\end{align}"#,
        #"\begin{align*}"#, #"\end{align*}"#, #"\begin{gather}"#, #"\end{gather}"#, #"\begin{gather*}"#, #"\end{gather*}"#,
        #"\begin{foo}"#, #"\begin{"#, #"\end{"#, #"\begin"#, #"\end"#,
        #"\label{eq:a}"#, #"\label{b}"#, #"\label{"#, #"\label{}"#, #"\label"#, #"\tag{1}"#, #"\tag*{A}"#, #"\tag{"#, #"\tag"#,
        #"\nonumber"#, #"\notag"#,
    ]

    static func garble(_ text: String, _ random: inout SeededRandom) -> String {
        var characters = Array(text)
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let index = characters.isEmpty ? 0 : Int.random(in: 0..<characters.count, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0 where !characters.isEmpty:
                characters.remove(at: index)
            case 1:
                characters.insert(contentsOf: fragments.randomElement(using: &random)!, at: index)
            case 2 where !characters.isEmpty:
                let end = min(characters.count, index + Int.random(in: 1...8, using: &random))
                characters.insert(contentsOf: characters[index..<end], at: index)
            default:
                characters.insert(contentsOf: ["{", "}", "\\", "&", "$", "^"].randomElement(using: &random)!, at: index)
            }
        }
        return String(characters)
    }

    /// Inputs: random runs of fragments, then garbled copies of every formula of formulas.txt.
    static func inputs() throws -> [String] {
        var random = SeededRandom(seed: 20_260_501)
        var inputs: [String] = []
        for _ in 0..<4000 {
            let count = Int.random(in: 1...30, using: &random)
            inputs.append((0..<count).map { _ in fragments.randomElement(using: &random)! }.joined())
        }
        let corpus = try FormulaList.lines().compactMap { line -> String? in
            if case .formula(let tex, _, _) = line { tex } else { nil }
        }
        for round in 0..<8 {
            for tex in corpus { inputs.append(round == 0 ? tex : garble(tex, &random)) }
        }
        return inputs
    }

    @Test func neverTrapsAndAlwaysAnswers() throws {
        var random = SeededRandom(seed: 7)
        var converted = 0
        var refused = 0
        for tex in try Self.inputs() {
            for display in [false, true] {
                do {
                    check(markup: try mathML(fromTeX: tex, display: display), of: tex)
                    converted += 1
                } catch {
                    check(error: error, in: tex)
                    refused += 1
                }
            }
            do {
                let formula = try DisplayFormula(tex: tex, numbered: Bool.random(using: &random))
                let numbers = formula.lines.map { _ in Bool.random(using: &random) ? "3.\(Int.random(in: 1...99, using: &random))" : nil }
                check(markup: formula.mathML(numbers: numbers, ids: formula.lines.map(\.label)), of: tex)
                for line in formula.lines { check(position: line.position, in: tex) }
            } catch {
                check(error: error, in: tex)
            }
        }
        // Both outcomes must be well represented, or the generator has gone stale.
        #expect(converted > 1500)
        #expect(refused > 3000)
    }

    private func check(markup: String, of tex: String) {
        #expect(markup.hasPrefix("<math") && markup.hasSuffix("</math>"), "\(tex.debugDescription)")
        if let problem = MarkupCheck.problem(in: markup) {
            Issue.record("\(tex.debugDescription): \(problem) in \(markup)")
        }
        #expect(markup.utf8.count <= 150 * tex.utf8.count + 600, "\(tex.debugDescription)")
    }

    private func check(error: TeXError, in tex: String) {
        #expect(!error.message.isEmpty)
        check(position: TeXPosition(offset: error.offset, line: error.line, column: error.column), in: tex, error.message)
    }

    /// The position names a character boundary, and its line and column agree with its offset in UTF-8 bytes.
    private func check(position: TeXPosition, in tex: String, _ message: String = "") {
        let utf8 = tex.utf8
        guard position.offset >= 0, position.offset <= utf8.count,
              let index = utf8.index(utf8.startIndex, offsetBy: position.offset).samePosition(in: tex)
        else {
            Issue.record("\(tex.debugDescription): offset \(position.offset) is no character boundary (\(message))")
            return
        }
        var line = 1
        var lineStart = tex.startIndex
        for current in tex[..<index].indices where tex[current].isNewline {
            line += 1
            lineStart = tex.index(after: current)
        }
        let column = tex.utf8[lineStart..<index].count + 1
        #expect(position.line == line && position.column == column, "\(tex.debugDescription): \(message)")
    }
}

/// Checks that markup is well-formed XML as we write it: balanced elements,
/// quoted attributes, and `&` only in the character references we use.
enum MarkupCheck {
    static func problem(in markup: String) -> String? {
        var open: [Substring] = []
        var rest = Substring(markup)
        while let next = rest.firstIndex(where: { $0 == "<" || $0 == "&" || $0 == ">" }) {
            let character = rest[next]
            rest = rest[next...]
            if character == ">" { return "a bare '>'" }
            if character == "&" {
                guard let end = rest.firstIndex(of: ";") else { return "an unterminated '&'" }
                let reference = rest[rest.index(after: next)..<end]
                let known = ["amp", "lt", "gt", "quot"].contains(reference)
                    || (reference.hasPrefix("#x") && reference.dropFirst(2).allSatisfy(\.isHexDigit) && reference.count > 2)
                guard known else { return "an unknown reference &\(reference);" }
                rest = rest[rest.index(after: end)...]
                continue
            }
            guard let end = rest.firstIndex(of: ">") else { return "an unterminated tag" }
            let tag = rest[rest.index(after: next)..<end]
            rest = rest[rest.index(after: end)...]
            if tag.contains("<") || tag.filter({ $0 == "\"" }).count % 2 == 1 { return "a malformed tag <\(tag)>" }
            if tag.hasPrefix("/") {
                guard open.popLast() == tag.dropFirst() else { return "</\(tag.dropFirst())> closes nothing open" }
            } else if !tag.hasSuffix("/") {
                open.append(tag.prefix { $0 != " " })
            }
        }
        return open.isEmpty ? nil : "<\(open.last!)> is never closed"
    }
}
