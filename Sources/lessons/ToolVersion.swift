import Foundation
import Notebook

/// `lessons --version`: the tool's version and the compiler its cells will use.
enum ToolVersion {
    /// Bumped with every release; cached cell results do not depend on it
    /// (they depend on the runtime's sources, which the key hashes).
    static let number = "0.2.0"

    static func report(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        var lines = ["lessons \(number)"]
        do {
            let compiler = try Compiler.find(environment: environment, cacheFolder: try? UserCache.folder(environment: environment))
            lines.append("swiftc: \(compiler.path) (\(compiler.version))")
        } catch {
            lines.append("swiftc: \(error.description)")
        }
        return lines.joined(separator: "\n")
    }
}
