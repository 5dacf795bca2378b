/// A file beside the lessons that is not Markdown — an image, a data file, a
/// PDF — published in the site at the same path it has under `Lessons/`.
public struct CourseFile: Sendable, Equatable {
    /// The path as the user sees it (`Lessons/data/points.csv`).
    public var path: String
    /// The path inside the lessons folder, and so inside the site (`data/points.csv`).
    public var relativePath: String
    public var contents: [UInt8]

    public init(path: String, relativePath: String, contents: [UInt8]) {
        self.path = path
        self.relativePath = relativePath
        self.contents = contents
    }
}
