import Bibliography
import Markdown
import Notebook

/// What the resolve step learned about the whole course, for the renderer:
/// every heading's id and where every link and image of every page points,
/// on the lesson's own page and inside the handout. Rendering needs nothing
/// else from other lessons.
public struct Resolution: Sendable {
    /// By lesson, in `Course.lessons` order.
    public var lessons: [PageTargets]
    /// `course.md`, rendered on the index page and the handout's title page.
    public var introduction: PageTargets
    /// Each part's `part.md`, in `Course.parts` order.
    public var parts: [PageTargets]
    /// Every work the course cites, labelled and ordered as one reference list; nil when it cites none.
    public var bibliography: CitedWorks?

    public init(lessons: [PageTargets], introduction: PageTargets, parts: [PageTargets], bibliography: CitedWorks? = nil) {
        self.lessons = lessons
        self.introduction = introduction
        self.parts = parts
        self.bibliography = bibliography
    }
}

/// The resolved names and links of one Markdown file's page.
public struct PageTargets: Sendable, Equatable {
    /// The id of each heading, by where the heading starts (as on the lesson's own page).
    public var headingIDs: [SourcePosition: String] = [:]
    /// Where each link destination or image source written in the file points.
    public var destinations: [String: Destination] = [:]
    /// What each cross-reference key the file writes (`@eq-x`) names.
    public var references: [String: ReferenceTarget] = [:]
    /// Display formulas that take numbers, by where their TeX starts.
    public var equations: [SourcePosition: NumberedEquation] = [:]
    /// Captions of cells' figures and tables, by cell index.
    public var cellCaptions: [Int: Caption] = [:]
    /// Captions of images written `![…](…){#fig-…}`, by id.
    public var imageCaptions: [String: Caption] = [:]
    /// The works the file cites, in reference-list order: its References section.
    public var citedKeys: [String] = []

    public init() {}
}

/// A link's or an image's URL as written for each place the page is rendered.
public struct Destination: Sendable, Equatable {
    /// On the lesson's own page.
    public var onPage: String
    /// Inside the handout (one page at the top of the site).
    public var inHandout: String

    public init(onPage: String, inHandout: String) {
        self.onPage = onPage
        self.inHandout = inHandout
    }
}
