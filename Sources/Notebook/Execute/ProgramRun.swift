import Foundation
import CellChannel

#if canImport(Glibc)
import Glibc
#endif

/// One run of a compiled lesson program: the events it sent, what it
/// printed, and how it ended. A cell that runs past its timeout is stopped
/// with its whole process group.
struct ProgramRun {
    var events: [CellEvent]
    var output: [UInt8]
    var errorOutput: String
    var ending: ChildProcess.Ending
    /// The cell that was running when the program was stopped for time.
    var timedOutCell: Int?

    /// Time allowed outside any cell (start-up, the program's prelude).
    static let outsideCellTimeout: Double = 30

    static func run(
        executable: String, directory: String, timeouts: [Int: Double], environment: [String: String]
    ) throws(ExecutionFailure) -> ProgramRun {
        let folder = URL(fileURLWithPath: directory)
        func create(_ name: String) throws(ExecutionFailure) -> Int32 {
            let fd = open(folder.appendingPathComponent(name).path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            guard fd >= 0 else { throw ExecutionFailure("cannot create \(name) in \(directory)") }
            return fd
        }
        let stdoutFD = try create("stdout"), stderrFD = try create("stderr"), eventsFD = try create("events")
        let null = open("/dev/null", O_RDONLY | O_CLOEXEC)
        defer { [stdoutFD, stderrFD, eventsFD, null].forEach { close($0) } }

        let child = try ChildProcess.start(
            executable, arguments: [], environment: environment, directory: directory,
            descriptors: .init(input: null, output: stdoutFD, error: stderrFD, events: eventsFD))

        var reader = EventReader(descriptor: eventsFD)
        var events: [CellEvent] = []
        var running: (cell: Int, since: Date)?
        var idleSince = Date()
        var timedOutCell: Int?
        let ending = child.wait {
            let new = reader.readNew()
            events += new
            for event in new {
                switch event {
                case .begin(let cell, _): running = (cell, Date())
                case .failedAsExpected(let cell, _, _), .succeededUnexpectedly(let cell, _), .end(let cell, _):
                    if running?.cell == cell { running = nil }
                    idleSince = Date()
                case .display, .outputCut: break
                }
            }
            if let (cell, since) = running {
                if Date().timeIntervalSince(since) > timeouts[cell, default: CellOptions.defaultTimeout] {
                    timedOutCell = cell
                    return true
                }
            } else if Date().timeIntervalSince(idleSince) > outsideCellTimeout {
                return true
            }
            return false
        }
        events += reader.readNew()
        let output = (try? Data(contentsOf: folder.appendingPathComponent("stdout"))).map { [UInt8]($0) } ?? []
        let errors = (try? Data(contentsOf: folder.appendingPathComponent("stderr"))).map {
            String(decoding: $0.prefix(256 * 1024), as: UTF8.self)
        } ?? ""
        return ProgramRun(
            events: events, output: output, errorOutput: errors, ending: ending, timedOutCell: timedOutCell)
    }
}

/// Reads whole JSON lines appended to the events file since the last read.
struct EventReader {
    let descriptor: Int32
    private var offset: off_t = 0
    private var partial: [UInt8] = []
    /// Reused across reads: the reader polls every few milliseconds while a cell runs.
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    private let decoder = JSONDecoder()

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    mutating func readNew() -> [CellEvent] {
        var events: [CellEvent] = []
        while true {
            let count = pread(descriptor, &buffer, buffer.count, offset)
            guard count > 0 else { break }
            offset += off_t(count)
            partial.append(contentsOf: buffer[..<count])
        }
        while let newline = partial.firstIndex(of: UInt8(ascii: "\n")) {
            let line = Data(partial[..<newline])
            partial.removeSubrange(...newline)
            if let event = try? decoder.decode(CellEvent.self, from: line) { events.append(event) }
        }
        return events
    }
}
