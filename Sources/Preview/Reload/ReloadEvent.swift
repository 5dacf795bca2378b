import Notebook
import Site

/// What the preview tells open pages, as Server-Sent Events.
enum ReloadEvent: Sendable, Equatable {
    /// These pages (or all) changed: a page among them reloads.
    case reload(SiteChange)
    /// The latest build's diagnostics (none clears what a page shows); `failed`
    /// when the build made no files, so pages are the last good version.
    case diagnostics([Diagnostic], failed: Bool)
    /// Keeps the connection in use, so a closed page is noticed.
    case ping

    /// The event as it goes on the stream, ending with its blank line.
    var text: String {
        switch self {
        case .reload(let change):
            return "event: reload\ndata: {\"pages\":\(JSONText.array(change.pages)),\"everything\":\(change.everything)}\n\n"
        case .diagnostics(let diagnostics, let failed):
            return "event: diagnostics\ndata: {\"failed\":\(failed),\"lines\":\(JSONText.array(diagnostics.map(\.description)))}\n\n"
        case .ping:
            return ": ping\n\n"
        }
    }

    /// The first thing a page's stream says: how soon to reconnect when the
    /// server goes away (a restarted `lessons serve` is found within a second).
    static let retry = "retry: 500\n\n"
}
