import Foundation
import ZIPFoundation

/// A `.zip` made in memory, with the same bytes from build to build: entries
/// in the order given, every one dated `date` and readable by all (`0644`),
/// so that `lessons build --check` can compare downloads like pages.
enum ZipArchive {
    /// 1980-01-01 00:00:00 UTC: the earliest date a zip entry can hold.
    static let date = Date(timeIntervalSince1970: 315_532_800)

    /// The archive's bytes; entries are deflated.
    static func bytes(_ entries: [(path: String, contents: [UInt8])]) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        for entry in entries {
            let data = Data(entry.contents)
            try archive.addEntry(
                with: entry.path, type: .file, uncompressedSize: Int64(data.count),
                modificationDate: date, permissions: 0o644, compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw ZipProblem(description: "the archive in memory has no data") }
        return Array(data)
    }

    struct ZipProblem: Error, CustomStringConvertible {
        var description: String
    }
}
