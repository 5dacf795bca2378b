import CellChannel
import Foundation

/// A lesson program's run put back together as it happens: what it printed
/// and what it showed, in order, one result per cell.
///
/// Nothing the program sends is trusted. Every event must carry the run's
/// secret, be a whole JSON line of bounded size, and come in program order:
/// cells begin in the order the program runs them, each ends once, displays
/// come inside a cell, and the program's last event says it reached its
/// end. Anything else garbles the channel, which is the running cell's error.
///
/// Printed text is the builder's own reading of standard output, so its
/// place among the displays is exact and each cell keeps at most
/// `outputCap` bytes of it (the rest is counted, and a note says so).
struct CellTranscript {
    let program: LessonProgram
    let path: String
    let outputCap: Int
    let secret: String

    private(set) var results: [Int: CellResult] = [:]
    /// The cell running now.
    private(set) var current: Int?
    /// How many cells have begun.
    private(set) var begun = 0
    /// Whether the program said it reached its end.
    private(set) var finished = false
    /// Why the channel cannot be believed, once it cannot.
    private(set) var garbled: String?
    /// Whether something from outside the lesson stopped an `expect-error` cell (it is not cached).
    private(set) var stoppedFromOutside: String?
    /// How the process that ran the cells ended, as the program's keeper reported it.
    private(set) var reportedEnding: ChildProcess.Ending?

    /// The current cell's printed text not yet put in its outputs.
    private var pending: [UInt8] = []
    private var kept = 0
    private var printed = 0
    private var cutNote: Int?
    private var displays = 0
    private var displayBytes = 0
    private var invalidDisplay = false
    private var displaysDropped = false
    /// Standard error since the current cell began (the last `errorTextLimit` bytes).
    private(set) var errorText: [UInt8] = []

    static let errorTextLimit = 64 * 1024
    static let maximumDisplays = 1_000
    static let maximumDisplayBytes = 64 << 20

    init(program: LessonProgram, path: String, outputCap: Int, secret: String) {
        self.program = program
        self.path = path
        self.outputCap = outputCap
        self.secret = secret
    }

    /// Text the program printed on standard output.
    mutating func printed(_ bytes: ArraySlice<UInt8>) {
        guard current != nil else { return }
        printed += bytes.count
        let room = max(0, outputCap - kept)
        pending += bytes.prefix(room)
        kept += min(room, bytes.count)
        if bytes.count > room, cutNote == nil {
            flushText()
            cutNote = append(.note(""))
        }
    }

    /// Text the program printed on standard error.
    mutating func errorPrinted(_ bytes: ArraySlice<UInt8>) {
        errorText += bytes
        if errorText.count > Self.errorTextLimit { errorText.removeFirst(errorText.count - Self.errorTextLimit) }
    }

    /// One line from the event channel; false when it garbles the channel.
    mutating func receive(_ line: ArraySlice<UInt8>) -> Bool {
        guard garbled == nil else { return false }
        guard reportedEnding == nil else { return garble("an event came after the program's end") }
        guard let message = try? JSONDecoder().decode(ChannelMessage.self, from: Data(line)) else {
            return garble("the event channel carried something that is not an event (did a cell write to descriptor 3?)")
        }
        guard message.secret == secret else {
            return garble("an event on the channel was not sent by the lesson's runtime (did a cell write to descriptor 3?)")
        }
        switch message.event {
        case .programExited(let status):
            reportedEnding = .exited(status)
            return true
        case .programKilled(let signal):
            reportedEnding = .signalled(signal)
            return true
        default:
            guard !finished else { return garble("the program sent an event after its last cell") }
        }
        switch message.event {
        case .programExited, .programKilled: break
        case .begin(let cell):
            guard current == nil, begun < program.placements.count, program.placements[begun].cell.index == cell else {
                return garble("cell \(cell + 1) began out of order")
            }
            current = cell
            begun += 1
            results[cell] = CellResult(index: cell, status: .failed, outputs: [])
            errorText = []
        case .display(let display):
            guard current != nil else { return garble("something was shown outside any cell") }
            displays += 1
            displayBytes += line.count
            if displays > Self.maximumDisplays || displayBytes > Self.maximumDisplayBytes {
                if !displaysDropped {
                    displaysDropped = true
                    flushText()
                    append(.note(OutputNotes.displaysDropped))
                }
                break
            }
            flushText()
            if let problem = display.sizeProblem {
                append(.error(CellError(lineOffset: nil, column: nil, message: "cannot show this: \(problem)")))
                invalidDisplay = true
            } else {
                append(.display(display))
            }
        case .end(let cell):
            guard current == cell, !isExpectError(cell) else { return garble("cell \(cell + 1) ended out of order") }
            finishCell(invalidDisplay ? .failed : .succeeded)
        case .failedAsExpected(let cell, let signal):
            guard current == cell, isExpectError(cell) else { return garble("cell \(cell + 1) ended out of order") }
            flushText()
            if RuntimeMessage.isFault(signal) {
                var message = RuntimeMessage.parse(String(decoding: errorText, as: UTF8.self), path: path)
                if message.message.isEmpty { message.message = "the cell crashed (\(RuntimeMessage.signalName(signal)))" }
                append(.error(located(message, cell: cell)))
                finishCell(.failedAsExpected)
            } else {
                let reason = RuntimeMessage.stoppedFromOutside(signal)
                stoppedFromOutside = reason
                append(.error(CellError(lineOffset: nil, column: nil, message: reason)))
                finishCell(.failed)
            }
        case .succeededUnexpectedly(let cell):
            guard current == cell, isExpectError(cell) else { return garble("cell \(cell + 1) ended out of order") }
            flushText()
            append(.error(CellError(
                lineOffset: nil, column: nil,
                message: "this cell is marked `expect-error: true` but ran without an error")))
            finishCell(.failed)
        case .finished:
            guard current == nil, begun == program.placements.count else {
                return garble("the program said it had finished before its last cell ended")
            }
            finished = true
        }
        return true
    }

