import MathML
import Testing

/// The presentation markup of a formula: what sits between `<semantics>` and `<annotation`.
func presentation(_ tex: String, display: Bool = false) throws -> String {
    let markup = try mathML(fromTeX: tex, display: display)
    let open = display ? "<math display=\"block\"><semantics>" : "<math><semantics>"
    #expect(markup.hasPrefix(open))
    guard let annotation = markup.firstRange(of: "<annotation") else {
        Issue.record("no annotation in \(markup)")
        return markup
    }
    return String(markup[markup.index(markup.startIndex, offsetBy: open.count)..<annotation.lowerBound])
}

/// One input and the exact markup it must give.
struct Case: Sendable, CustomTestStringConvertible {
    let tex: String
    let display: Bool
    let markup: String

    init(_ tex: String, display: Bool = false, _ markup: String) {
        self.tex = tex
        self.display = display
        self.markup = markup
    }

    var testDescription: String { display ? "$$\(tex)$$" : "$\(tex)$" }
}

@Suite struct ConversionTests {
    @Test func wrapsInSemanticsWithTheSource() throws {
        #expect(try mathML(fromTeX: "  x^2 ", display: false)
            == #"<math><semantics><msup><mi>x</mi><mn>2</mn></msup><annotation encoding="application/x-tex">x^2</annotation></semantics></math>"#)
        #expect(try mathML(fromTeX: "a", display: true)
            == #"<math display="block"><semantics><mi>a</mi><annotation encoding="application/x-tex">a</annotation></semantics></math>"#)
    }

    @Test func escapesMarkupCharacters() throws {
        #expect(try mathML(fromTeX: #"a<b \& \text{<b>&}"#, display: false)
            == #"<math><semantics><mrow><mi>a</mi><mo>&lt;</mo><mi>b</mi><mi>&amp;</mi><mtext>&lt;b&gt;&amp;</mtext></mrow>"#
            + #"<annotation encoding="application/x-tex">a&lt;b \&amp; \text{&lt;b&gt;&amp;}</annotation></semantics></math>"#)
        #expect(try presentation("c > d") == "<mrow><mi>c</mi><mo>&gt;</mo><mi>d</mi></mrow>")
    }

