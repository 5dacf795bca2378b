/// One file of the built site: its path inside the output folder and its bytes.
public struct SiteFile: Sendable, Equatable {
    /// Relative, `/`-separated (`index.html`, `assets/style.css`).
    public var path: String
    public var contents: [UInt8]

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Array(text.utf8))
    }
}

/// The list of files a build wrote, kept in the output folder so the next
/// build knows what it may replace and what belongs to someone else.
public enum Manifest {
    /// The manifest's own name inside the output folder.
    public static let fileName = ".lessons-manifest"

    static let header = "# Written by `lessons build`; the next build replaces exactly these files.\n"

    /// The manifest file for a set of files (itself included).
    public static func file(listing files: [SiteFile]) -> SiteFile {
        let paths = (files.map(\.path) + [fileName]).sorted()
        return SiteFile(path: fileName, text: header + paths.map { $0 + "\n" }.joined())
    }

    /// The paths a manifest lists.
    static func paths(in text: String) -> Set<String> {
        Set(text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map(String.init))
    }
}
