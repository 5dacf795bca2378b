import CellChannel
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One run of a compiled lesson program: started (in the sandbox, if there
/// is one) with pipes for its output and a socket for its events, watched
/// until its last process is gone, each cell under its own timeout.
///
/// What it printed is read as it is printed (nothing is written to disk),
/// and everything it sent is checked by a ``CellTranscript``.
struct ProgramRun {
    /// One result per cell of the program.
    var results: [Int: CellResult]
    /// What outside the lesson decided these results, if something did:
    /// then they are not cached.
    var outsideCause: String?
    /// Whether the program could not load its libraries (then the runtime's
    /// cached build is not trusted again).
    var failedToLoad = false

    /// What a run needs.
    struct Setup {
        var program: LessonProgram
        var path: String
        var outputCap: Int
        var sandbox: Sandbox
        var layout: Sandbox.Layout
        var environment: [String: String]
        var limits: ProcessLimits
        var processes: ChildProcesses
    }

    /// Time allowed outside any cell (start-up, between cells, shutting down).
    static let outsideCellTimeout: Double = 30

    static func run(_ setup: Setup) throws(ExecutionFailure) -> ProgramRun {
        let output = try Descriptors.pipe()
        let errors = try Descriptors.pipe()
        let channel = try Descriptors.socketPair()
        let null = try Descriptors.null()
        defer { [output.read, errors.read, channel.builder, null].forEach { close($0) } }

        let secret = (0..<4).map { _ in String(UInt64.random(in: .min ... .max), radix: 16) }.joined()
        let (executable, arguments) = setup.sandbox.command(for: setup.layout)
        let child: ChildProcess
        do {
            defer { [output.write, errors.write, channel.child].forEach { close($0) } }
            child = try ChildProcess.start(
                executable, arguments: arguments, environment: setup.environment,
                directory: setup.layout.workingFolder,
                descriptors: .init(input: null, output: output.write, error: errors.write, events: channel.child),
                registry: setup.processes)
        }
        send(StartMessage(secret: secret, limits: setup.limits), on: channel.builder)

        var watch = Watch(
            transcript: CellTranscript(program: setup.program, path: setup.path, outputCap: setup.outputCap, secret: secret),
            child: child, timeouts: Dictionary(uniqueKeysWithValues: setup.program.placements.map { ($0.cell.index, $0.cell.options.timeout) }),
            sandboxed: setup.sandbox.bubblewrap != nil)
        watch.follow(output: output.read, errors: errors.read, channel: channel.builder)
        return watch.outcome()
    }

    /// Writes the start message; the socket is empty, so it fits at once.
    private static func send(_ message: StartMessage, on descriptor: Int32) {
        guard var data = try? JSONEncoder().encode(message) else { return }
        data.append(UInt8(ascii: "\n"))
        _ = data.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }
}

/// The builder's side of a running program: reads, checks, acknowledges, times out.
private struct Watch {
    var transcript: CellTranscript
    let child: ChildProcess
    let timeouts: [Int: Double]
    let sandboxed: Bool

    var ending: ChildProcess.Ending?
    /// The cell that was stopped for time (nil inside it: outside any cell).
    var timedOut: Int??
    var ioFailure: String?

    mutating func follow(output: Int32, errors: Int32, channel: Int32) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var line: [UInt8] = []
        // How much of `line` is known to hold no newline (a flood is scanned once).
        var scanned = 0
        var open: Set<Int32> = [output, errors, channel]
        // The phase timed now: a cell (by how many have begun), or the time outside cells.
        var phase = (begun: 0, inCell: false)
        var since = Date()
        var stoppingSince: Date?
        var closingBy = Date.distantFuture
        var stop = false

        func read(_ descriptor: Int32, _ take: (ArraySlice<UInt8>) -> Void) -> Bool {
            guard open.contains(descriptor) else { return true }
            switch Descriptors.drain(descriptor, buffer: &buffer, into: take) {
            case .data, .empty: return true
            case .end: open.remove(descriptor); return true
            case .failed(let code):
                open.remove(descriptor)
                ioFailure = "reading the program's output failed: \(FileProblem.describe(errno: code))"
                return false
            }
        }

        while true {
            Descriptors.wait(for: Array(open), milliseconds: open.isEmpty ? 0 : 10)
            if open.isEmpty { usleep(10_000) }
            // The channel first, then the output: whatever was printed before
            // an event is in the pipes by the time the event can be read.
            var incoming: [UInt8] = []
            var healthy = read(channel) { incoming += $0 }
            healthy = read(output) { transcript.printed($0) } && healthy
            healthy = read(errors) { transcript.errorPrinted($0) } && healthy
            if !healthy { stop = true }
            if !stop { line += incoming }
            while !stop {
                guard let newline = line[scanned...].firstIndex(of: UInt8(ascii: "\n")) else {
                    if line.count > ChannelProtocol.maximumLineBytes {
                        transcript.refuseOverlongLine()
                        stop = true
                    }
                    break
                }
                if newline > ChannelProtocol.maximumLineBytes {
                    transcript.refuseOverlongLine()
                    stop = true
                } else if transcript.receive(line[..<newline]) {
                    var answer = ChannelProtocol.acknowledgement
                    // MSG_NOSIGNAL: a program that died meanwhile must not take the builder with it (SIGPIPE).
                    _ = send(channel, &answer, 1, Int32(MSG_NOSIGNAL))
                } else {
                    stop = true
                }
                line.removeSubrange(...newline)
                scanned = 0
            }
            scanned = line.count

            if ending == nil, let ended = child.poll() {
                ending = ended
                closingBy = Date().addingTimeInterval(1)
            }
            if ending != nil, (!open.contains(output) && !open.contains(errors)) || Date() > closingBy { break }
            guard ending == nil else { continue }

            let now = (begun: transcript.begun, inCell: transcript.current != nil)
            if now != phase {
                phase = now
                since = Date()
            }
            let cell = transcript.current
            let allowed = cell.map { timeouts[$0, default: CellOptions.defaultTimeout] } ?? ProgramRun.outsideCellTimeout
            if timedOut == nil, !stop, Date().timeIntervalSince(since) > allowed {
                timedOut = .some(cell)
                stop = true
            }
            if stop, stoppingSince == nil {
                child.terminateGroup()
                stoppingSince = Date()
            } else if let stoppingSince, Date().timeIntervalSince(stoppingSince) > 1 {
                child.killGroup()
            }
        }
    }

    /// The results, with the error that ended the run at the cell it belongs to.
    mutating func outcome() -> ProgramRun {
        // How the cells' process ended: as its keeper reported, else as the
        // process we started ended (bubblewrap reports a death by signal N as status 128 + N).
        var ending = transcript.reportedEnding ?? self.ending
        if transcript.reportedEnding == nil, sandboxed, case .exited(let status) = ending, status > 128, status < 128 + 65 {
            ending = .signalled(status - 128)
        }
        let errorText = String(decoding: transcript.errorText, as: UTF8.self)
        let said = TerminalEscapes.neutralised(errorText.trimming(" \t\n"))
        func cellError(_ message: String) -> CellError { CellError(lineOffset: nil, column: nil, message: message) }

        var error: CellError?
        var cause: String?
        var failedToLoad = false
        if let garbled = transcript.garbled {
            error = cellError(garbled)
        } else if let ioFailure {
            error = cellError(ioFailure)
            cause = ioFailure
        } else if let timedOut {
            if let cell = timedOut {
                let seconds = timeouts[cell, default: CellOptions.defaultTimeout]
                error = cellError("stopped after \(OutputNotes.seconds(seconds)): the cell ran past its timeout (raise it with `//| timeout: …`)")
            } else {
                error = cellError("stopped after \(OutputNotes.seconds(ProgramRun.outsideCellTimeout)) outside any cell: the program did not go on to its next cell")
            }
            cause = "a timeout"
        } else if transcript.finished {
            switch ending {
            case .exited(0), nil: break
            case .signalled(let signal) where !RuntimeMessage.isFault(signal):
                cause = RuntimeMessage.stoppedFromOutside(signal)
                error = cellError(cause!)
            default:
                error = cellError("the program failed after its last cell (\(describe(ending)))" + (said.isEmpty ? "" : ": " + said))
            }
        } else if let cell = transcript.current {
            switch ending {
            case .exited(let status):
                if let runtime = said.split(separator: "\n").last(where: { $0.hasPrefix("lessons runtime: ") }) {
                    error = cellError("the program exited early (status \(status)) in this cell: \(runtime.dropFirst("lessons runtime: ".count))")
                } else {
                    error = cellError("the program exited early (status \(status)) in this cell; a cell must not call exit(), which ends the whole lesson")
                }
            case .signalled(let signal) where RuntimeMessage.isFault(signal):
                var message = RuntimeMessage.parse(errorText, path: transcript.path)
                if message.message.isEmpty { message.message = "the program crashed (\(RuntimeMessage.signalName(signal)))" }
                error = transcript.located(message, cell: cell)
            case .signalled(let signal):
                cause = RuntimeMessage.stoppedFromOutside(signal)
                error = cellError(cause!)
            case nil:
                cause = "the program's end was not seen"
                error = cellError(cause!)
            }
        } else if transcript.begun == 0 {
            failedToLoad = errorText.contains("error while loading shared libraries")
            cause = "the lesson's program did not start (\(describe(ending)))" + (said.isEmpty ? "" : ": " + said)
            error = cellError(cause!)
        } else {
            cause = "the program stopped between cells (\(describe(ending)))" + (said.isEmpty ? "" : ": " + said)
            error = cellError(cause!)
        }
        if cause == nil, let outside = transcript.stoppedFromOutside { cause = outside }
        let results = transcript.close(with: error)
        return ProgramRun(results: results, outsideCause: cause, failedToLoad: failedToLoad)
    }

    private func describe(_ ending: ChildProcess.Ending?) -> String {
        switch ending {
        case .exited(let status): "exit status \(status)"
        case .signalled(let signal): RuntimeMessage.signalName(signal)
        case nil: "still running"
        }
    }
}
