import Dispatch
import Foundation
import Notebook

#if canImport(Glibc)
import Glibc
#endif

/// One command's execution: its work area, and what happens when it is told
/// to stop (Ctrl-C, `SIGTERM`, `SIGHUP`): every process it started is
/// stopped (a lesson's keeper then stops what the cells started), its
/// temporary folders are removed, and it exits 130 (or 128 + the signal).
///
/// After a `SIGKILL` nothing can run here: the sandbox and the keepers stop
/// the processes as the builder dies, and the next build removes the folders.
final class ExecutionSession {
    let settings: LessonRunner.Settings
    private let workArea: WorkArea
    private let sources: [DispatchSourceSignal]

    init(settings base: LessonRunner.Settings, alsoRemoving extra: [String]) throws {
        var settings = base
        let workArea: WorkArea
        do {
            workArea = try WorkArea.create()
        } catch {
            throw SessionFailure(description: error.description)
        }
        settings.workArea = workArea
        self.settings = settings
        self.workArea = workArea
        let processes = settings.processes
        sources = [SIGINT, SIGTERM, SIGHUP].map { signal in
            Glibc.signal(signal, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signal, queue: .global())
            source.setEventHandler {
                FileHandle.standardError.write(Data("lessons: stopped by \(signal == SIGINT ? "Ctrl-C" : signal == SIGTERM ? "SIGTERM" : "SIGHUP")\n".utf8))
                processes.terminateAll()
                workArea.remove()
                for folder in extra { try? FileManager.default.removeItem(atPath: folder) }
                _exit(signal == SIGINT ? 130 : 128 + signal)
            }
            source.resume()
            return source
        }
    }

    /// Removes the work area; the command is over.
    func end() {
        sources.forEach { $0.cancel() }
        for signal in [SIGINT, SIGTERM, SIGHUP] { Glibc.signal(signal, SIG_DFL) }
        workArea.remove()
    }
}

/// The command could not even start executing.
struct SessionFailure: Error, CustomStringConvertible {
    var description: String
}
