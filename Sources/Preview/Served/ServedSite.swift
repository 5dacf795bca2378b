import Foundation
import Notebook
import Site

/// The site as the preview serves it: the last good files, which build last
/// changed each of them, and what the latest build had to say.
struct ServedSite: Sendable {
    /// Different at every start, so a page left open from an earlier run reloads.
    let epoch: String
    private(set) var files: [String: [UInt8]] = [:]
    /// The build at which each file last changed.
    private(set) var revisions: [String: Int] = [:]
    /// Builds applied so far; 0 until the first finishes.
    private(set) var builds = 0
    /// Whether some build has produced files.
    private(set) var hasFiles = false
    /// The latest build's diagnostics, shown over every open page.
    private(set) var diagnostics: [Diagnostic] = []
    /// Whether the latest build failed, so the files (if any) are an earlier build's.
    private(set) var lastBuildFailed = false

    init(epoch: String = String(UInt32.random(in: 0...UInt32.max), radix: 36)) {
        self.epoch = epoch
    }

    /// Names the version of a path a page was served at (`k3x9.4`); a page that
    /// did not exist has version 0 of it.
    func token(for path: String) -> String {
        "\(epoch).\(revisions[path] ?? 0)"
    }

    /// Takes a build's outcome; says which pages changed.
    mutating func apply(_ outcome: BuildOutcome) -> SiteChange {
        builds += 1
        diagnostics = outcome.diagnostics
        guard let built = outcome.files else {
            lastBuildFailed = true
            return SiteChange()
        }
        lastBuildFailed = false
        hasFiles = true
        var new: [String: [UInt8]] = [:]
        for file in built { new[file.path] = file.contents }
        let differing = Set(files.keys).union(new.keys).filter { files[$0] != new[$0] }
        for path in differing {
            revisions[path] = new[path] == nil ? nil : builds
        }
        files = new
        return SiteChange(differing: differing)
    }
}
