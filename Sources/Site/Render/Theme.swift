import Foundation
import Mustache

/// The page templates and stylesheet: the default theme shipped in the package.
struct Theme: Sendable {
    let templates: MustacheLibrary
    /// Files copied as they are into the site (the stylesheet, the pages' script).
    let assets: [SiteFile]

    static let templateNames = ["head", "header", "sidebar", "page", "index", "handout", "search"]
    static let assetNames = ["style.css", "site.js"]

    /// The default theme, embedded in the tool from `Sources/Site/Theme` at build time.
    static func standard() throws -> Theme {
        let files = Dictionary(uniqueKeysWithValues: (embedded.first?.files ?? []).map { ($0.path, $0.text) })
        return try Theme(files: files)
    }

    /// A theme from its files' text, by file name.
    init(files: [String: String]) throws {
        var library = MustacheLibrary()
        for name in Self.templateNames {
            guard let text = files[name + ".mustache"] else {
                throw ThemeError(description: "the theme has no \(name).mustache")
            }
            do {
                try library.register(text, named: name)
            } catch {
                throw ThemeError(description: "\(name).mustache: cannot parse the template: \(error)")
            }
        }
        templates = library
        assets = try Self.assetNames.map { name in
            guard let text = files[name] else { throw ThemeError(description: "the theme has no \(name)") }
            return SiteFile(path: name, text: text)
        }
    }

    /// Renders a template; a missing template is a bug in the theme.
    func render(_ name: String, _ context: [String: Any]) -> String {
        guard let html = templates.render(context, withTemplate: name) else {
            preconditionFailure("the theme has no template named \(name)")
        }
        return html
    }
}

/// The theme could not be loaded.
struct ThemeError: Error, CustomStringConvertible {
    var description: String
}
