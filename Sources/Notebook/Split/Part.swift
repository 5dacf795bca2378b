/// A group of lessons with a title of its own ("Part 2: Surrogates").
public struct Part: Sendable {
    /// From `part.md` (front matter or first heading), else the folder's name in words.
    public var title: String
    public var summary: String?
    /// The folder inside the lessons folder (`02-surrogates`).
    public var folder: String
    /// `part.md` as a lesson, for its prose; nil without one.
    public var introduction: Lesson?
    /// From 1, in reading order.
    public var number: Int
    /// Its lessons' positions in `Course.lessons`.
    public var lessons: Range<Int>

    public init(title: String, summary: String?, folder: String, introduction: Lesson?, number: Int, lessons: Range<Int>) {
        self.title = title
        self.summary = summary
        self.folder = folder
        self.introduction = introduction
        self.number = number
        self.lessons = lessons
    }

    /// `02-loss-functions` → "Loss functions": the title of a part without `part.md`.
    public static func title(fromFolder folder: String) -> String {
        let words = folder.drop { $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." || $0 == " " }
            .replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        guard let first = words.first else { return folder }
        return first.uppercased() + words.dropFirst()
    }
}
