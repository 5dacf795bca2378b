import Markdown

/// What the preview shows where the site has no page (yet): a small page that
/// carries the live script, so it turns into the real page when a build makes it.
enum MissingPage {
    /// Why there is no page at a path.
    enum Reason {
        /// The first build is still running.
        case building
        /// No build has produced files yet; the diagnostics say why.
        case notBuilt
        /// The built site has no such file.
        case notFound
    }

    static func html(path: String, reason: Reason) -> String {
        let (title, text): (String, String) = switch reason {
        case .building: ("Building the course…", "The first build is running; this page appears when it is done.")
        case .notBuilt: ("The course does not build yet", "Fix the errors shown below and save; this page follows.")
        case .notFound: ("No such page", "The course has no page at /\(HTMLEscaping.escape(path)). It appears here if a save makes it.")
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>\(title)</title></head>
            <body style="font:16px/1.5 system-ui,sans-serif;margin:3rem auto;max-width:40rem;padding:0 1rem">
            <h1>\(title)</h1>
            <p>\(text)</p>
            <p><a href="/">The course's front page</a></p>
            </body>
            </html>

            """
    }
}
