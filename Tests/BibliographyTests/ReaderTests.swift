import Bibliography
import Testing

/// BibTeX syntax as BibTeX reads it: delimiters, values, macros, comments.
@Suite struct ReaderTests {
    func parse(_ text: String) throws -> Bibliography {
        try Bibliography.parse(text, path: "test.bib")
    }

    @Test func bracesAndParenthesesDelimitEntries() throws {
        let bibliography = try parse("""
            @article{a, title = {One}}
            @book(b, title = {Two})
            @misc ( c , title = "Three" )
            """)
        #expect(bibliography.entries.map(\.key) == ["a", "b", "c"])
        #expect(bibliography.entries.map { $0.fields["title"] } == ["One", "Two", "Three"])
    }

    @Test func valuesAreBracedQuotedNumbersOrMacrosJoinedByHash() throws {
        let bibliography = try parse("""
            @string{jmlr = "Journal of " # {Machine Learning} # " Research"}
            @STRING{Volume = 12}
            @article{a,
              journal = JMLR,
              title   = "Quoted {with "inner" quotes} " # {and braces} # 42,
              month   = Sep # "~1",
              volume  = volume,
              year    = 2011,
            }
            """)
        let entry = try #require(bibliography.entry("a"))
        #expect(entry.fields["journal"] == "Journal of Machine Learning Research")
        #expect(entry.fields["title"] == "Quoted {with \"inner\" quotes} and braces42")
        #expect(entry.fields["month"] == "September~1")
        #expect(entry.fields["volume"] == "12")
        #expect(entry.fields["year"] == "2011")
    }

    @Test func whiteSpaceInValuesIsCollapsed() throws {
        let entry = try #require(try parse("@misc{a, title = {  Two\n\t  lines   here }}").entry("a"))
        #expect(entry.fields["title"] == "Two lines here")
    }

    @Test func typesAndFieldNamesIgnoreCaseButKeysKeepIt() throws {
        let bibliography = try parse("@ARTICLE{Lipton2014, TiTlE = {X}, Journal = {J}}")
        let entry = try #require(bibliography.entry("Lipton2014"))
        #expect(entry.typeName == "article")
        #expect(entry.type == .article)
        #expect(entry.fields.keys.sorted() == ["journal", "title"])
        #expect(bibliography.entry("lipton2014") == nil)
    }

    @Test func commentsPreamblesAndFreeTextAreSkipped() throws {
        let bibliography = try parse("""
            Free text, even with a brace } here.
            @comment{Reference manager settings}
            @preamble{"\\newcommand{\\noopsort}[1]{}" # {x}}
            % A TeX comment is free text too.
            @misc{a, title = {A}}
            @Comment this line is free text
            @misc{b}
            """)
        #expect(bibliography.entries.map(\.key) == ["a", "b"])
    }

    /// As in BibTeX 0.99, `@comment` only hides its own name: an entry inside its braces is read.
    @Test func anEntryInsideCommentBracesIsStillRead() throws {
        let bibliography = try parse("@comment{ @misc{hidden, title = {H}} }")
        #expect(bibliography.entries.map(\.key) == ["hidden"])
    }

    @Test func entriesMayHaveNoFieldsAndATrailingComma() throws {
        let bibliography = try parse("@misc{a}\n@misc{b,}\n@misc{c, title = {C},\n}")
        #expect(bibliography.entries.map(\.key) == ["a", "b", "c"])
        #expect(bibliography.entry("c")?.fields == ["title": "C"])
    }

    @Test func entriesKnowWhereTheyStart() throws {
        let bibliography = try parse("% é\n\n  @misc{a}\n@misc{b}")
        #expect(bibliography.entries.map { [$0.line, $0.column] } == [[3, 3], [4, 1]])
    }

    @Test func typeAliasesAndUnknownTypes() throws {
        let bibliography = try parse("""
            @conference{a} @electronic{b} @www{c} @thesis{d} @report{e} @software{f} @online{g}
            """)
        #expect(bibliography.entries.map(\.type) == [.inproceedings, .online, .online, .phdthesis, .techreport, .misc, .online])
        #expect(bibliography.entries.map(\.typeName) == ["conference", "electronic", "www", "thesis", "report", "software", "online"])
    }

    @Test func yearComesFromYearElseFromDate() throws {
        let bibliography = try parse("""
            @misc{a, year = {{2020}}, date = {1999-01-02}}
            @misc{b, date = {2021-05-12}}
            @misc{c, date = {May 2021}}
            @misc{d}
            """)
        #expect(bibliography.entries.map(\.year) == ["2020", "2021", nil, nil])
    }

    @Test func addressesAndIdentifiersAreVerbatim() throws {
        let entry = try #require(try parse(#"""
            @misc{a,
              doi = {10.1000/a\_b--c},
              url = {https://example.org/~user/a_b%20c},
              eprint = {2005.14165}, eprinttype = {arXiv},
            }
            """#).entry("a"))
        #expect(entry.doi == "10.1000/a_b--c")
        #expect(entry.url == "https://example.org/~user/a_b%20c")
        #expect(entry.arXiv == "2005.14165")
        #expect(entry.text("url")?.plain == "https://example.org/\u{A0}user/a_b%20c")
    }

    @Test func aURLInHowpublishedIsTheEntrysURL() throws {
        let entry = try #require(try parse(#"@misc{a, howpublished = {\url{https://x.org/a_b}}}"#).entry("a"))
        #expect(entry.url == "https://x.org/a_b")
    }

    @Test func arXivNeedsItsArchivePrefix() throws {
        let bibliography = try parse("""
            @misc{a, eprint = {1402.1892}, archivePrefix = {arXiv}}
            @misc{b, eprint = {hep-th/9901001}}
            """)
        #expect(bibliography.entries.map(\.arXiv) == ["1402.1892", nil])
    }

    @Test func authorsAndEditorsAreSplitIntoNames() throws {
        let entry = try #require(try parse("""
            @incollection{a, author = {Lipton, Zachary C. and Charles Elkan},
              editor = {Calders, Toon and others}}
            """).entry("a"))
        #expect(entry.authors.names.map(\.last) == ["Lipton", "Elkan"])
        #expect(entry.editors.names.map(\.last) == ["Calders"])
        #expect(entry.editors.andOthers)
        #expect(entry.fields["author"] == "Lipton, Zachary C. and Charles Elkan")
    }

    @Test func anEmptyFileHasNoEntries() throws {
        #expect(try parse("").entries.isEmpty)
        #expect(try parse("no entries at all\n").entries.isEmpty)
    }
}
