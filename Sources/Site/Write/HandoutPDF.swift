import Foundation
import Notebook

/// `handout.pdf`, printed from `handout.html` by headless Chromium with the
/// handout's print stylesheet. Optional: the site never depends on it.
public enum HandoutPDF {
    /// The file's name in the site.
    public static let fileName = "handout.pdf"

    /// Why no PDF was made.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The first Chromium on `PATH`, if any.
    public static func findBrowser(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
        for folder in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            for name in names {
                let path = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }

    /// Prints the handout among `files` to PDF, through a scratch copy of the site.
    public static func render(_ files: [SiteFile], browser: String) throws(Failure) -> SiteFile {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let pdf = scratch.appendingPathComponent(fileName)
        do {
            for file in files {
                let url = scratch.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents).write(to: url)
            }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: browser)
            process.arguments = [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--user-data-dir=" + scratch.appendingPathComponent(".profile").path,
                "--print-to-pdf=" + pdf.path, scratch.appendingPathComponent("handout.html").absoluteString,
            ]
            process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
            process.standardError = FileHandle(forWritingAtPath: "/dev/null")
            try process.run()
            process.waitUntilExit()
            let data = try Data(contentsOf: pdf)
            guard process.terminationStatus == 0, data.starts(with: Array("%PDF".utf8)) else {
                throw Failure(description: "\(browser) did not print the handout (status \(process.terminationStatus))")
            }
            return SiteFile(path: fileName, contents: [UInt8](data))
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "printing the handout failed: \(FileProblem.describe(error))")
        }
    }
}
