import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Writes a file whole or not at all: into a temporary file beside it, then
/// renamed over it. (Foundation's `.atomic` writing does the same through a
/// folder in `$TMPDIR` that it leaves behind on Linux.)
enum FileReplacement {
    static func write(_ data: Data, to path: String) throws {
        let temporary = (path as NSString).deletingLastPathComponent + "/.\((path as NSString).lastPathComponent).\(UUID().uuidString.prefix(8))"
        do {
            try data.write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            unlink(temporary)
            throw error
        }
    }
}
