import Foundation
import MathML
import Testing

/// A display formula and the lines it must report: label, shown tag (nil: takes a number), line:column.
struct Numbering: Sendable, CustomTestStringConvertible {
    let tex: String
    let numbered: Bool
    let lines: [EquationLine]

    init(_ tex: String, numbered: Bool = false, _ lines: [(label: String?, tag: EquationTag?, column: Int)]) {
        self.tex = tex
        self.numbered = numbered
        self.lines = lines.map { line in
            EquationLine(label: line.label, tag: line.tag, position: TeXPosition(offset: line.column - 1, line: 1, column: line.column))
        }
    }

    var testDescription: String { "$$\(tex)$$" + (numbered ? " {#id}" : "") }
}

private func tag(_ text: String) -> EquationTag { EquationTag(text: text, parenthesized: true) }

@Suite struct NumberingTests {
    static let numberings: [Numbering] = [
        Numbering("x", []),
        Numbering("x", numbered: true, [(nil, nil, 1)]),
        Numbering(#"x \label{eq:x}"#, [("eq:x", nil, 3)]),
        Numbering(#"x \\ y \label{b}"#, [("b", nil, 8)]),
        Numbering(#"x \tag{*}"#, [(nil, tag("*"), 1)]),
        Numbering(#"x \tag*{A} \label{a}"#, [("a", EquationTag(text: "A", parenthesized: false), 12)]),
        Numbering(#"x \nonumber"#, []),
        Numbering(#"\displaystyle x \tag{1}"#, [(nil, tag("1"), 1)]),
        Numbering(#"\begin{equation} x \end{equation}"#, [(nil, nil, 18)]),
        Numbering(#"\begin{equation} x \notag \end{equation}"#, []),
        Numbering(#"\begin{equation*} x \end{equation*}"#, []),
        Numbering(#"\begin{equation*} x \tag{2a} \label{two} \end{equation*}"#, [("two", tag("2a"), 30)]),
        Numbering(#"\begin{equation}\begin{split} a &= b \label{s} \\ &= c \end{split}\end{equation}"#, [("s", nil, 38)]),
        Numbering(#"\begin{align} a &= b \\ c &= d \nonumber \\ e &= f \label{f} \end{align}"#, [(nil, nil, 15), ("f", nil, 52)]),
        Numbering(#"\begin{align} a &= b \\ \end{align}"#, [(nil, nil, 15)]),
        Numbering(#"\begin{align} a &= b \\ \label{empty} \end{align}"#, [(nil, nil, 15), ("empty", nil, 25)]),
        Numbering(#"\begin{align*} a &= b \\ c &= d \tag{c} \end{align*}"#, [(nil, tag("c"), 26)]),
        Numbering(#"\begin{gather} a \\ b \end{gather}"#, [(nil, nil, 16), (nil, nil, 21)]),
        Numbering(#"\begin{gather*} a \\ b \end{gather*}"#, []),
        Numbering(#"\begin{align} a &= \begin{cases} 1 & x \\ 0 & y \end{cases} \label{c} \end{align}"#, [("c", nil, 61)]),
        Numbering(#"\begin{align} a &= b \end{align}"#, numbered: true, [(nil, nil, 15)]),
        // An id may name a tagged line: it needs something to show, not a number.
        Numbering(#"\begin{align*} a \\ b \tag{B} \end{align*}"#, numbered: true, [(nil, tag("B"), 21)]),
        Numbering(#"x \tag{A}"#, numbered: true, [(nil, tag("A"), 1)]),
    ]

    @Test(arguments: numberings) func linesFollowLaTeX(_ example: Numbering) throws {
        #expect(try DisplayFormula(tex: example.tex, numbered: example.numbered).lines == example.lines)
    }

    @Test func positionsCountLinesAndBytes() throws {
        let lines = try DisplayFormula(tex: "\\begin{align} é &= 1 \\\\\n  ü &= 2 \\label{u}\n\\end{align}").lines
        #expect(lines.map(\.position) == [TeXPosition(offset: 14, line: 1, column: 15), TeXPosition(offset: 35, line: 2, column: 11)])
    }

    @Test func aNumberedEquationIsAFullWidthTable() throws {
        let formula = try DisplayFormula(tex: #"\begin{equation} x = 1 \label{eq:one} \end{equation}"#)
        #expect(formula.mathML(numbers: ["5.2"], ids: ["eq-one"])
            == #"<math display="block"><semantics style="width: 100%"><mtable displaystyle="true" style="width: 100%">"#
            + #"<mtr id="eq-one"><mtd style="width: 50%; padding: 0"></mtd>"#
            + #"<mtd><mi>x</mi><mo>=</mo><mn>1</mn></mtd>"#
            + #"<mtd columnalign="right" style="width: 50%; padding: 0; text-align: -webkit-right"><mspace width="1em"/><mtext>(5.2)</mtext></mtd></mtr>"#
            + #"</mtable><annotation encoding="application/x-tex">\begin{equation} x = 1 \label{eq:one} \end{equation}</annotation></semantics></math>"#)
    }

    @Test func alignNumbersEachLineUnlessTold() throws {
        let formula = try DisplayFormula(tex: #"\begin{align} a &= b \\ &= c \nonumber \\ &= d \tag{*} \end{align}"#)
        #expect(formula.lines.map(\.takesNumber) == [true, false])
        let markup = formula.mathML(numbers: ["3", nil], ids: ["eq-a", "eq-d"])
        let pad = #"<mtd style="width: 50%; padding: 0"></mtd>"#
        let number = #"<mtd columnalign="right" style="width: 50%; padding: 0; text-align: -webkit-right">"#
        let right = #"<mtd columnalign="right" style="text-align: -webkit-right; padding-right: 0">"#
        let left = #"<mtd columnalign="left" style="text-align: -webkit-left; padding-left: 0">"#
        #expect(markup.contains(#"<mtable displaystyle="true" style="width: 100%">"#
            + #"<mtr id="eq-a">"# + pad + right + "<mi>a</mi></mtd>" + left + #"<mo form="infix">=</mo><mi>b</mi></mtd>"#
            + number + #"<mspace width="1em"/><mtext>(3)</mtext></mtd></mtr>"#
            + "<mtr>" + pad + right + "</mtd>" + left + #"<mo form="infix">=</mo><mi>c</mi></mtd>"# + number + "</mtd></mtr>"
            + #"<mtr id="eq-d">"# + pad + right + "</mtd>" + left + #"<mo form="infix">=</mo><mi>d</mi></mtd>"#
            + number + #"<mspace width="1em"/><mtext>(*)</mtext></mtd></mtr></mtable>"#))
    }

    @Test func tagsShowAsWritten() throws {
        let starred = try DisplayFormula(tex: #"x \tag*{ A&B }"#).mathML()
        #expect(starred.contains(#"<mspace width="1em"/><mtext>&#xA0;A&amp;B&#xA0;</mtext>"#))
        let plain = try DisplayFormula(tex: #"x \tag{**}"#).mathML(numbers: ["9"])
        #expect(plain.contains("<mtext>(**)</mtext>") && !plain.contains("(9)"))
    }

    @Test func idsAreEscaped() throws {
        let markup = try DisplayFormula(tex: "x", numbered: true).mathML(numbers: ["1"], ids: [#"a"b<c&"#])
        #expect(markup.contains(#"<mtr id="a&quot;b&lt;c&amp;">"#))
    }

    /// Without numbers or ids to show, a formula is written as before numbering existed.
    @Test func nothingToShowIsPlainDisplayMath() throws {
        let plain = try mathML(fromTeX: "x = 1", display: true)
        #expect(try DisplayFormula(tex: #"x = 1 \label{eq:x}"#).mathML() == plain.replacingOccurrences(of: "x = 1", with: #"x = 1 \label{eq:x}"#))
        #expect(try presentation(#"\begin{equation} x = 1 \end{equation}"#, display: true) == presentation("x = 1", display: true))
        #expect(try presentation(#"\begin{equation*} x = 1 \end{equation*}"#, display: true) == presentation("x = 1", display: true))
        #expect(try presentation(#"\begin{align*} a &= b \\ &= c \end{align*}"#, display: true)
            == presentation(#"\begin{aligned} a &= b \\ &= c \end{aligned}"#, display: true))
        #expect(try presentation(#"\begin{gather} a \\ b \end{gather}"#, display: true)
            == presentation(#"\begin{gathered} a \\ b \end{gathered}"#, display: true))
        // Entries beyond the lines are ignored; missing ones show nothing.
        #expect(try DisplayFormula(tex: "x").mathML(numbers: ["1"], ids: ["eq-x"]) == mathML(fromTeX: "x", display: true))
    }

    /// The one-step conversion shows tags, but has no numbers to show.
    @Test func mathMLFromTeXShowsTagsOnly() throws {
        let markup = try mathML(fromTeX: #"\begin{align} a &= b \\ c &= d \tag{T} \end{align}"#, display: true)
        #expect(markup.contains("<mtext>(T)</mtext>"))
        #expect(markup.components(separatedBy: "<mspace width=\"1em\"/>").count == 2)
    }

    static let mistakes: [Mistake] = [
        Mistake(#"x \label{a} \label{b}"#, #"a second \label on one line; \label{a} at column 3 already names it"#, column: 13),
        Mistake(#"\begin{align} a \label{a} \\ b \label{b} \label{c} \end{align}"#,
                #"a second \label on one line; \label{b} at column 32 already names it"#, column: 42),
        Mistake(#"x \tag{1} \tag{2}"#, "a second \\tag on one line; the first is at column 3", column: 11),
        Mistake(#"x \tag{1} \nonumber"#, #"\tag and \nonumber on one line; keep one"#, column: 11),
        Mistake(#"x \notag \tag{1}"#, #"\tag and \nonumber on one line; keep one"#, column: 10),
        Mistake(#"x \label{}"#, #"\label{} needs a key, such as \label{eq:soft-f1}"#, column: 3),
        Mistake(#"x \label{a b}"#, #"\label key with a space; use letters, digits and - _ : ."#, column: 11),
        Mistake(#"x \label{é}"#, #"\label key with 'é'; use letters, digits and - _ : ."#, column: 10),
        Mistake(#"x \label{a"#, "unbalanced brace: '{' at column 9 is never closed", column: 9),
        Mistake(#"x \label a"#, #"missing '{' after \label"#, column: 10),
        Mistake(#"x^\label{a}"#, "missing argument for ^", column: 3),
        Mistake(#"x \tag{ }"#, #"\tag needs a text, such as \tag{*}"#, column: 3),
        Mistake(#"x \tag{$y$}"#, #"math inside \tag{…} is not supported"#, column: 8),
        Mistake(#"{x \tag{1}}"#, #"\tag is not allowed inside braces or \left…\right; put it at the top level of its line"#, column: 4),
        Mistake(#"\frac{\tag{1}}{2}"#, #"\tag is not allowed inside braces or \left…\right; put it at the top level of its line"#, column: 7),
        Mistake(#"\begin{aligned} a \tag{1} \end{aligned}"#, #"\tag is not allowed inside aligned; put it at the top level of its line"#, column: 19),
        Mistake(#"\begin{equation}\begin{split} a \tag{1} \end{split}\end{equation}"#,
                #"\tag is not allowed inside split; put it at the top level of its line"#, column: 33),
        Mistake(#"x \label{a} \nonumber"#, #"\label{a} on a line with \nonumber; the line has no number for it to name"#, column: 3),
        Mistake(#"\begin{equation*} x \label{a} \end{equation*}"#,
                #"\label{a} in equation*, which numbers no line; number it, or give the line a \tag"#, column: 21),
        Mistake(#"\begin{align*} a \\ b \label{b} \end{align*}"#,
                #"\label{b} in align*, which numbers no line; number it, or give the line a \tag"#, column: 23),
        Mistake(#"x + \begin{align} a \end{align}"#, #"\begin{align} must be the whole formula; inside other math use \begin{aligned}"#, column: 5),
        Mistake(#"\begin{equation} \begin{equation} x \end{equation} \end{equation}"#,
                #"\begin{equation} must be the whole formula"#, column: 18),
        Mistake(#"\begin{align} a \end{align} x"#, #"\end{align} must end the formula; write what follows outside it"#, column: 29),
        Mistake(#"\begin{equation} a \\ b \end{equation}"#,
                #"'\\' in equation, which is one line; break lines inside split, or use align or gather"#, column: 20),
        Mistake(#"\begin{equation} a & b \end{equation}"#, "'&' in equation; line up inside split, or use align", column: 20),
        Mistake(#"\begin{gather} a & b \end{gather}"#, "'&' in gather, which has one column; use align to line up", column: 18),
        Mistake(#"\begin{equation} x \end{align}"#, #"\begin{equation} at column 1 ended by \end{align}"#, column: 20),
        Mistake(#"\begin{align} x"#, #"\begin{align} at column 1 has no matching \end{align}"#, column: 1),
    ]

    @Test(arguments: mistakes) func refusesWithPosition(_ mistake: Mistake) {
        let error = #expect(throws: TeXError.self) { try DisplayFormula(tex: mistake.tex) }
        #expect(error?.message == mistake.message)
        #expect(error?.line == mistake.line)
        #expect(error?.column == mistake.column)
    }

    static let inlineMistakes: [Mistake] = [
        Mistake(#"x \label{a}"#, #"\label in inline math; labels, tags and \nonumber belong to display formulas"#, column: 3),
        Mistake(#"x \tag{1}"#, #"\tag in inline math; labels, tags and \nonumber belong to display formulas"#, column: 3),
        Mistake(#"x \nonumber"#, #"\nonumber in inline math; labels, tags and \nonumber belong to display formulas"#, column: 3),
        Mistake(#"\begin{equation} x \end{equation}"#, #"\begin{equation} is display math; it cannot stand in inline math"#, column: 1),
        Mistake(#"a \begin{align*} x \end{align*}"#, #"\begin{align*} is display math; it cannot stand in inline math"#, column: 3),
    ]

    @Test(arguments: inlineMistakes) func inlineMathHasNoNumbers(_ mistake: Mistake) {
        let error = #expect(throws: TeXError.self) { try mathML(fromTeX: mistake.tex, display: false) }
        #expect(error?.message == mistake.message)
        #expect(error?.column == mistake.column)
    }

    /// An id (`$$…$$ {#eq-x}`) asks for a number that the formula must be able to show.
    static let unnumberable: [Mistake] = [
        Mistake(#"x \nonumber"#, #"\nonumber in a formula that has an id, which asks for a number"#, column: 3),
        Mistake(#"\begin{align*} a \\ b \end{align*}"#,
                "the formula has an id, so it needs a number, but no line of align* shows one or a tag", column: 1),
        Mistake(#"\begin{equation} x \nonumber \end{equation}"#,
                "the formula has an id, so it needs a number, but no line of equation shows one or a tag", column: 1),
    ]

    @Test(arguments: unnumberable) func anIdNeedsANumber(_ mistake: Mistake) {
        let error = #expect(throws: TeXError.self) { try DisplayFormula(tex: mistake.tex, numbered: true) }
        #expect(error?.message == mistake.message)
        #expect(error?.column == mistake.column)
    }
}
