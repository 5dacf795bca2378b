import Bibliography
import Testing

/// LaTeX in field values to Unicode, with case protection and emphasis.
@Suite struct LaTeXTests {
    static let conversions: [(String, String)] = [
        (#"Caf\'e"#, "Café"), (#"{\"o}"#, "ö"), (#"\"{o}"#, "ö"), (#"\c{c}"#, "ç"), (#"\v{s}"#, "š"),
        (#"\ss"#, "ß"), (#"\o"#, "ø"), (#"\aa"#, "å"), (#"\AA"#, "Å"), (#"\l"#, "ł"), (#"\L"#, "Ł"), (#"\i"#, "ı"),
        (#"\'\i"#, "í"), (#"\'{\i}"#, "í"), (#"\H{o}"#, "ő"), (#"\k{a}"#, "ą"), (#"\r{u}"#, "ů"), (#"\u{g}"#, "ğ"),
        (#"\={a}"#, "ā"), (#"\.{z}"#, "ż"), (#"\d{s}"#, "ṣ"), (#"\~n"#, "ñ"), (#"\^o"#, "ô"), (#"\`a"#, "à"),
        (#"\'{\"u}"#, "ǘ"), (#"\c C"#, "Ç"), (#"\v{x}"#, "x\u{30C}"),
        (#"\&"#, "&"), (#"\%"#, "%"), (#"\$"#, "$"), (##"\#"##, "#"), (#"\_"#, "_"), (#"\{\}"#, "{}"),
        ("1--2", "1–2"), ("a---b", "a—b"), ("a-b", "a-b"), ("a~b", "a\u{A0}b"), ("``quoted''", "“quoted”"),
        // A control word swallows the spaces after it, as in TeX.
        (#"\o \aa"#, "øå"), (#"\ss{} x"#, "ß x"), (#"\L ukasz"#, "Łukasz"),
        (#"\foo{bar} baz"#, "bar baz"), (#"\foo"#, ""), (#"\foo{a}{b}"#, "ab"), (#"a\"#, "a"),
        (#"$F_1$ and $x^{10}$"#, "F₁ and x¹⁰"), (#"$\alpha$-divergence, $\ell_1$"#, "α-divergence, ℓ₁"),
        (#"\url{http://x.org/~a_b--c}"#, "http://x.org/~a_b--c"), (#"\href{http://x.org}{the site}"#, "the site"),
        (#"\LaTeX{} and \TeX"#, "LaTeX and TeX"), (#"{\noopsort{a}}Zeta"#, "Zeta"),
        ("stray } brace", "stray brace"), ("unclosed { brace", "unclosed brace"), ("  spaced   out  ", "spaced out"),
    ]

    @Test func convertsAccentsLettersAndPunctuation() {
        for (latex, unicode) in Self.conversions {
            let plain = FieldText(latex: latex).plain
            #expect(plain.unicodeScalars.elementsEqual(unicode.unicodeScalars), "\(latex) → \(plain)")
        }
    }

    @Test func bracesProtectCaseButSpecialLettersDoNot() {
        #expect(FieldText(latex: #"Only {B}ayes and {SSIM}, {\'E}cole"#).runs == [
            .init("Only "), .init("B", isProtected: true), .init("ayes and "), .init("SSIM", isProtected: true),
            .init(", École"),
        ])
        #expect(FieldText(latex: #"\'{E}cole $F_1$"#).runs == [
            .init("É", isProtected: true), .init("cole "), .init("F₁", isProtected: true),
        ])
    }

    @Test func emphasisBecomesStyledRuns() {
        #expect(FieldText(latex: #"The \emph{Iris} data and {\em fast} {\bf bold} \textbf{Loss}"#).runs == [
            .init("The "), .init("Iris", isProtected: true, style: .italic), .init(" data and "),
            .init("fast", style: .italic), .init(" "), .init("bold", style: .bold), .init(" "),
            .init("Loss", isProtected: true, style: .bold),
        ])
        #expect(FieldText(latex: #"\textsc{Mnist} \texttt{x}"#).runs == [.init("Mnist", isProtected: true), .init(" "), .init("x", isProtected: true)])
    }

    @Test func sentenceCaseKeepsProtectedTextAndTheWordAfterAColon() {
        let title = FieldText(latex: #"The {Lov\'asz}-{Softmax} Loss: A Tractable {SSIM} Surrogate for {B}ayes, \'Ecole and {\'E}cole"#)
        #expect(title.sentenceCased().plain == "The Lovász-Softmax loss: A tractable SSIM surrogate for Bayes, école and école")
        #expect(FieldText(latex: "\"Quoted\" Title: Colon:Not A Space").sentenceCased().plain == "\"Quoted\" title: Colon:not a space")
        #expect(FieldText(latex: #"{$k$-Means++}: The {$F_1$} Score and $F_\beta$"#).sentenceCased().plain == "k-Means++: The F₁ score and Fβ")
    }

    @Test func htmlEscapesAndMarksStyles() {
        let text = FieldText(latex: #"Pride \& <Prejudice> in \emph{Homo sapiens} and \textbf{bold}"#)
        #expect(text.html() == "Pride &amp; &lt;Prejudice&gt; in <i>Homo sapiens</i> and <b>bold</b>")
        #expect(text.html(italic: true) == "<i>Pride &amp; &lt;Prejudice&gt; in </i>Homo sapiens<i> and <b>bold</b></i>")
    }

    @Test func deepNestingIsNotRecursion() {
        let depth = 100_000
        let latex = String(repeating: #"\'{"#, count: depth) + "e" + String(repeating: "}", count: depth)
        let scalars = FieldText(latex: latex).plain.unicodeScalars
        #expect(scalars.first == "é")
        #expect(scalars.dropFirst().allSatisfy { $0 == "\u{301}" } && scalars.count <= 6)
    }
}
