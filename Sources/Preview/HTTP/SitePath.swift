/// The site file a request names. The preview serves files from memory, so a
/// path that escapes the site cannot reach the disk; it is still refused by
/// name, before any lookup.
enum SitePath {
    /// The site path (`02-x.html`, `assets/a.png`) for a request's path, which the
    /// server has already percent-decoded (`/%2e%2e/x` arrives as `/../x`);
    /// `nil` when it names no file the site could hold.
    ///
    /// `/` and folders (`/part/`) name their `index.html`. Refused: `.` and `..`
    /// segments, backslashes, and control characters (`%00` among them).
    static func resolve(_ requestPath: String) -> String? {
        guard !requestPath.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" }) else {
            return nil
        }
        let segments = requestPath.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.contains(where: { $0 == "." || $0 == ".." }) else { return nil }
        let path = segments.joined(separator: "/")
        if path.isEmpty { return "index.html" }
        return requestPath.hasSuffix("/") ? path + "/index.html" : path
    }
}
