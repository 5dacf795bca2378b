import Bibliography
import Testing

/// Pandoc's citation syntax found in prose, with byte offsets.
@Suite struct CitationScannerTests {
    func scan(_ text: String) -> [ProseSegment] { CitationScanner.segments(text) }

    func group(_ text: String) throws -> CitationGroup {
        let groups = scan(text).compactMap { if case .citation(let group) = $0 { group } else { nil } }
        try #require(groups.count == 1)
        return groups[0]
    }

    @Test func aBracketedKey() {
        #expect(scan("As shown [@lipton2014].") == [
            .text("As shown "),
            .citation(CitationGroup(
                items: [CitationItem(key: "lipton2014", keyRange: 11..<21)], isNarrative: false, range: 9..<22)),
            .text("."),
        ])
    }

    @Test func prefixesLocatorsSuffixesAndSeveralWorks() throws {
        let citation = try group("[see @bartlett2006, pp. 3-5; also @zhang2004, chap. 4, for the proof]")
        #expect(citation.items == [
            CitationItem(key: "bartlett2006", prefix: "see", locator: Locator(.page, "3-5"), keyRange: 6..<18),
            CitationItem(key: "zhang2004", prefix: "also", locator: Locator(.chapter, "4"), suffix: ", for the proof",
                         keyRange: 35..<44),
        ])
        #expect(!citation.isNarrative)
        #expect(citation.range == 0..<69)
    }

    @Test func suppressedAuthor() throws {
        #expect(try group("[-@zhang2004, p. 60]").items == [
            CitationItem(key: "zhang2004", locator: Locator(.page, "60"), suppressesAuthor: true, keyRange: 3..<12),
        ])
        let narrative = try group("so -@zhang2004 says")
        #expect(narrative.items.map(\.suppressesAuthor) == [true])
        #expect(narrative.range == 3..<14)
    }

    @Test func narrativeCitationsWithAndWithoutLocator() throws {
        #expect(scan("@kingma2015 showed") == [
            .citation(CitationGroup(items: [CitationItem(key: "kingma2015", keyRange: 1..<11)], isNarrative: true, range: 0..<11)),
            .text(" showed"),
        ])
        let located = try group("as @zhang2004 [p. 60] shows")
        #expect(located.items == [CitationItem(key: "zhang2004", locator: Locator(.page, "60"), keyRange: 4..<13)])
        #expect(located.isNarrative)
        #expect(located.range == 3..<21)
        let more = try group("@kingma2015 [@zhang2004; see @bishop2006]")
        #expect(more.items.map(\.key) == ["kingma2015", "zhang2004", "bishop2006"])
        #expect(more.items.map(\.prefix) == ["", "", "see"])
    }

    @Test func aBracketAfterANarrativeKeyThatIsALinkOrFootnoteIsNotALocator() {
        #expect(scan("@a [p. 3](http://x) and @b [^1]") == [
            .citation(CitationGroup(items: [CitationItem(key: "a", keyRange: 1..<2)], isNarrative: true, range: 0..<2)),
            .text(" [p. 3](http://x) and "),
            .citation(CitationGroup(items: [CitationItem(key: "b", keyRange: 25..<26)], isNarrative: true, range: 24..<26)),
            .text(" [^1]"),
        ])
    }

    @Test func keysEndBeforeTrailingPunctuation() throws {
        #expect(try group("as @lipton2014.").items.map(\.key) == ["lipton2014"])
        #expect(try group("see @lipton2014: the rule").items.map(\.key) == ["lipton2014"])
        #expect(try group("(@lipton2014)").items.map(\.key) == ["lipton2014"])
        #expect(try group("@doe:2020.a-b+c/d?e<f>g~h#i$j%k&l is one key").items.map(\.key) == ["doe:2020.a-b+c/d?e<f>g~h#i$j%k&l"])
        #expect(try group("[@_private]").items.map(\.key) == ["_private"])
        #expect(try group("@lipton2014's rule").items.map(\.key) == ["lipton2014"])
    }

    @Test func crossReferenceKeysAreKeysLikeAnyOther() throws {
        #expect(try group("[@fig-loss; @eq-bce]").items.map(\.key) == ["fig-loss", "eq-bce"])
        #expect(try group("See @tbl-metrics and").items.map(\.key) == ["tbl-metrics"])
        #expect(try group("see @sec-intro.").items.map(\.key) == ["sec-intro"])
    }

    @Test func addressesEscapesAndNonKeysAreText() {
        for text in ["Write to a@b.org or x-@y.", #"An escaped \@key stays."#, "[see the docs]", "@1abc and @ alone", "[@]", "[-@]"] {
            #expect(scan(text) == [.text(text)])
        }
        // An escaped bracket is text; the key after it still cites, as in Pandoc.
        #expect(scan(#"\[@key]"#) == [
            .text(#"\["#),
            .citation(CitationGroup(items: [CitationItem(key: "key", keyRange: 3..<6)], isNarrative: true, range: 2..<6)),
            .text("]"),
        ])
    }

    @Test func aBracketWithAPartWithoutKeyIsTextButItsKeysStillCite() {
        #expect(scan("[@a; no key]") == [
            .text("["),
            .citation(CitationGroup(items: [CitationItem(key: "a", keyRange: 2..<3)], isNarrative: true, range: 1..<3)),
            .text("; no key]"),
        ])
    }

    @Test func citationsMaySpanALineBreakAndOffsetsCountBytes() throws {
        let citation = try group("Voilà — [voir\n@müller2020, p. 3]")
        #expect(citation.items.map(\.key) == ["müller2020"])
        #expect(citation.items.map(\.prefix) == ["voir"])
        #expect(citation.range == 11..<36)
        #expect(citation.items[0].keyRange == 18..<29)
    }

    @Test func locators() {
        let cases: [(String, Locator?, String)] = [
            (", p. 3", Locator(.page, "3"), ""),
            (", pp. 3-5", Locator(.page, "3-5"), ""),
            (" pp. 33--35, 38-39", Locator(.page, "33--35, 38-39"), ""),
            (", 33-35", Locator(.page, "33-35"), ""),
            (", sec. 2.3", Locator(.section, "2.3"), ""),
            (", §2", Locator(.section, "2"), ""),
            (", chap. 4, emphasis added", Locator(.chapter, "4"), ", emphasis added"),
            (", chapter IV", Locator(.chapter, "IV"), ""),
            (", fig. 2a", Locator(.figure, "2a"), ""),
            (", vol. 2, p. 3", Locator(.volume, "2"), ", p. 3"),
            ("p. 3", Locator(.page, "3"), ""),
            (" and elsewhere", nil, " and elsewhere"),
            (", note that", nil, ", note that"),
            (", in press", nil, ", in press"),
            ("", nil, ""),
        ]
        for (suffix, locator, rest) in cases {
            let split = Locator.split(suffix)
            #expect(split.locator == locator, "\(suffix)")
            #expect(split.rest == rest, "\(suffix)")
        }
        #expect(Locator(.page, "3").description == "p. 3")
        #expect(Locator(.page, "3--5").description == "pp. 3–5")
        #expect(Locator(.page, "33-35, 38-39").description == "pp. 33–35, 38–39")
        #expect(Locator(.section, "2").description == "sec. 2")
        #expect(Locator(.chapter, "4").description == "chap. 4")
    }

    /// Text segments and the citations' source, in order, give back the input.
    @Test func segmentsCoverTheTextExactly() {
        let text = "A [@a, p. 1] b @c [p. 2] d [e] f@g h -@i [see @j; @k] é"
        var rebuilt: [UInt8] = []
        let bytes = Array(text.utf8)
        for segment in scan(text) {
            switch segment {
            case .text(let piece): rebuilt += Array(piece.utf8)
            case .citation(let group): rebuilt += bytes[group.range]
            }
        }
        #expect(rebuilt == bytes)
    }
}
