import Site

/// Which open pages must reload after a build: those whose bytes changed,
/// appeared or went away; every page when something they share (a stylesheet,
/// an image) changed, but not for what pages fetch only on demand (the search
/// index, downloads).
struct SiteChange: Sendable, Equatable {
    /// Site paths of the pages that differ, sorted (`02-x.html`, `handout.html`).
    var pages: [String] = []
    /// A file that is not a page changed: every page reloads.
    var everything = false

    var isEmpty: Bool { pages.isEmpty && !everything }

    /// The change made by the files at `paths` differing from the last build's.
    init(differing paths: Set<String>) {
        pages = paths.filter(Self.isPage).sorted()
        everything = paths.contains { !Self.isPage($0) && !SiteRenderer.isFetchedOnDemand($0) }
    }

    init(pages: [String] = [], everything: Bool = false) {
        self.pages = pages
        self.everything = everything
    }

    /// Whether a site path is a page a browser shows (and so can have open).
    static func isPage(_ path: String) -> Bool {
        path.hasSuffix(".html")
    }
}
