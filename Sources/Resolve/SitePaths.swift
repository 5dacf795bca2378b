import Notebook

/// Where each page of the site goes, and how one page reaches another.
///
/// A lesson's page stands where its Markdown file stands under `Lessons/`
/// (`01-basics/02-y.md` → `01-basics/02-y.html`), so relative links and
/// images written for the Markdown keep working on the page.
public enum SitePaths {
    public static let index = "index.html"
    public static let handout = "handout.html"

    /// The page of a lesson.
    public static func page(of source: LessonSource) -> String {
        String(source.relativePath.dropLast(3)) + ".html"
    }

    /// The folder of a site path (`""` at the top).
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// `""`, `"../"`, `"../../"`: from a folder back to the site's top.
    public static func toTop(from folder: String) -> String {
        folder.isEmpty ? "" : String(repeating: "../", count: folder.split(separator: "/").count)
    }

    /// The path of `path` (from the top of the site) as seen from `folder`.
    public static func relative(from folder: String, to path: String) -> String {
        let from = folder.split(separator: "/")
        let to = path.split(separator: "/", omittingEmptySubsequences: false)
        var shared = 0
        while shared < from.count, shared < to.count - 1, from[shared] == to[shared] { shared += 1 }
        let up = String(repeating: "../", count: from.count - shared)
        return up + to[shared...].joined(separator: "/")
    }

    /// `relative` taken from `folder`, with `.` and `..` resolved; nil when it climbs above the top.
    public static func join(_ folder: String, _ relative: String) -> String? {
        var parts = folder.split(separator: "/").map(String.init)
        let pieces = relative.split(separator: "/", omittingEmptySubsequences: false)
        for (index, piece) in pieces.enumerated() {
            switch piece {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            case "" where index < pieces.count - 1: continue
            default: parts.append(String(piece))
            }
        }
        return parts.joined(separator: "/")
    }
}
