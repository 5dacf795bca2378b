import Foundation

/// How a built site differs from what is on disk (`lessons build --check`).
public struct SiteComparison: Sendable, Equatable {
    /// Files whose bytes differ.
    public var differing: [String]
    /// Files the build makes that the folder lacks.
    public var missing: [String]
    /// Files in the folder that the build does not make.
    public var extra: [String]

    public var isClean: Bool { differing.isEmpty && missing.isEmpty && extra.isEmpty }

    /// Compares the files a build would write (manifest included) with a folder.
    public init(files: [SiteFile], folder: String) {
        let all = files + [Manifest.file(listing: files)]
        // Through a symbolic link, as the site was written.
        let resolved = (try? SiteWriter(output: folder).resolvedOutput()) ?? folder
        let present = Set(SiteWriter.files(under: resolved))
        let root = URL(fileURLWithPath: resolved)
        differing = []
        missing = []
        for file in all.sorted(by: { $0.path < $1.path }) {
            guard present.contains(file.path) else {
                missing.append(file.path)
                continue
            }
            let data = try? Data(contentsOf: root.appendingPathComponent(file.path))
            if data.map({ [UInt8]($0) }) != file.contents { differing.append(file.path) }
        }
        // The PDF is a by-product of `--pdf`, made by a browser: not compared.
        let generated = Set(all.map(\.path) + [HandoutPDF.fileName])
        extra = present.filter { !generated.contains($0) }.sorted()
    }

    /// One line per difference, for stderr.
    public func report(folder: String) -> [String] {
        differing.map { "\(folder)/\($0): differs from what the lessons build" }
            + missing.map { "\(folder)/\($0): missing" }
            + extra.map { "\(folder)/\($0): not made by the build (extra)" }
    }
}
