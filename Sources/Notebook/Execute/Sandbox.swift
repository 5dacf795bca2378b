import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Where a lesson's program runs: inside bubblewrap (`bwrap`) when it is
/// installed and works here, otherwise as a plain process.
///
/// Inside, the program sees the system read-only (`/usr` and the few files
/// of `/etc` that programs need, nothing of anyone's home), the Swift
/// toolchain's and the cell runtime's libraries, the lesson's inputs
/// read-only at their own paths, and one writable scratch folder, `/tmp`,
/// of bounded size. It has no network, its own process IDs (so it cannot
/// see the builder, its environment or other lessons), no capabilities,
/// and it dies with the builder.
struct Sandbox: Sendable {
    /// The `bwrap` to run programs with; nil: run them unsandboxed.
    let bubblewrap: String?
    /// Why programs run unsandboxed, when they do.
    let unsandboxedReason: String?

    /// Programs run unsandboxed, for `reason`.
    static func none(_ reason: String) -> Sandbox {
        Sandbox(bubblewrap: nil, unsandboxedReason: reason)
    }

    /// Finds `bwrap` on `PATH` and checks, by running it once (a few
    /// milliseconds), that it can make a sandbox here.
    static func find(environment: [String: String], processes: ChildProcesses) -> Sandbox {
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        guard let path = (folders + ["/usr/bin"]).map({ $0 + "/bwrap" }).first(where: FileManager.default.isExecutableFile) else {
            return .none("bubblewrap is not installed (Debian: apt-get install bubblewrap)")
        }
        let probe = Layout(program: "/bin/true", workingFolder: "/", readable: [], scratch: .sandboxed(bytes: 1 << 20))
        let (_, arguments) = Sandbox(bubblewrap: path, unsandboxedReason: nil).command(for: probe)
        do {
            let run = try ToolRun.run(path, arguments: arguments, directory: "/", environment: [:], timeout: 10, processes: processes)
            guard run.status == .exited(0) else {
                let said = run.output.trimmingCharacters(in: .whitespacesAndNewlines)
                return .none("\(path) cannot make a sandbox here (\(said.isEmpty ? "\(run.status)" : said))")
            }
        } catch {
            return .none("\(path) cannot be run (\(error))")
        }
        return Sandbox(bubblewrap: path, unsandboxedReason: nil)
    }

    /// Where a program's writable scratch folder is.
    enum Scratch: Equatable {
        /// `/tmp` inside the sandbox, a file system of its own of `bytes`.
        case sandboxed(bytes: Int)
        /// A folder of the builder's work area, for a program run without a sandbox.
        case folder(String)
    }

    /// What one run of a program needs to see.
    struct Layout: Equatable {
        var program: String
        /// The program's working directory (the lesson's folder).
        var workingFolder: String
        /// Files and folders the program may read, at their own paths.
        var readable: [String]
        var scratch: Scratch
        /// Whether `workingFolder` is among what `readable` exposes; if not,
        /// it is an empty, read-only folder.
        var workingFolderIsReadable = true
    }

    /// The system folders a program needs: links where the system has links (merged `/usr`).
    static let systemFolders = ["/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"]
    /// The few files of `/etc` that the loader, the C library and Foundation read.
    static let systemFiles = [
        "/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d", "/etc/alternatives",
        "/etc/passwd", "/etc/group", "/etc/nsswitch.conf", "/etc/localtime", "/etc/timezone", "/etc/os-release",
    ]

    /// Where the program is inside the sandbox (outside, it is in the builder's work area).
    static let programPath = "/run/lessons/program"

    /// The command that runs `layout.program` as this sandbox says; the
    /// program itself when there is no sandbox.
    func command(for layout: Layout) -> (executable: String, arguments: [String]) {
        guard let bubblewrap else { return (layout.program, []) }
        var arguments = [
            "--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL",
            "--proc", "/proc", "--dev", "/dev",
        ]
        for folder in Self.systemFolders {
            var info = stat()
            guard lstat(folder, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFLNK, let target = try? FileManager.default.destinationOfSymbolicLink(atPath: folder) {
                arguments += ["--symlink", target, folder]
            } else {
                arguments += ["--ro-bind", folder, folder]
            }
        }
        for file in Self.systemFiles { arguments += ["--ro-bind-try", file, file] }
        if case .sandboxed(let bytes) = layout.scratch {
            arguments += ["--size", String(bytes), "--tmpfs", "/tmp"]
        }
        if !layout.workingFolderIsReadable {
            arguments += ["--tmpfs", layout.workingFolder]
        }
        for path in layout.readable {
            arguments += ["--ro-bind-try", path, path]
        }
        if !layout.workingFolderIsReadable {
            arguments += ["--remount-ro", layout.workingFolder]
        }
        arguments += [
            "--ro-bind", layout.program, Self.programPath, "--remount-ro", "/",
            "--chdir", layout.workingFolder, "--", Self.programPath,
        ]
        return (bubblewrap, arguments)
    }
}