    @Test func sameInputSameBytes() throws {
        let tex = #"\sum_{i=1}^n \mathbb{1}[\hat{y}_i > 0.5] \cdot \begin{cases} 1 & x \\ 0 & y \end{cases}"#
        let first = try mathML(fromTeX: tex, display: true)
        for _ in 0..<3 { #expect(try mathML(fromTeX: tex, display: true) == first) }
    }

    static let atoms: [Case] = [
        Case("x", "<mi>x</mi>"),
        Case("0.5", "<mn>0.5</mn>"),
        Case("x + 12.25", "<mrow><mi>x</mi><mo>+</mo><mn>12.25</mn></mrow>"),
        Case("1.", "<mrow><mn>1</mn><mo lspace=\"0\" rspace=\"0\">.</mo></mrow>"),
        Case("a - b", "<mrow><mi>a</mi><mo>−</mo><mi>b</mi></mrow>"),
        Case("a = -b", "<mrow><mi>a</mi><mo>=</mo><mo form=\"prefix\">−</mo><mi>b</mi></mrow>"),
        Case("(-z)", "<mrow><mo stretchy=\"false\">(</mo><mo form=\"prefix\">−</mo><mi>z</mi><mo stretchy=\"false\">)</mo></mrow>"),
        Case("x := 1", "<mrow><mi>x</mi><mo>:=</mo><mn>1</mn></mrow>"),
        Case("a / b", "<mrow><mi>a</mi><mo stretchy=\"false\" lspace=\"0\" rspace=\"0\">/</mo><mi>b</mi></mrow>"),
        Case(#"\alpha\Gamma"#, "<mrow><mi>α</mi><mi mathvariant=\"normal\">Γ</mi></mrow>"),
        Case(#"\varepsilon\ell\sigma"#, "<mrow><mi>ε</mi><mi>ℓ</mi><mi>σ</mi></mrow>"),
        Case(#"\nabla\partial\infty"#, "<mrow><mi mathvariant=\"normal\">∇</mi><mi>∂</mi><mi>∞</mi></mrow>"),
        Case(#"a \le b \leq c \ge d \geq e \ne f \neq g"#,
             "<mrow><mi>a</mi><mo>≤</mo><mi>b</mi><mo>≤</mo><mi>c</mi><mo>≥</mo><mi>d</mi><mo>≥</mo><mi>e</mi><mo>≠</mo><mi>f</mi><mo>≠</mo><mi>g</mi></mrow>"),
        Case(#"a \in A \notin B \subset C \subseteq D \cup E \cap F \setminus G"#,
             "<mrow><mi>a</mi><mo>∈</mo><mi>A</mi><mo>∉</mo><mi>B</mi><mo>⊂</mo><mi>C</mi><mo>⊆</mo><mi>D</mi><mo>∪</mo><mi>E</mi><mo>∩</mo><mi>F</mi><mo>∖</mo><mi>G</mi></mrow>"),
        Case(#"\to\mapsto\rightarrow\Rightarrow\iff"#, "<mrow><mo>→</mo><mo>↦</mo><mo>→</mo><mo>⇒</mo><mo>⟺</mo></mrow>"),
        Case(#"a \cdot b \times c \pm d \approx e \sim f \propto g \star h \ast i \circ j"#,
             "<mrow><mi>a</mi><mo>⋅</mo><mi>b</mi><mo>×</mo><mi>c</mi><mo>±</mo><mi>d</mi><mo>≈</mo><mi>e</mi><mo>∼</mo><mi>f</mi>"
                + "<mo>∝</mo><mi>g</mi><mo>⋆</mo><mi>h</mi><mo>∗</mo><mi>i</mi><mo>∘</mo><mi>j</mi></mrow>"),
        Case(#"\pm 1"#, "<mrow><mo>±</mo><mn>1</mn></mrow>"),
        Case(#"\ldots\cdots\dots"#, "<mrow><mo>…</mo><mo>⋯</mo><mo>…</mo></mrow>"),
        Case(#"\not= \not\in"#, "<mrow><mo>≠</mo><mo>∉</mo></mrow>"),
        Case(#"a\,b\;c\!d\quad e\qquad f"#,
             "<mrow><mi>a</mi><mspace width=\"0.1667em\"/><mi>b</mi><mspace width=\"0.2778em\"/><mi>c</mi><mspace width=\"-0.1667em\"/><mi>d</mi><mspace width=\"1em\"/><mi>e</mi><mspace width=\"2em\"/><mi>f</mi></mrow>"),
    ]

    @Test(arguments: atoms) func symbolsAndNumbers(_ example: Case) throws {
        #expect(try presentation(example.tex, display: example.display) == example.markup)
    }

    static let fractionsAndRoots: [Case] = [
        Case(#"\frac{a}{b}"#, "<mfrac><mi>a</mi><mi>b</mi></mfrac>"),
        Case(#"\dfrac{a}{b}"#, "<mstyle displaystyle=\"true\"><mfrac><mi>a</mi><mi>b</mi></mfrac></mstyle>"),
        Case(#"\tfrac12"#, "<mstyle displaystyle=\"false\"><mfrac><mn>1</mn><mn>2</mn></mfrac></mstyle>"),
        Case(#"\frac\alpha2"#, "<mfrac><mi>α</mi><mn>2</mn></mfrac>"),
        Case(#"\binom{n}{k}"#,
             "<mrow><mo stretchy=\"true\">(</mo><mfrac linethickness=\"0\"><mi>n</mi><mi>k</mi></mfrac><mo stretchy=\"true\">)</mo></mrow>"),
        Case(#"\sqrt{x}"#, "<msqrt><mi>x</mi></msqrt>"),
        Case(#"\sqrt[3]{x+1}"#, "<mroot><mrow><mi>x</mi><mo>+</mo><mn>1</mn></mrow><mn>3</mn></mroot>"),
    ]

    @Test(arguments: fractionsAndRoots) func fractionsAndRootsNest(_ example: Case) throws {
        #expect(try presentation(example.tex, display: example.display) == example.markup)
    }

    static let scripts: [Case] = [
        Case("x_i^2", "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>"),
        Case("x^{10}", "<msup><mi>x</mi><mn>10</mn></msup>"),
        Case("x^10", "<mrow><msup><mi>x</mi><mn>1</mn></msup><mn>0</mn></mrow>"),
        Case("f'(x)", "<mrow><mrow><mi>f</mi><mo>′</mo></mrow><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo></mrow>"),
        Case("f''", "<mrow><mi>f</mi><mo>″</mo></mrow>"),
        Case("g'^2", "<msup><mrow><mi>g</mi><mo>′</mo></mrow><mn>2</mn></msup>"),
        Case(#"x^\prime"#, "<mrow><mi>x</mi><mo>′</mo></mrow>"),
        Case(#"\hat{y}^{(i)}"#,
             "<msup><mover accent=\"true\"><mi>y</mi><mo stretchy=\"false\">^</mo></mover><mrow><mo stretchy=\"false\">(</mo><mi>i</mi><mo stretchy=\"false\">)</mo></mrow></msup>"),
        Case(#"W^\top"#, "<msup><mi>W</mi><mi>⊤</mi></msup>"),
        Case("^2", "<msup><mrow></mrow><mn>2</mn></msup>"),
    ]

    @Test(arguments: scripts) func subAndSuperscripts(_ example: Case) throws {
        #expect(try presentation(example.tex, display: example.display) == example.markup)
    }

    static let limits: [Case] = [
        Case(#"\sum_{i=1}^n x_i"#, display: true,
             "<mrow><munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover><msub><mi>x</mi><mi>i</mi></msub></mrow>"),
        Case(#"\sum_{i=1}^n x_i"#,
             "<mrow><msubsup><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></msubsup><msub><mi>x</mi><mi>i</mi></msub></mrow>"),
        Case(#"\frac{\sum_i x}{2}"#, display: true,
             "<mfrac><mrow><msub><mo>∑</mo><mi>i</mi></msub><mi>x</mi></mrow><mn>2</mn></mfrac>"),
        Case(#"\sum\limits_i x"#, "<mrow><munder><mo>∑</mo><mi>i</mi></munder><mi>x</mi></mrow>"),
        Case(#"\sum\nolimits_i x"#, display: true, "<mrow><msub><mo>∑</mo><mi>i</mi></msub><mi>x</mi></mrow>"),
        Case(#"\int_0^1 f"#, display: true, "<mrow><msubsup><mo>∫</mo><mn>0</mn><mn>1</mn></msubsup><mi>f</mi></mrow>"),
        Case(#"\prod_k p_k"#, display: true, "<mrow><munder><mo>∏</mo><mi>k</mi></munder><msub><mi>p</mi><mi>k</mi></msub></mrow>"),
        Case(#"\lim_{h \to 0} f"#, display: true,
             "<mrow><munder><mi>lim</mi><mrow><mi>h</mi><mo>→</mo><mn>0</mn></mrow></munder><mspace width=\"0.1667em\"/><mi>f</mi></mrow>"),
        Case(#"\lim_{h \to 0} f"#,
             "<mrow><msub><mi>lim</mi><mrow><mi>h</mi><mo>→</mo><mn>0</mn></mrow></msub><mspace width=\"0.1667em\"/><mi>f</mi></mrow>"),
        Case(#"\max_{k \ne y} f_k"#, display: true,
             "<mrow><munder><mi>max</mi><mrow><mi>k</mi><mo>≠</mo><mi>y</mi></mrow></munder><mspace width=\"0.1667em\"/><msub><mi>f</mi><mi>k</mi></msub></mrow>"),
        Case(#"\min_f \max_{\lambda \ge 0}"#, display: true,
             "<mrow><munder><mi>min</mi><mi>f</mi></munder><mspace width=\"0.1667em\"/><munder><mi>max</mi><mrow><mi>λ</mi><mo>≥</mo><mn>0</mn></mrow></munder></mrow>"),
        Case(#"\operatorname*{arg\,max}_\theta L"#, display: true,
             "<mrow><munder><mrow><mi>arg</mi><mspace width=\"0.1667em\"/><mi>max</mi></mrow><mi>θ</mi></munder><mspace width=\"0.1667em\"/><mi>L</mi></mrow>"),
        Case(#"\underbrace{a}_{n}"#, "<munder><munder><mi>a</mi><mo stretchy=\"true\">⏟</mo></munder><mi>n</mi></munder>"),
        Case(#"\overbrace{a}^{n}"#, "<mover><mover><mi>a</mi><mo stretchy=\"true\">⏞</mo></mover><mi>n</mi></mover>"),
        Case(#"\displaystyle\sum_i x"#, "<mstyle displaystyle=\"true\"><munder><mo>∑</mo><mi>i</mi></munder><mi>x</mi></mstyle>"),
    ]

    @Test(arguments: limits) func limitsFollowTheStyle(_ example: Case) throws {
        #expect(try presentation(example.tex, display: example.display) == example.markup)
    }

    static let operatorNames: [Case] = [
        Case(#"\log x"#, "<mrow><mi>log</mi><mspace width=\"0.1667em\"/><mi>x</mi></mrow>"),
        Case(#"2\ln n"#, "<mrow><mn>2</mn><mspace width=\"0.1667em\"/><mi>ln</mi><mspace width=\"0.1667em\"/><mi>n</mi></mrow>"),
        Case(#"\exp(x)"#, "<mrow><mi>exp</mi><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo></mrow>"),
        Case(#"\sin^2\theta"#, "<mrow><msup><mi>sin</mi><mn>2</mn></msup><mspace width=\"0.1667em\"/><mi>θ</mi></mrow>"),
        Case(#"f(x)\cos y"#,
             "<mrow><mi>f</mi><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo><mspace width=\"0.1667em\"/><mi>cos</mi><mspace width=\"0.1667em\"/><mi>y</mi></mrow>"),
        Case(#"\arg\min"#, "<mrow><mi>arg</mi><mspace width=\"0.1667em\"/><mi>min</mi></mrow>"),
        Case(#"\operatorname{clip}(x)"#, "<mrow><mi>clip</mi><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo></mrow>"),
        Case(#"\max(a, b)"#, "<mrow><mi>max</mi><mo stretchy=\"false\">(</mo><mi>a</mi><mo>,</mo><mi>b</mi><mo stretchy=\"false\">)</mo></mrow>"),
    ]

    @Test(arguments: operatorNames) func operatorNamesAreUprightAndSpaced(_ example: Case) throws {
        #expect(try presentation(example.tex, display: example.display) == example.markup)
    }

    static let fonts: [Case] = [
        Case(#"\mathbf{x}\mathbf{W}\mathbf{0}"#, "<mrow><mi>𝐱</mi><mi>𝐖</mi><mn>𝟎</mn></mrow>"),
        Case(#"\mathbb{R}^n"#, "<msup><mi>ℝ</mi><mi>n</mi></msup>"),
        Case(#"\mathbb{1}\mathbb E"#, "<mrow><mn>𝟙</mn><mi>𝔼</mi></mrow>"),
        Case(#"\mathcal{L}\mathcal{A}"#, "<mrow><mi>ℒ</mi><mi>𝒜</mi></mrow>"),
        Case(#"\mathrm{TP}"#, "<mi>TP</mi>"),
        Case(#"\mathrm{d}x"#, "<mrow><mi mathvariant=\"normal\">d</mi><mi>x</mi></mrow>"),
        Case(#"\boldsymbol{\theta}"#, "<mi>𝜽</mi>"),
        Case(#"\mathfrak{g}\mathsf{A}\mathtt{x}"#, "<mrow><mi>𝔤</mi><mi>𝖠</mi><mi>𝚡</mi></mrow>"),
        Case(#"\text{if } x"#, "<mrow><mtext>if&#xA0;</mtext><mi>x</mi></mrow>"),
        Case(#"\text{Soft  TP}"#, "<mtext>Soft TP</mtext>"),
        Case(#"\text{ a \{b\} }"#, "<mtext>&#xA0;a {b}&#xA0;</mtext>"),
    ]

    @Test(arguments: fonts) func fontsAndText(_ example: Case) throws {
        #expect(try presentation(example.tex, display: example.display) == example.markup)
    }

    static let delimiters: [Case] = [
        Case(#"\left( \frac{a}{b} \right)"#,
             "<mrow><mo stretchy=\"true\">(</mo><mfrac><mi>a</mi><mi>b</mi></mfrac><mo stretchy=\"true\">)</mo></mrow>"),
        Case(#"\left. x \right|_0"#, "<msub><mrow><mi>x</mi><mo stretchy=\"true\">|</mo></mrow><mn>0</mn></msub>"),
        Case(#"\left\{ x \middle| y \right\}"#,
             "<mrow><mo stretchy=\"true\">{</mo><mi>x</mi><mo stretchy=\"true\">|</mo><mi>y</mi><mo stretchy=\"true\">}</mo></mrow>"),
        Case(#"\left\langle u \right\rangle"#, "<mrow><mo stretchy=\"true\">⟨</mo><mi>u</mi><mo stretchy=\"true\">⟩</mo></mrow>"),
        Case(#"\left\| w \right\|"#, "<mrow><mo stretchy=\"true\">‖</mo><mi>w</mi><mo stretchy=\"true\">‖</mo></mrow>"),
        Case(#"\left[ x \right]"#, "<mrow><mo stretchy=\"true\">[</mo><mi>x</mi><mo stretchy=\"true\">]</mo></mrow>"),
        Case(#"\big( x \big)"#,
             "<mrow><mo stretchy=\"true\" minsize=\"1.2em\" maxsize=\"1.2em\">(</mo><mi>x</mi><mo stretchy=\"true\" minsize=\"1.2em\" maxsize=\"1.2em\">)</mo></mrow>"),
        Case(#"\Bigl[ x \Bigr]"#,
             "<mrow><mo form=\"prefix\" stretchy=\"true\" minsize=\"1.8em\" maxsize=\"1.8em\">[</mo><mi>x</mi><mo form=\"postfix\" stretchy=\"true\" minsize=\"1.8em\" maxsize=\"1.8em\">]</mo></mrow>"),
        Case("|x|", "<mrow><mo stretchy=\"false\" lspace=\"0\" rspace=\"0\">|</mo><mi>x</mi><mo stretchy=\"false\" lspace=\"0\" rspace=\"0\">|</mo></mrow>"),
        Case(#"\|x\|"#, "<mrow><mo stretchy=\"false\" lspace=\"0\" rspace=\"0\">‖</mo><mi>x</mi><mo stretchy=\"false\" lspace=\"0\" rspace=\"0\">‖</mo></mrow>"),
        Case(#"\lvert x \rvert \lVert y \rVert"#,
             "<mrow><mo form=\"prefix\" stretchy=\"false\">|</mo><mi>x</mi><mo form=\"postfix\" stretchy=\"false\">|</mo><mo form=\"prefix\" stretchy=\"false\">‖</mo><mi>y</mi><mo form=\"postfix\" stretchy=\"false\">‖</mo></mrow>"),
        Case(#"\langle u, v \rangle"#,
             "<mrow><mo stretchy=\"false\">⟨</mo><mi>u</mi><mo>,</mo><mi>v</mi><mo stretchy=\"false\">⟩</mo></mrow>"),
        Case(#"\{1\}"#, "<mrow><mo stretchy=\"false\">{</mo><mn>1</mn><mo stretchy=\"false\">}</mo></mrow>"),
    ]

    @Test(arguments: delimiters) func delimitersStretchOnlyWhenAsked(_ example: Case) throws {
        #expect(try presentation(example.tex, display: example.display) == example.markup)
    }

    static let accents: [Case] = [
        Case(#"\hat{x}"#, "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">^</mo></mover>"),
        Case(#"\widehat{xy}"#, "<mover accent=\"true\"><mrow><mi>x</mi><mi>y</mi></mrow><mo stretchy=\"true\">&#x302;</mo></mover>"),
        Case(#"\tilde x"#, "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">~</mo></mover>"),
        Case(#"\widetilde{xy}"#, "<mover accent=\"true\"><mrow><mi>x</mi><mi>y</mi></mrow><mo stretchy=\"true\">~</mo></mover>"),
        Case(#"\bar{x}"#, "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">¯</mo></mover>"),
        Case(#"\vec{v}"#, "<mover accent=\"true\"><mi>v</mi><mo stretchy=\"false\" mathsize=\"70%\">→</mo></mover>"),
        Case(#"\overline{x+y}"#,
             "<mrow style=\"border-top: 0.05em solid; padding-top: 0.1em\"><mi>x</mi><mo>+</mo><mi>y</mi></mrow>"),
        Case(#"\underline{x}"#, "<mrow style=\"border-bottom: 0.05em solid; padding-bottom: 0.1em\"><mi>x</mi></mrow>"),
        Case(#"\boxed{x}"#, "<mrow style=\"border: 0.05em solid; padding: 0.2em 0.3em\"><mi>x</mi></mrow>"),
        Case(#"x \mathrel{+}= 1"#, "<mrow><mi>x</mi><mo>+</mo><mo>=</mo><mn>1</mn></mrow>"),
    ]

    @Test(arguments: accents) func accentsAndRules(_ example: Case) throws {
        #expect(try presentation(example.tex, display: example.display) == example.markup)
    }

    static let environments: [Case] = [
        Case(#"\begin{cases} 1 & x \\ 0 & y \end{cases}"#,
             "<mrow><mo stretchy=\"true\">{</mo><mtable>"
                + "<mtr><mtd columnalign=\"left\" style=\"text-align: -webkit-left\"><mn>1</mn></mtd><mtd columnalign=\"left\" style=\"text-align: -webkit-left\"><mi>x</mi></mtd></mtr>"
                + "<mtr><mtd columnalign=\"left\" style=\"text-align: -webkit-left\"><mn>0</mn></mtd><mtd columnalign=\"left\" style=\"text-align: -webkit-left\"><mi>y</mi></mtd></mtr>"
                + "</mtable></mrow>"),
        Case(#"\begin{pmatrix} a & b \end{pmatrix}"#,
             "<mrow><mo stretchy=\"true\">(</mo><mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr></mtable><mo stretchy=\"true\">)</mo></mrow>"),
        Case(#"\begin{bmatrix} a \\ b \\ \end{bmatrix}"#,
             "<mrow><mo stretchy=\"true\">[</mo><mtable><mtr><mtd><mi>a</mi></mtd></mtr><mtr><mtd><mi>b</mi></mtd></mtr></mtable><mo stretchy=\"true\">]</mo></mrow>"),
        Case(#"\begin{aligned} a &= b \\ &+ c \end{aligned}"#,
             "<mtable displaystyle=\"true\">"
                + "<mtr><mtd columnalign=\"right\" style=\"text-align: -webkit-right; padding-right: 0\"><mi>a</mi></mtd>"
                + "<mtd columnalign=\"left\" style=\"text-align: -webkit-left; padding-left: 0\"><mo form=\"infix\">=</mo><mi>b</mi></mtd></mtr>"
                + "<mtr><mtd columnalign=\"right\" style=\"text-align: -webkit-right; padding-right: 0\"></mtd>"
                + "<mtd columnalign=\"left\" style=\"text-align: -webkit-left; padding-left: 0\"><mo form=\"infix\">+</mo><mi>c</mi></mtd></mtr>"
                + "</mtable>"),
        Case(#"\begin{array}{lr} a & b \end{array}"#,
             "<mtable><mtr><mtd columnalign=\"left\" style=\"text-align: -webkit-left\"><mi>a</mi></mtd><mtd columnalign=\"right\" style=\"text-align: -webkit-right\"><mi>b</mi></mtd></mtr></mtable>"),
        Case(#"a \\ b"#, display: true,
             "<mtable displaystyle=\"true\"><mtr><mtd><mi>a</mi></mtd></mtr><mtr><mtd><mi>b</mi></mtd></mtr></mtable>"),
    ]

    @Test(arguments: environments) func environmentsAreTables(_ example: Case) throws {
        #expect(try presentation(example.tex, display: example.display) == example.markup)
    }
}
