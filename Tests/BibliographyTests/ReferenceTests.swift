import Bibliography
import Testing

/// Reference-list entries, APA 7, one per kind of work.
@Suite struct ReferenceTests {
    let works = CitedWorks(Corpus.bibliography.entries)

    func reference(_ key: String) -> String? {
        works.referenceHTML(key, id: "ref-" + key)
    }

    static let expected: [(String, String)] = [
        ("bartlett2006", """
            Bartlett, P. L., Jordan, M. I., &amp; McAuliffe, J. D. (2006). Convexity, classification, and risk bounds. \
            <i>Journal of the American Statistical Association</i>, <i>101</i>(473), 138–156. \
            <a href="https://doi.org/10.1198/016214505000000907">https://doi.org/10.1198/016214505000000907</a>
            """),
        ("lipton2014", """
            Lipton, Z. C., Elkan, C., &amp; Naryanaswamy, B. (2014a). Optimal thresholding of classifiers to maximize F1 measure. \
            In T. Calders, F. Esposito, E. Hüllermeier, &amp; R. Meo (Eds.), <i>Machine Learning and Knowledge Discovery in Databases</i> \
            (Vol. 8725, pp. 225–239). Springer. \
            <a href="https://doi.org/10.1007/978-3-662-44851-9_15">https://doi.org/10.1007/978-3-662-44851-9_15</a>
            """),
        ("lipton2014thresholding", """
            Lipton, Z. C., Elkan, C., &amp; Naryanaswamy, B. (2014b). <i>Thresholding classifiers to maximize F1 score</i> \
            (arXiv:1402.1892). arXiv. <a href="https://arxiv.org/abs/1402.1892">https://arxiv.org/abs/1402.1892</a>
            """),
        ("berman2018", """
            Berman, M., Rannen Triki, A., &amp; Blaschko, M. B. (2018). The Lovász-Softmax loss: A tractable surrogate for the \
            optimization of the intersection-over-union measure in neural networks. In <i>Proceedings of the IEEE Conference on \
            Computer Vision and Pattern Recognition (CVPR)</i> (pp. 4413–4421). \
            <a href="https://doi.org/10.1109/CVPR.2018.00464">https://doi.org/10.1109/CVPR.2018.00464</a>
            """),
        ("goodfellow2016", """
            Goodfellow, I., Bengio, Y., &amp; Courville, A. (2016). <i>Deep learning</i>. MIT Press. \
            <a href="http://www.deeplearningbook.org">http://www.deeplearningbook.org</a>
            """),
        ("steele1990", "Steele, G. L., Jr. (1990). <i>Common Lisp: The language</i> (2nd ed.). Digital Press."),
        ("griewank2008", """
            Griewank, A., &amp; Walther, A. (2008). <i>Evaluating derivatives: Principles and techniques of algorithmic \
            differentiation</i> (2nd ed.). Society for Industrial and Applied Mathematics. \
            <a href="https://doi.org/10.1137/1.9780898717761">https://doi.org/10.1137/1.9780898717761</a>
            """),
        ("lecun1998", """
            LeCun, Y., Bottou, L., Orr, G. B., &amp; Müller, K.-R. (1998). Efficient BackProp. In G. B. Orr &amp; K.-R. Müller (Eds.), \
            <i>Neural Networks: Tricks of the Trade</i> (Vol. 1524, pp. 9–50). Springer. \
            <a href="https://doi.org/10.1007/3-540-49430-8_2">https://doi.org/10.1007/3-540-49430-8_2</a>
            """),
        ("boyd2004", """
            Boyd, S., &amp; Vandenberghe, L. (2004). <i>Convex optimization</i> (chap. 3, pp. 67–126). Cambridge University Press.
            """),
        ("sutskever2013", "Sutskever, I. (2013). <i>Training recurrent neural networks</i> [Doctoral dissertation, University of Toronto]."),
        ("linnainmaa1970", """
            Linnainmaa, S. (1970). <i>The representation of the cumulative rounding error of an algorithm as a Taylor expansion \
            of the local rounding errors</i> [Master’s thesis, University of Helsinki].
            """),
        ("krizhevsky2009", """
            Krizhevsky, A. (2009). <i>Learning multiple layers of features from tiny images</i> [Technical report]. \
            University of Toronto. <a href="https://www.cs.toronto.edu/~kriz/learning-features-2009-TR.pdf">\
            https://www.cs.toronto.edu/~kriz/learning-features-2009-TR.pdf</a>
            """),
        ("bengio2013", """
            Bengio, Y., Léonard, N., &amp; Courville, A. (2013). <i>Estimating or propagating gradients through stochastic \
            neurons for conditional computation</i> (arXiv:1308.3432). arXiv. \
            <a href="https://arxiv.org/abs/1308.3432">https://arxiv.org/abs/1308.3432</a>
            """),
        ("sklearn-metrics", """
            scikit-learn developers. (2024). <i>Metrics and scoring: Quantifying the quality of predictions</i>. \
            <a href="https://scikit-learn.org/stable/modules/model_evaluation.html">https://scikit-learn.org/stable/modules/model_evaluation.html</a>
            """),
        ("pytorch-bce", """
            PyTorch Contributors. (2023). <i>BCEWithLogitsLoss</i>. PyTorch 2.1 documentation. \
            <a href="https://pytorch.org/docs/stable/generated/torch.nn.BCEWithLogitsLoss.html">\
            https://pytorch.org/docs/stable/generated/torch.nn.BCEWithLogitsLoss.html</a>
            """),
        ("hinton2012", """
            Hinton, G., Srivastava, N., &amp; Swersky, K. (2012). <i>Neural networks for machine learning, lecture 6a: Overview \
            of mini-batch gradient descent</i> [Unpublished manuscript]. Coursera lecture slides.
            """),
        ("swiftbook", """
            Apple Inc. (2024). <i>The Swift programming language</i>. \
            <a href="https://docs.swift.org/swift-book/">https://docs.swift.org/swift-book/</a>
            """),
        ("paszke2019", """
            Paszke, A., Gross, S., Massa, F., et al. (2019). PyTorch: An imperative style, high-performance deep learning library. \
            In <i>Advances in Neural Information Processing Systems 32</i> (pp. 8024–8035).
            """),
        ("brown2020", """
            Brown, T. B., Mann, B., Ryder, N., Subbiah, M., Kaplan, J., Dhariwal, P., Neelakantan, A., Shyam, P., Sastry, G., \
            Askell, A., Agarwal, S., Herbert-Voss, A., Krueger, G., Henighan, T., Child, R., Ramesh, A., Ziegler, D. M., Wu, J., \
            Winter, C., . . . Amodei, D. (2020). Language models are few-shot learners. In <i>Advances in Neural Information \
            Processing Systems</i> (Vol. 33, pp. 1877–1901). <a href="https://arxiv.org/abs/2005.14165">https://arxiv.org/abs/2005.14165</a>
            """),
        ("delavalleepoussin1896", """
            de la Vallée Poussin, C. J. (1896). Recherches analytiques sur la théorie des nombres premiers. \
            <i>Annales de la Société Scientifique de Bruxelles</i>, <i>20</i>, 183–256.
            """),
        ("arthur2007", """
            Arthur, D., &amp; Vassilvitskii, S. (2007). k-means++: The advantages of careful seeding. In <i>Proceedings of the \
            Eighteenth Annual ACM-SIAM Symposium on Discrete Algorithms</i> (pp. 1027–1035). Society for Industrial and Applied Mathematics.
            """),
    ]

