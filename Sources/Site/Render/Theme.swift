import Foundation
import Mustache

/// The page templates and stylesheet: the default theme shipped in the package.
struct Theme: Sendable {
    let templates: MustacheLibrary
    /// Files copied as they are into the site (the stylesheet).
    let assets: [SiteFile]

    static let templateNames = ["head", "header", "page", "index", "handout"]
    static let assetNames = ["style.css"]

    /// The theme inside this package's resources.
    static func standard() throws -> Theme {
        guard let folder = Bundle.module.url(forResource: "Theme", withExtension: nil) else {
            throw ThemeError(description: "the default theme is missing from the package's resources")
        }
        return try Theme(folder: folder)
    }

    init(folder: URL) throws {
        var library = MustacheLibrary()
        for name in Self.templateNames {
            let url = folder.appendingPathComponent(name + ".mustache")
            let text = try String(contentsOf: url, encoding: .utf8)
            do {
                try library.register(text, named: name)
            } catch {
                throw ThemeError(description: "\(url.lastPathComponent): cannot parse the template: \(error)")
            }
        }
        templates = library
        assets = try Self.assetNames.map { name in
            SiteFile(path: name, contents: [UInt8](try Data(contentsOf: folder.appendingPathComponent(name))))
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
