import CellChannel
import Figures
import Foundation
import Notebook
import Resolve
@testable import Site
import Testing

@Suite struct SearchIndexTests {
    @Test func wordsAreFoldedSplitAndFiltered() {
        #expect(SearchWords.words(in: "The softPrecision of F1-scores, naïve ROCCurve 2014 12345 x") == [
            "softprecision", "soft", "precision", "f1", "scores", "naive", "roccurve", "roc", "curve", "2014",
        ])
        #expect(SearchWords.words(in: "f1Score 1.01348e-05 log", numbers: false) == ["f1score", "f1", "score", "log"])
        #expect(SearchWords.words(in: "Ça — ΣΤΑΤΙΣΤΙΚΉ") == ["ca", "στατιστικη"])
        // ASCII text takes a shorter road to the same words.
        let ascii = "softPrecision ROCCurve f1Score x2 A_b 3D"
        #expect(SearchWords.words(in: ascii) + ["naive"] == SearchWords.words(in: ascii + " naïve"))
    }

    @Test func formulasReadAsPlainText() {
        #expect(FormulaText.plain("\\frac{\\partial\\, \\mathrm{softP}}{\\partial p_i}") == "(∂ softP)/(∂ p_i)")
        #expect(FormulaText.plain("\\mathrm{TP} = \\sum_i \\hat y_i y_i") == "TP = ∑_i y_i y_i")
        #expect(FormulaText.plain("\\sigma(x) \\in [0, 1], \\log p") == "σ(x) ∈ [0, 1], log p")
        #expect(FormulaText.plain("\\frac12 \\le \\unknown{a}") == "1/2 ≤ unknown a")
    }

    /// The page script drops the same stop words from queries as the index leaves out.
    @Test func thePageScriptKnowsTheSameStopWords() throws {
        let script = try Self.themeFile("site.js")
        let start = try #require(script.range(of: "var stop = ["))
        let end = try #require(script[start.upperBound...].range(of: "];"))
        let words = script[start.upperBound..<end.lowerBound].split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines).trimmingCharacters(in: CharacterSet(charactersIn: "'")) }
        #expect(words == SearchWords.stopWords)
        #expect(script.contains("weight >= \(SearchIndex.Weight.headingBonus)"))
        #expect(script.contains("weight % \(SearchIndex.Weight.headingBonus)"))
    }

    static func themeFile(_ name: String) throws -> String {
        let theme = try Theme.standard()
        let file = try #require(theme.assets.first { $0.path == name })
        return String(decoding: file.contents, as: UTF8.self)
    }

    static let course = """
        # Soft precision

        Precision counts $\\mathrm{TP}$ hits.

        ```swift
        let softScore = 0.5
        print("scored")
        ```

        ## Gradients {#grad}

        A table:

        | word | value |
        |---|---|
        | Dice | 1 |

        """

    static func index() throws -> SearchIndex {
        let course = try Course.make(from: CourseSource(folder: "Lessons", course: nil, lessons: [
            LessonSource(path: "Lessons/01-a.md", text: Self.course),
            LessonSource(path: "Lessons/02-b.md", text: "# Recall\n\nRecall finds positives.\n"),
        ]))
        let run = LessonRun(results: [CellResult(index: 0, status: .succeeded, outputs: [
            .text("scored\n"),
            .display(.table(Table(columns: ["name"], rows: [["recall"]], caption: "Counts"))),
        ])], fromCache: false)
        return SearchIndex(course: course, targets: try Resolution.make(course: course).lessons, runs: [run, nil])
    }

    @Test func theIndexOfAFixtureCourse() throws {
        let index = try Self.index()
        #expect(index.lessons == [
            .init(href: "01-a.html", number: "1", title: "Soft precision"),
            .init(href: "02-b.html", number: "2", title: "Recall"),
        ])
        #expect(index.sections == [
            .init(lesson: 0, id: "", title: "Soft precision", prose: "Precision counts TP hits.",
                  code: "let softScore = 0.5\nprint(\"scored\")"),
            .init(lesson: 0, id: "grad", title: "Gradients", prose: "A table: word value Dice 1", code: ""),
            .init(lesson: 1, id: "", title: "Recall", prose: "Recall finds positives.", code: ""),
        ])
        // Headings weigh 100; prose 3 and captions 3 an occurrence, code 2, outputs 1 (numbers left out).
        let expected: [(String, [(Int, Int)])] = [
            ("counts", [(0, 3 + 1 + 3)]), ("dice", [(1, 3)]), ("finds", [(2, 3)]), ("gradients", [(1, 100)]),
            ("hits", [(0, 3)]), ("let", [(0, 2)]), ("name", [(0, 1)]), ("positives", [(2, 3)]),
            ("precision", [(0, 103)]), ("print", [(0, 2)]), ("recall", [(0, 1), (2, 103)]), ("score", [(0, 2)]),
            ("scored", [(0, 2 + 1)]), ("soft", [(0, 102)]), ("softscore", [(0, 2)]), ("table", [(1, 3)]),
            ("tp", [(0, 3)]), ("value", [(1, 3)]), ("word", [(1, 3)]),
        ]
        #expect(index.terms.map(\.word) == expected.map(\.0))
        for (term, (word, postings)) in zip(index.terms, expected) {
            #expect(term.postings == postings.map { SearchIndex.Posting(section: $0.0, weight: $0.1) }, "\(word)")
        }
    }

    @Test func theScriptsHoldTheIndexAsJSON() throws {
        let index = try Self.index()
        let files = index.files
        #expect(files.map(\.path) == ["search/index.js", "search/lesson-1.js", "search/lesson-2.js"])
        let script = String(decoding: files[0].contents, as: UTF8.self)
        let prefix = "window.lessonsSearchIndex="
        #expect(script.hasPrefix(prefix) && script.hasSuffix(";\n"))
        let json = try #require(try JSONSerialization.jsonObject(
            with: Data(script.dropFirst(prefix.count).dropLast(2).utf8)) as? [String: Any])
        #expect(json["lessons"] as? [[String]] == [["01-a.html", "1", "Soft precision"], ["02-b.html", "2", "Recall"]])
        #expect((json["sections"] as? [[Any]])?.map { "\($0[0]) \($0[1]) \($0[2])" } == ["0  Soft precision", "0 grad Gradients", "1  Recall"])
        let terms = try #require(json["terms"] as? [String])
        let postings = try #require(json["postings"] as? [[Int]])
        // Sections are written as steps from the one before.
        #expect(postings[try #require(terms.firstIndex(of: "recall"))] == [0, 1, 2, 103])
        let text = String(decoding: files[1].contents, as: UTF8.self)
        #expect(text == """
            (window.lessonsSearchText=window.lessonsSearchText||{})[0]=[
            ["Precision counts TP hits.","let softScore = 0.5\\nprint(\\"scored\\")"],
            ["A table: word value Dice 1",""]];

            """)
    }

    @Test func quotingEscapesWhatJSONMust() {
        #expect(SearchIndex.quoted("a\"b\\c\nd\u{1}e\u{2028}é") == "\"a\\\"b\\\\c\\nd\\u0001e\\u2028é\"")
    }

    @Test func cellsWhoseOutputIsHiddenAreNotSearchedByIt() throws {
        let lesson = try LessonSplitter.lesson(from: LessonSource(
            path: "Lessons/a.md", text: "# A\n\n```swift\n//| output: false\n//| echo: false\nsecretCode()\n```\n"))
        let run = LessonRun(results: [CellResult(index: 0, status: .succeeded, outputs: [.text("hidden words\n")])], fromCache: false)
        let sections = SearchSection.sections(of: lesson, run: run, targets: PageTargets())
        #expect(sections == [SearchSection(id: "", title: "A", headings: "A")])
    }
}
