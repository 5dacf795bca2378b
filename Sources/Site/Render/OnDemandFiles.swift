extension SiteRenderer {
    /// Whether a file of the site is fetched only when a reader asks for it —
    /// the search index and its texts, a download — so that no open page
    /// shows anything different when it changes (`lessons serve` then reloads
    /// only the pages that did change).
    public static func isFetchedOnDemand(_ path: String) -> Bool {
        path == SearchIndex.indexPath || path.hasSuffix(".zip")
            || (path.hasPrefix(SearchIndex.textPrefix) && path.hasSuffix(".js"))
    }
}