    /// The program sent more than a line may hold without ending it.
    mutating func refuseOverlongLine() {
        _ = garble("more than \(OutputNotes.byteCount(ChannelProtocol.maximumLineBytes)) came without the end of a line (did a cell write to descriptor 3?)")
    }

    /// The cell that a failure now belongs to: the running one, else the next to run.
    var cellAtFault: Int? {
        if let current { return current }
        if begun < program.placements.count { return program.placements[begun].cell.index }
        return program.placements.last?.cell.index
    }

    /// Ends the transcript with `error` at the cell at fault (the running
    /// cell keeps what it printed), and every cell that did not run marked so.
    mutating func close(with error: CellError?) -> [Int: CellResult] {
        if let error, let cell = cellAtFault {
            if current == cell {
                flushText()
                append(.error(error))
                finishCell(.failed)
            } else {
                results[cell] = CellResult(index: cell, status: .failed, outputs: [.error(error)])
            }
        } else if current != nil {
            finishCell(.failed)
        }
        for placement in program.placements where results[placement.cell.index] == nil {
            results[placement.cell.index] = CellResult(index: placement.cell.index, status: .notRun, outputs: [])
        }
        return results
    }

    /// A message the program's runtime printed, at its line when it names one in this cell.
    func located(_ message: RuntimeMessage, cell: Int) -> CellError {
        let text = TerminalEscapes.neutralised(message.message)
        if let line = message.line, let (placement, offset) = program.placement(forLine: line),
           placement.cell.index == cell {
            return CellError(lineOffset: offset, column: nil, message: text)
        }
        return CellError(lineOffset: nil, column: nil, message: text)
    }

    private func isExpectError(_ cell: Int) -> Bool {
        program.placements.first { $0.cell.index == cell }?.cell.options.expectError ?? false
    }

    private mutating func garble(_ reason: String) -> Bool {
        garbled = "the event channel was garbled: \(reason)"
        return false
    }

    @discardableResult
    private mutating func append(_ output: CellOutput) -> Int? {
        guard let cell = current else { return nil }
        results[cell]?.outputs.append(output)
        return (results[cell]?.outputs.count ?? 1) - 1
    }

    private mutating func flushText() {
        guard !pending.isEmpty else { return }
        let text = String(decoding: pending, as: UTF8.self)
        pending = []
        append(.text(text))
    }

    private mutating func finishCell(_ status: CellResult.Status) {
        flushText()
        if let cell = current, let note = cutNote {
            results[cell]?.outputs[note] = .note(OutputNotes.cut(printed: printed, cap: outputCap))
        }
        if let cell = current { results[cell]?.status = status }
        current = nil
        pending = []
        kept = 0
        printed = 0
        cutNote = nil
        displays = 0
        displayBytes = 0
        invalidDisplay = false
        displaysDropped = false
    }
}
