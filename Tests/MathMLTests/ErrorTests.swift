import MathML
import Testing

/// A formula that must be refused, with the message and where it points.
struct Mistake: Sendable, CustomTestStringConvertible {
    let tex: String
    let message: String
    let line: Int
    let column: Int

    init(_ tex: String, _ message: String, line: Int = 1, column: Int) {
        self.tex = tex
        self.message = message
        self.line = line
        self.column = column
    }

    var testDescription: String { tex }
}

@Suite struct ErrorTests {
    static let mistakes: [Mistake] = [
        Mistake(#"\foo"#, #"unknown command \foo"#, column: 1),
        Mistake(#"x + \foo{y}"#, #"unknown command \foo"#, column: 5),
        Mistake(#"\text{a \bar}"#, #"unknown command \bar in text"#, column: 9),
        Mistake(#"\frac{a}{b"#, "unbalanced brace: '{' at column 9 is never closed", column: 9),
        Mistake(#"\text{abc"#, "unbalanced brace: '{' at column 6 is never closed", column: 6),
        Mistake("a}", "unbalanced brace: '}' has no matching '{'", column: 2),
        Mistake(#"\begin{cases} {a \end{cases}"#, "unbalanced brace: '{' at column 15 is never closed", column: 15),
        Mistake(#"\left( x"#, #"\left at column 1 has no matching \right"#, column: 1),
        Mistake(#"{\left( x}"#, #"\left at column 2 has no matching \right"#, column: 2),
        Mistake(#"x \right)"#, #"\right without a matching \left"#, column: 3),
        Mistake(#"\left x \right)"#, #"\left must be followed by a delimiter such as ( [ \{ | or ., not x"#, column: 7),
        Mistake(#"\begin{foo} x \end{foo}"#, "unknown environment 'foo'", column: 1),
        Mistake(#"\begin{cases} x"#, #"\begin{cases} at column 1 has no matching \end{cases}"#, column: 1),
        Mistake(#"\begin{cases} x \end{matrix}"#, #"\begin{cases} at column 1 ended by \end{matrix}"#, column: 17),
        Mistake(#"\end{cases}"#, #"\end without a matching \begin"#, column: 1),
        Mistake(#"\begin{array}{lx} a \end{array}"#, "unsupported array column 'x'; use l, c or r", column: 16),
        Mistake(#"\frac{a}"#, #"missing argument for \frac"#, column: 9),
        Mistake(#"\sqrt"#, #"missing argument for \sqrt"#, column: 6),
        Mistake(#"\sqrt[3{x}"#, "'[' at column 6 is never closed", column: 6),
        Mistake("x^", "missing argument for ^", column: 3),
        Mistake("x_}", "missing argument for _", column: 3),
        Mistake("x^1^2", "double superscript", column: 4),
        Mistake("x_1_2", "double subscript", column: 4),
        Mistake("x^2'", "double superscript: a prime after a superscript", column: 4),
        Mistake("a & b", "'&' outside an environment such as aligned or cases", column: 3),
        Mistake(#"{a \\ b}"#, #"'\\' inside braces or \left…\right; lines can only break at the top or in an environment"#, column: 4),
        Mistake(#"x\limits_1"#, #"\limits must follow a large operator such as \sum"#, column: 2),
        Mistake(#"\not x"#, #"\not must be followed by a relation such as = or \in"#, column: 6),
        Mistake("a $ b", "unexpected character '$'", column: 3),
        Mistake(#"\text{$x$}"#, #"math inside \text{…} is not supported"#, column: 7),
        Mistake(#"x \"#, #"'\' at the end of the formula"#, column: 3),
        // Columns count UTF-8 bytes, as cmark and the Swift compiler do: é and ü take two each.
        Mistake("é + \\foo", #"unknown command \foo"#, column: 6),
        Mistake("é + ü + \\foo", #"unknown command \foo"#, column: 11),
        Mistake("🙂 {", "unbalanced brace: '{' at column 6 is never closed", column: 6),
        Mistake("a +\n  \\foo", #"unknown command \foo"#, line: 2, column: 3),
        Mistake("\\frac{a}{b}\r\n{x", "unbalanced brace: '{' at line 2, column 1 is never closed", line: 2, column: 1),
    ]

    @Test(arguments: mistakes) func refusesWithPosition(_ mistake: Mistake) {
        let error = #expect(throws: TeXError.self) { try mathML(fromTeX: mistake.tex, display: false) }
        #expect(error?.message == mistake.message)
        #expect(error?.line == mistake.line)
        #expect(error?.column == mistake.column)
    }

    @Test func offsetCountsBytesAndDescriptionReadsLikeACompiler() {
        #expect(throws: TeXError(message: #"unknown command \foo"#, offset: 6, line: 2, column: 3)) {
            try mathML(fromTeX: "a +\n  \\foo", display: false)
        }
        #expect(throws: TeXError(message: #"unknown command \foo"#, offset: 9, line: 2, column: 4)) {
            try mathML(fromTeX: "é +\r\nü \\foo", display: true)
        }
        let error = TeXError(message: "double subscript", offset: 3, line: 1, column: 4)
        #expect(error.description == "1:4: double subscript")
    }
}
