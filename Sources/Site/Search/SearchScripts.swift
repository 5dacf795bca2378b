/// The search index as scripts that pages load with `<script src>`, which
/// (unlike `fetch`) works from `file://` too.
///
/// - `search/index.js` sets `lessonsSearchIndex`: the lessons
///   `[href, number, title]`, the sections `[lesson, id, title]`,
///   the sorted words, and for each word its postings as one flat list
///   `[section, weight, section, weight, …]`, each section written as the
///   step from the one before (the lists stay short).
/// - `search/lesson-N.js` (N from 1) adds the N-th lesson's section texts
///   `[prose, code]` to `lessonsSearchText[N - 1]`, for snippets; the
///   script fetches only the lessons a query finds.
extension SearchIndex {
    /// The page that lists results (`search.html?q=soft+precision`).
    static let pagePath = "search.html"
    static let indexPath = "search/index.js"

    static let textPrefix = "search/lesson-"

    static func textPath(lesson: Int) -> String { textPrefix + "\(lesson + 1).js" }

    /// `index.js` and one text file per lesson.
    var files: [SiteFile] {
        var files = [SiteFile(path: Self.indexPath, text: indexScript)]
        for lesson in lessons.indices {
            files.append(SiteFile(path: Self.textPath(lesson: lesson), text: textScript(lesson: lesson)))
        }
        return files
    }

    var indexScript: String {
        let lessonList = lessons.map { "[\(Self.quoted($0.href)),\(Self.quoted($0.number)),\(Self.quoted($0.title))]" }
        let sectionList = sections.map { "[\($0.lesson),\(Self.quoted($0.id)),\(Self.quoted($0.title))]" }
        var postingLists = ""  // one string, appended to: the index's largest part
        postingLists.reserveCapacity(terms.count * 8)
        for (position, term) in terms.enumerated() {
            postingLists += position == 0 ? "[" : ",["
            var previous = 0
            for (index, posting) in term.postings.enumerated() {
                postingLists += (index == 0 ? "" : ",") + String(posting.section - previous) + "," + String(posting.weight)
                previous = posting.section
            }
            postingLists += "]"
        }
        return "window.lessonsSearchIndex={\"lessons\":[" + lessonList.joined(separator: ",\n") + "],\n"
            + "\"sections\":[" + sectionList.joined(separator: ",\n") + "],\n"
            + "\"terms\":[" + terms.map { Self.quoted($0.word) }.joined(separator: ",") + "],\n"
            + "\"postings\":[" + postingLists + "]};\n"
    }

    func textScript(lesson: Int) -> String {
        let texts = sections.indices.filter { sections[$0].lesson == lesson }.map { sectionTexts[$0] }
        return "(window.lessonsSearchText=window.lessonsSearchText||{})[\(lesson)]=[\n" + texts.joined(separator: ",\n") + "];\n"
    }

    static func quoted(_ text: String) -> String { JSONText.quote(text) }
}