    @Test func entriesByKind() {
        for (key, body) in Self.expected {
            #expect(reference(key) == "<div class=\"reference\" id=\"ref-\(key)\">\(body)</div>", "\(key)")
        }
        #expect(reference("nobody") == nil)
    }

    @Test func aChapterWithItsBookTitleIsWrittenAsInACollection() throws {
        let bibliography = try Bibliography.parse("""
            @inbook{a, author = {Doe, Jane}, title = {A Chapter}, booktitle = {The Book}, edition = {3},
                    pages = {7}, publisher = {Press}, year = 2000}
            """, path: "t.bib")
        #expect(CitedWorks(bibliography.entries).referenceHTML("a", id: "a") == """
            <div class="reference" id="a">Doe, J. (2000). A chapter. In <i>The Book</i> (3rd ed., p. 7). Press.</div>
            """)
    }

    @Test func titlesAndNamesAreEscaped() throws {
        let bibliography = try Bibliography.parse(#"""
            @book{a, author = {{Smith \& Sons}}, title = {Pride \& {<Prejudice>}: A "Study"},
                  publisher = {A \& B}, url = {https://x.org/?a=1&b="2"}, year = 2000}
            """#, path: "t.bib")
        let works = CitedWorks(bibliography.entries)
        #expect(works.referenceHTML("a", id: "ref-\"a\"") == """
            <div class="reference" id="ref-&quot;a&quot;">Smith &amp; Sons. (2000). <i>Pride &amp; &lt;Prejudice&gt;: A &quot;study&quot;</i>. \
            A &amp; B. <a href="https://x.org/?a=1&amp;b=&quot;2&quot;">https://x.org/?a=1&amp;b=&quot;2&quot;</a></div>
            """)
    }

    @Test func theListIsSortedByNamesYearAndTitle() {
        let keys = ["zhang2004", "vonneumann1944", "bengio2013", "astrom2008", "vandermaaten2008", "goodfellow2016",
                    "gulcehre2016", "lipton2014thresholding", "lipton2014", "swiftbook", "steele1990"]
        let works = CitedWorks(keys.map(Corpus.entry))
        #expect(works.entries.map(\.key) == [
            "swiftbook", "astrom2008", "bengio2013", "goodfellow2016", "gulcehre2016", "lipton2014", "lipton2014thresholding",
            "steele1990", "vandermaaten2008", "vonneumann1944", "zhang2004",
        ])
        let html = works.referenceListHTML { "ref-" + $0.key }
        #expect(html.hasPrefix("<div class=\"references\">\n<div class=\"reference\" id=\"ref-swiftbook\">Apple Inc. (2024)."))
        #expect(html.hasSuffix("(2004). Statistical behavior and consistency of classification methods based on convex risk minimization. <i>The Annals of Statistics</i>, <i>32</i>(1), 56–85. <a href=\"https://doi.org/10.1214/aos/1079120130\">https://doi.org/10.1214/aos/1079120130</a></div>\n</div>\n"))
        #expect(html.split(separator: "\n").count == keys.count + 2)
    }

    @Test func aSingleAuthorComesBeforeTheSameAuthorWithOthers() throws {
        let bibliography = try Bibliography.parse("""
            @misc{team, author = {Bengio, Yoshua and Courville, Aaron}, title = {B}, year = 2000}
            @misc{alone, author = {Bengio, Yoshua}, title = {A}, year = 2010}
            @misc{early, author = {Bengio, Yoshua}, title = {C}, year = 1990}
            """, path: "t.bib")
        #expect(CitedWorks(bibliography.entries).entries.map(\.key) == ["early", "alone", "team"])
    }
}
