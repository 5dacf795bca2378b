import Bibliography
import Testing

/// APA 7 author–date labels and citations, computed over the works cited.
@Suite struct InTextCitationTests {
    static let keys = [
        "lipton2014", "lipton2014thresholding", "bartlett2006", "zhang2004", "kingma2015", "bishop2006",
        "vandermaaten2008", "swiftbook", "brown2020",
    ]
    let works = CitedWorks(keys.map(Corpus.entry))

    func cite(_ markdown: String) -> String {
        CitationScanner.segments(markdown).map {
            switch $0 {
            case .text(let text): text
            case .citation(let group): works.citationText(group)
            }
        }.joined()
    }

    @Test func labelsByNumberOfAuthors() {
        #expect(works.label("zhang2004")?.description == "Zhang, 2004")
        #expect(works.label("kingma2015")?.description == "Kingma & Ba, 2015")
        #expect(works.label("kingma2015")?.narrativeAuthors.plain == "Kingma and Ba")
        #expect(works.label("bartlett2006")?.description == "Bartlett et al., 2006")
        #expect(works.label("brown2020")?.description == "Brown et al., 2020")
        #expect(works.label("vandermaaten2008")?.description == "van der Maaten & Hinton, 2008")
        #expect(works.label("swiftbook")?.description == "Apple Inc., 2024")
        #expect(works.label("nobody") == nil)
    }

    @Test func sameLabelsGetLettersOverTheWorksCited() {
        #expect(works.label("lipton2014")?.description == "Lipton et al., 2014a")
        #expect(works.label("lipton2014thresholding")?.description == "Lipton et al., 2014b")
        let one = CitedWorks([Corpus.entry("lipton2014thresholding"), Corpus.entry("zhang2004")])
        #expect(one.label("lipton2014thresholding")?.description == "Lipton et al., 2014")
    }

    /// APA would write "Smith, Jones, et al." to tell these apart; we add letters.
    @Test func differentAuthorsBehindEtAlAlsoGetLetters() throws {
        let bibliography = try Bibliography.parse("""
            @article{b, author = {Smith, A. and Jones, B. and Brown, C.}, title = {Beta}, year = 2020}
            @article{a, author = {Smith, A. and Adams, D. and Brown, C.}, title = {Alpha}, year = 2020}
            @misc{c, author = {Smith, A.}, title = {Undated}}
            @misc{d, author = {Smith, A.}, title = {Also undated}}
            """, path: "t.bib")
        let works = CitedWorks(bibliography.entries)
        #expect(works.entries.map(\.key) == ["d", "c", "a", "b"])
        #expect(["a", "b", "c", "d"].map { works.label($0)!.description } == [
            "Smith et al., 2020a", "Smith et al., 2020b", "Smith, n.d.-b", "Smith, n.d.-a",
        ])
    }

    @Test func parentheticalAndNarrativeCitations() {
        #expect(cite("[@zhang2004]") == "(Zhang, 2004)")
        #expect(cite("[@kingma2015]") == "(Kingma & Ba, 2015)")
        #expect(cite("[see @bartlett2006, pp. 138-140; also @zhang2004]") == "(see Bartlett et al., 2006, pp. 138–140; also Zhang, 2004)")
        #expect(cite("[@bishop2006, chap. 4]") == "(Bishop, 2006, chap. 4)")
        #expect(cite("[@bishop2006, sec. 4.3, for the proof]") == "(Bishop, 2006, sec. 4.3, for the proof)")
        #expect(cite("[@bishop2006 and elsewhere]") == "(Bishop, 2006 and elsewhere)")
        #expect(cite("Bishop [-@bishop2006] shows") == "Bishop (2006) shows")
        #expect(cite("@kingma2015 propose") == "Kingma and Ba (2015) propose")
        #expect(cite("@zhang2004 [p. 60] proves") == "Zhang (2004, p. 60) proves")
        #expect(cite("@zhang2004 [and later work]") == "Zhang (2004, and later work)")
        #expect(cite("@kingma2015 [@zhang2004; see @bishop2006]") == "Kingma and Ba (2015; Zhang, 2004; see Bishop, 2006)")
        #expect(cite("Thresholds [@lipton2014; @lipton2014thresholding; @zhang2004].") == "Thresholds (Lipton et al., 2014a, 2014b; Zhang, 2004).")
        #expect(cite("[@lipton2014, p. 3; @lipton2014thresholding]") == "(Lipton et al., 2014a, p. 3; Lipton et al., 2014b)")
        #expect(cite("[@nobody; @zhang2004]") == "(nobody?; Zhang, 2004)")
    }

    @Test func worksWithoutAuthorAreCitedByTitle() throws {
        let bibliography = try Bibliography.parse("""
            @book{whole, title = {Anonymous Works: A Subtitle}, year = 2001}
            @article{part, title = {An Unsigned Article}, journal = {Journal}, year = 2002}
            @book{edited, editor = {Orr, Genevieve B. and M{\\"u}ller, Klaus-Robert}, title = {Tricks}, year = 1998}
            """, path: "t.bib")
        let works = CitedWorks(bibliography.entries)
        let group = CitationGroup(
            items: ["whole", "part", "edited"].map { CitationItem(key: $0, keyRange: 0..<1) }, isNarrative: false, range: 0..<1)
        #expect(works.citationText(group) == "(Anonymous Works, 2001; “An Unsigned Article”, 2002; Orr & Müller, 1998)")
        #expect(works.citationHTML(group) { "#" + $0.key } == """
            <span class="citation" data-cites="whole part edited">(<a href="#whole"><i>Anonymous Works</i>, 2001</a>; \
            <a href="#part">“An Unsigned Article”, 2002</a>; <a href="#edited">Orr &amp; Müller, 1998</a>)</span>
            """)
    }

    @Test func htmlLinksEachWorkAndEscapesTheAuthorsWords() throws {
        let href: (Entry) -> String = { "references.html#ref-" + $0.key }
        func html(_ markdown: String) throws -> String {
            guard case .citation(let group) = CitationScanner.segments(markdown).first else { throw CancellationError() }
            return works.citationHTML(group, href: href)
        }
        #expect(try html("[see <i>this</i> & @zhang2004, p. 3]") == """
            <span class="citation" data-cites="zhang2004">(see &lt;i&gt;this&lt;/i&gt; &amp; \
            <a href="references.html#ref-zhang2004">Zhang, 2004</a>, p. 3)</span>
            """)
        #expect(try html("@kingma2015 [p. 2]") == """
            <span class="citation" data-cites="kingma2015"><a href="references.html#ref-kingma2015">Kingma and Ba</a> (2015, p. 2)</span>
            """)
        #expect(try html("[-@zhang2004]") == """
            <span class="citation" data-cites="zhang2004">(<a href="references.html#ref-zhang2004">2004</a>)</span>
            """)
        #expect(try html("[@lipton2014; @lipton2014thresholding; @nobody]") == """
            <span class="citation" data-cites="lipton2014 lipton2014thresholding nobody">(<a href="references.html#ref-lipton2014">\
            Lipton et al., 2014a</a>, <a href="references.html#ref-lipton2014thresholding">2014b</a>; nobody?)</span>
            """)
    }
}
