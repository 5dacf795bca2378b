import Foundation
import Notebook

#if canImport(Glibc)
import Glibc
#endif

/// What an author put in the output folder, which the next site keeps as it
/// is: files, folders and symbolic links the last build did not write
/// (symbolic links are kept as links, never followed).
struct CarriedEntries {
    /// Relative paths of the entries carried whole, sorted.
    var paths: [String]
    /// The output as the user named it, for messages.
    var output: String

    /// Finds them: everything under `target` that the previous manifest does not list.
    static func find(
        in target: String, previous: Set<String>?, generated: [String], output: String
    ) throws(SiteWriter.Failure) -> CarriedEntries {
        guard let previous else { return CarriedEntries(paths: [], output: output) }
        // Folders on the way to a file the build writes or wrote: walked into, not carried whole.
        var containers: Set<String> = []
        for path in previous.union(generated) {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                containers.insert(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        let generatedSet = Set(generated)
        var carried = CarriedEntries(paths: [], output: output)
        var pending = [""]
        while let folder = pending.popLast() {
            let absolute = folder.isEmpty ? target : target + "/" + folder
            let names = (try? FileManager.default.contentsOfDirectory(atPath: absolute)) ?? []
            for name in names.sorted() {
                let path = folder.isEmpty ? name : folder + "/" + name
                var info = stat()
                guard lstat(target + "/" + path, &info) == 0 else { continue }
                let isFolder = info.st_mode & S_IFMT == S_IFDIR
                if isFolder, containers.contains(path) {
                    pending.append(path)
                    continue
                }
                if previous.contains(path), !isFolder { continue }
                if generatedSet.contains(path) {
                    throw SiteWriter.Failure(description: "\(output)/\(path): error: the build would overwrite this, which `lessons build` did not write; move it away")
                }
                if containers.contains(path) {
                    throw SiteWriter.Failure(description: "\(output)/\(path): error: the build writes files inside this, but it is not a folder; move it away")
                }
                carried.paths.append(path)
            }
        }
        carried.paths.sort()
        return carried
    }

    /// Puts the carried entries into the new site.
    func copy(from target: String, to staging: String) throws {
        for path in paths {
            let destination = staging + "/" + path
            try FileManager.default.createDirectory(
                atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Self.copyEntry(target + "/" + path, to: destination, named: output + "/" + path)
        }
    }

    /// One entry as it is: a hard link to a file (else a copy), a link as a
    /// link, a folder with all in it, a named pipe as a named pipe.
    static func copyEntry(_ source: String, to destination: String, named name: String) throws {
        var info = stat()
        guard lstat(source, &info) == 0 else { return }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            if link(source, destination) != 0 {
                try FileManager.default.copyItem(atPath: source, toPath: destination)
            }
        case S_IFLNK:
            let target = try FileManager.default.destinationOfSymbolicLink(atPath: source)
            guard symlink(target, destination) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        case S_IFDIR:
            guard mkdir(destination, info.st_mode & 0o7777 | 0o700) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            for entry in try FileManager.default.contentsOfDirectory(atPath: source) {
                try copyEntry(source + "/" + entry, to: destination + "/" + entry, named: name + "/" + entry)
            }
            chmod(destination, info.st_mode & 0o7777)
        case S_IFIFO:
            guard mkfifo(destination, info.st_mode & 0o7777) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        default:
            throw SiteWriter.Failure(description: "\(name): error: a socket or device file cannot be carried into the new site; move it away")
        }
    }
}
