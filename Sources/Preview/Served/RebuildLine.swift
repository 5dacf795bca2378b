/// The line printed for each build: what changed, how long the build took and
/// what it ran, and what the browser does about it.
///
///     Lessons/02-x.md changed: rebuilt in 0.21 s (7 lessons: 7 from cache, 0 run); reloading 02-x.html, handout.html
enum RebuildLine {
    static func text(changed: [String], outcome: BuildOutcome, change: SiteChange, seconds: Double) -> String {
        var line = changed.isEmpty ? "built" : names(changed) + " changed: rebuilt"
        line += " in " + duration(seconds)
        if !outcome.summary.isEmpty { line += " " + outcome.summary }
        let errors = outcome.diagnostics.count
        let counted = errors == 1 ? "1 error" : "\(errors) errors"
        if outcome.files == nil {
            return line + "; the build failed with \(counted) (shown in the browser), so pages keep their last good version"
        }
        if errors > 0 { line += "; \(counted) (shown in the browser)" }
        if changed.isEmpty { return line }
        if change.everything { return line + "; reloading every page" }
        if change.pages.isEmpty { return line + "; no page changed" }
        return line + "; reloading " + names(change.pages)
    }

    /// Up to three names, then how many more.
    static func names(_ paths: [String]) -> String {
        let shown = paths.prefix(3).joined(separator: ", ")
        return paths.count > 3 ? shown + " and \(paths.count - 3) more" : shown
    }

    static func duration(_ seconds: Double) -> String {
        let hundredths = Int((seconds * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction) s"
    }
}
