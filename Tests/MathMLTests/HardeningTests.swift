import Foundation
import MathML
import Synchronization
import Testing

/// A construct that nests, written `depth` levels deep.
struct Nesting: Sendable, CustomTestStringConvertible {
    let name: String
    /// What the error position must point at: the opener of the level one too deep
    /// (for a chain such as `\hat\hat x`, the argument that is one level too deep).
    let opener: String
    let display: Bool
    let make: @Sendable (Int) -> String

    init(_ name: String, opener: String, display: Bool = false, _ make: @escaping @Sendable (Int) -> String) {
        self.name = name
        self.opener = opener
        self.display = display
        self.make = make
    }

    init(_ name: String, open: String, inner: String = "x", close: String, opener: String? = nil, display: Bool = false) {
        self.init(name, opener: opener ?? open, display: display) { depth in
            String(repeating: open, count: depth) + inner + String(repeating: close, count: depth)
        }
    }

    var testDescription: String { name }

    func convert(_ depth: Int) throws(TeXError) -> String {
        try mathML(fromTeX: make(depth), display: display)
    }

    /// The deepest this construct can be written before it is refused.
    func deepest() -> Int {
        var depth = 1
        while depth < 200, (try? convert(depth + 1)) != nil { depth += 1 }
        return depth
    }
}

@Suite struct HardeningTests {
    static let nestings: [Nesting] = [
        Nesting("braces", open: "{", close: "}"),
        Nesting("fractions", open: #"\frac{"#, close: "}{y}", opener: "{"),
        Nesting("binomials", open: #"\binom{"#, close: "}{k}", opener: "{"),
        Nesting("root indices", open: #"\sqrt["#, close: "]{y}", opener: "["),
        Nesting("roots", opener: "x") { String(repeating: #"\sqrt "#, count: $0) + "x" },
        Nesting("left and right", open: #"\left("#, close: #"\right)"#),
        Nesting("middle", open: #"\left(a\middle|"#, close: #"\right)"#, opener: #"\left"#),
        Nesting("matrices", open: #"\begin{pmatrix}"#, close: #"\end{pmatrix}"#, opener: #"\begin"#),
        Nesting("cases", open: #"\begin{cases} a & "#, close: #"\end{cases}"#, opener: #"\begin"#),
        Nesting("aligned", open: #"\begin{aligned} a &= "#, close: #"\end{aligned}"#, opener: #"\begin"#),
        Nesting("arrays", open: #"\begin{array}{c}"#, close: #"\end{array}"#, opener: #"\begin"#),
        Nesting("superscripts", open: "x^{", close: "}", opener: "{"),
        Nesting("subscripts", open: "x_{", close: "}^2", opener: "{"),
        Nesting("accents", opener: "x") { String(repeating: #"\hat "#, count: $0) + "x" },
        Nesting("fonts", opener: "x") { String(repeating: #"\mathbf "#, count: $0) + "x" },
        Nesting("style switches", opener: #"\displaystyle"#) { String(repeating: #"\displaystyle "#, count: $0) + "x" },
        Nesting("overset", open: #"\overset{a}{"#, close: "}", opener: "{"),
        Nesting("underbraces", open: #"\underbrace{"#, close: "}_{n}", opener: "{"),
        Nesting("operator names", open: #"\operatorname{\boxed{"#, close: "}}", opener: "{"),
        Nesting("equation", opener: "{", display: true) { #"\begin{equation}"# + String(repeating: "{", count: $0) + "x" + String(repeating: "}", count: $0) + #"\end{equation}"# },
        Nesting("align", opener: #"\begin"#, display: true) {
            #"\begin{align} a &= "# + String(repeating: #"\begin{cases} b &"#, count: $0) + "x" + String(repeating: #"\end{cases}"#, count: $0) + #"\end{align}"#
        },
    ]

    /// 2,000 nested braces used to overflow the stack.
    @Test func twoThousandBracesAreRefused() {
        let tex = String(repeating: "{", count: 2000) + "x" + String(repeating: "}", count: 2000)
        #expect(throws: TeXError(message: "formula nested more than 32 deep", offset: 32, line: 1, column: 33)) {
            try mathML(fromTeX: tex, display: false)
        }
    }

    /// Every construct that nests counts toward one bound, and the error points at the level that exceeds it.
    @Test(arguments: nestings) func nestingIsBounded(_ nesting: Nesting) {
        let deepest = nesting.deepest()
        #expect(deepest >= 16 && deepest <= 32)
        let tex = nesting.make(deepest + 1)
        let error = #expect(throws: TeXError.self) { try mathML(fromTeX: tex, display: nesting.display) }
        #expect(error?.message == "formula nested more than 32 deep")
        if let error {
            #expect(tex.utf8.dropFirst(error.offset).starts(with: nesting.opener.utf8))
        }
    }

    /// The bound is low enough that the deepest formulas convert on a 512 KiB stack,
    /// what a secondary thread gets on macOS, in a debug build.
    @Test func deepestFormulasFitASmallStack() {
        let formulas = Self.nestings.map { ($0.make($0.deepest()), $0.display) }
        let failures = Failures()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            for (tex, display) in formulas {
                do {
                    _ = try mathML(fromTeX: tex, display: display)
                } catch {
                    failures.record("\(tex): \(error)")
                }
            }
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        #expect(failures.all.isEmpty)
    }

    /// The output grows linearly with the input; the costliest constructs
    /// (a row of `align` with its number cells, `&` in an alignment) write
    /// under 150 bytes per byte of TeX.
    @Test(arguments: [
        #"\begin{align}"# + String(repeating: #"\\"#, count: 1000) + #"x\end{align}"#,
        #"\begin{align}"# + String(repeating: #"&\\"#, count: 1000) + #"x\end{align}"#,
        #"\begin{align}"# + String(repeating: "&", count: 1000) + #"\end{align}"#,
        #"\begin{gather}"# + String(repeating: #"\\"#, count: 1000) + #"x\end{gather}"#,
        #"\begin{aligned}"# + String(repeating: "&", count: 1000) + #"\end{aligned}"#,
        #"\begin{cases}"# + String(repeating: "&", count: 1000) + #"\end{cases}"#,
        String(repeating: #"\\"#, count: 1000) + "x",
        String(repeating: "|", count: 1000),
        String(repeating: "~", count: 1000),
        String(repeating: "{}", count: 1000),
        String(repeating: #"\,"#, count: 1000),
        String(repeating: #"\binom12"#, count: 1000),
        String(repeating: #"\left.\right."#, count: 1000),
        "x" + String(repeating: "'", count: 1000),
        #"\text{"# + String(repeating: "~", count: 1000) + "}",
        #"x \tag*{"# + String(repeating: "&", count: 1000) + "}",
    ])
    func outputGrowsLinearly(_ tex: String) throws {
        let formula = try DisplayFormula(tex: tex)
        let numbers = formula.lines.map { _ in "99.99" }
        let ids = formula.lines.map { _ in "eq-x" }
        let given = (numbers + ids).reduce(0) { $0 + $1.utf8.count }
        let markup = formula.mathML(numbers: numbers, ids: ids)
        #expect(markup.utf8.count <= 150 * tex.utf8.count + given + 400)
    }
}

/// Messages collected on another thread.
final class Failures: Sendable {
    private let messages = Mutex<[String]>([])

    func record(_ message: String) {
        messages.withLock { $0.append(message) }
    }

    var all: [String] { messages.withLock { $0 } }
}
