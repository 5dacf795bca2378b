import Foundation
import Notebook
import Resolve

/// The course's search index, built with the site: for every word, the
/// sections that hold it and how strongly (see `Weight`). The page script
/// looks a query's words up here and ranks what it finds; section texts for
/// snippets stay in one small file per lesson, fetched for the lessons a
/// query finds (see `SearchScripts`).
struct SearchIndex: Sendable, Equatable {
    /// A lesson as a result names it.
    struct Lesson: Sendable, Equatable {
        /// Its page, from the top of the site.
        var href: String
        var number: String
        var title: String
    }

    /// One section of one lesson: what a result links to.
    struct Section: Sendable, Equatable {
        /// Position in `lessons`.
        var lesson: Int
        /// The heading's id on the page; `""` for the top of the page.
        var id: String
        var title: String
        /// For snippets: the section's prose, then its code.
        var prose: String
        var code: String
    }

    /// A section that holds a word, and how strongly.
    struct Posting: Sendable, Equatable {
        /// Position in `sections`.
        var section: Int
        var weight: Int
    }

    /// How much a word weighs in a section. Any heading word outranks any
    /// body word: `headingBonus` plus the body's count, which stops below it.
    enum Weight {
        static let headingBonus = 100
        static let bodyCap = 99
        static let prose = 3
        static let caption = 3
        static let code = 2
        static let output = 1
    }

    /// A word and the sections that hold it, in section order.
    struct Term: Sendable, Equatable {
        var word: String
        var postings: [Posting]
    }

    var lessons: [Lesson]
    var sections: [Section]
    /// Every word, sorted as the script compares strings (UTF-16 code units).
    var terms: [Term]
    /// Each section's `[prose, code]` as the lesson's text script writes it, by position in `sections`.
    var sectionTexts: [String]

    /// A section with the weight of each of its words: one lesson's share of the index.
    struct Analysed: Sendable {
        var section: SearchSection
        var weights: [String: Int]
        /// `[prose, code]` for the lesson's text script.
        var text: String
    }

    /// A lesson's sections, each with its words weighed (the costly part, which
    /// `lessons serve` keeps for lessons that did not change).
    static func analyse(_ lesson: Notebook.Lesson, run: LessonRun?, targets: PageTargets) -> [Analysed] {
        SearchSection.sections(of: lesson, run: run, targets: targets).map { section in
            Analysed(section: section, weights: weights(of: section),
                     text: "[" + JSONText.quote(section.prose) + "," + JSONText.quote(section.code) + "]")
        }
    }

    /// The index of a course's lessons, their sections as `targets` name them, and what their cells showed.
    /// `analysed` gives a lesson's share by its position (``analyse(_:run:targets:)`` unless kept from before).
    init(course: Course, targets: [PageTargets], runs: [LessonRun?], analysed: ((Int) -> [Analysed])? = nil) {
        lessons = course.lessons.map { Lesson(href: SitePaths.page(of: $0.source), number: $0.number, title: $0.title) }
        sections = []
        sectionTexts = []
        var postings: [String: [Posting]] = [:]
        for (index, lesson) in course.lessons.enumerated() {
            let run = index < runs.count ? runs[index] : nil
            let shares = analysed?(index) ?? Self.analyse(lesson, run: run, targets: targets[index])
            for share in shares {
                let section = share.section
                let position = sections.count
                sections.append(Section(
                    lesson: index, id: section.id, title: section.title, prose: section.prose, code: section.code))
                sectionTexts.append(share.text)
                for (word, weight) in share.weights {
                    postings[word, default: []].append(Posting(section: position, weight: weight))
                }
            }
        }
        // Sorted by UTF-16 code units, each word's units taken out once (comparing
        // through String's UTF-16 view costs most of the sort).
        terms = postings.map { (units: Array($0.key.utf16), term: Term(word: $0.key, postings: $0.value)) }
            .sorted { $0.units.lexicographicallyPrecedes($1.units) }
            .map(\.term)
    }

    /// Each word of a section with its weight there.
    static func weights(of section: SearchSection) -> [String: Int] {
        var body: [String: Int] = [:]
        let fields: [(String, Int, numbers: Bool)] = [
            (section.prose, Weight.prose, true), (section.captions, Weight.caption, true),
            (section.code, Weight.code, true), (section.output, Weight.output, false),
        ]
        for (text, weight, numbers) in fields {
            for word in SearchWords.words(in: text, numbers: numbers) { body[word, default: 0] += weight }
        }
        let headings = Set(SearchWords.words(in: section.headings))
        var weights: [String: Int] = [:]
        for word in headings.union(body.keys) {
            weights[word] = (headings.contains(word) ? Weight.headingBonus : 0) + min(Weight.bodyCap, body[word] ?? 0)
        }
        return weights
    }
}
