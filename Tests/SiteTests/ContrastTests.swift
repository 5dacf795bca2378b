import Foundation
@testable import Site
import Testing

/// Text colours of the default theme meet WCAG AA (4.5:1) against the
/// backgrounds they are drawn on, in the light and the dark scheme.
@Suite struct ContrastTests {
    /// The stylesheet the tool carries.
    static let stylesheet: String = {
        guard let theme = try? Theme.standard(), let css = theme.assets.first(where: { $0.path == "style.css" }) else { return "" }
        return String(decoding: css.contents, as: UTF8.self)
    }()

    /// The `--name: #rrggbb` custom properties of the first `:root` block after `marker`.
    static func palette(after marker: String) -> [String: String] {
        guard let start = stylesheet.range(of: marker),
              let root = stylesheet[start.upperBound...].range(of: ":root {"),
              let end = stylesheet[root.upperBound...].firstIndex(of: "}") else { return [:] }
        var colours: [String: String] = [:]
        for declaration in stylesheet[root.upperBound..<end].split(separator: ";") {
            let parts = declaration.split(separator: ":").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            if parts.count == 2, parts[0].hasPrefix("--"), parts[1].hasPrefix("#") { colours[String(parts[0].dropFirst(2))] = parts[1] }
        }
        return colours
    }

    static func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        let bytes: [Int] = [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff]
        let channels = bytes.map { Double($0) / 255 }
        let linear = channels.map { (channel: Double) -> Double in
            channel <= 0.03928 ? channel / 12.92 : pow((channel + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }

    static func contrast(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    static let pairs: [(text: String, background: String)] = [
        ("text", "background"), ("text", "surface"), ("muted", "background"), ("muted", "surface"),
        ("muted", "note-background"), ("accent", "background"), ("accent", "surface"), ("accent-visited", "background"),
        ("error", "error-background"), ("text", "code-background"),
        ("kw", "code-background"), ("ty", "code-background"), ("num", "code-background"),
        ("str", "code-background"), ("com", "code-background"), ("attr", "code-background"),
        ("callout-note", "callout-background"), ("callout-tip", "callout-background"),
        ("callout-important", "callout-background"), ("callout-warning", "callout-background"),
        ("callout-caution", "callout-background"), ("text", "callout-background"),
    ]

    @Test(arguments: ["/* The default theme", "@media (prefers-color-scheme: dark)"])
    func everyTextColourIsReadable(_ scheme: String) {
        // Each scheme must give every colour itself: a dark scheme that lost a
        // colour would otherwise be checked with the light one and pass.
        let colours = Self.palette(after: scheme)
        #expect(!colours.isEmpty, "no ':root' block after \(scheme)")
        for pair in Self.pairs {
            guard let text = colours[pair.text], let background = colours[pair.background] else {
                Issue.record("missing colour \(pair)")
                continue
            }
            let ratio = Self.contrast(text, background)
            #expect(ratio >= 4.5, "\(scheme): \(pair.text) on \(pair.background) is \(ratio):1")
        }
    }
}
