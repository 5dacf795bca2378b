import CellChannel
import Figures
import Foundation
import Markdown
@testable import Notebook
import Testing

#if canImport(Glibc)
import Glibc
#endif

extension CellTranscript {
    mutating func accept(_ line: ArraySlice<UInt8>, sourceLocation: SourceLocation = #_sourceLocation) {
        let accepted = receive(line)
        #expect(accepted, sourceLocation: sourceLocation)
    }

    mutating func refuse(_ line: ArraySlice<UInt8>, sourceLocation: SourceLocation = #_sourceLocation) {
        let accepted = receive(line)
        #expect(!accepted, sourceLocation: sourceLocation)
    }
}

/// The builder's reading of a program's run, fed by hand: what a hostile
/// or broken program can send, and what the builder makes of it.
@Suite struct CellTranscriptTests {
    static func cell(_ index: Int, line: Int, expectError: Bool = false) -> Cell {
        var options = CellOptions()
        options.expectError = expectError
        let range = SourceRange(start: .init(line: line - 1, column: 1), end: .init(line: line + 2, column: 3))
        return Cell(index: index, code: "x\n", options: options, firstLine: line, range: range)
    }

    static let program = LessonProgram(
        cells: [cell(0, line: 3), cell(1, line: 9, expectError: true), cell(2, line: 15)], path: "L/x.md")

    static func transcript(cap: Int = 1_000) -> CellTranscript {
        CellTranscript(program: program, path: "L/x.md", outputCap: cap, secret: "s3cret")
    }

    static func line(_ event: CellEvent, secret: String = "s3cret") -> ArraySlice<UInt8> {
        let data = try! JSONEncoder().encode(ChannelMessage(secret: secret, event: event))
        return ArraySlice([UInt8](data))
    }

    static func printed(_ text: String) -> ArraySlice<UInt8> { ArraySlice(Array(text.utf8)) }

    @Test func printedTextAndDisplaysKeepTheOrderTheyHappenedIn() {
        var transcript = Self.transcript()
        transcript.accept(Self.line(.begin(cell: 0)))
        transcript.printed(Self.printed("a\n"))
        transcript.accept(Self.line(.display(.text("x"))))
        transcript.printed(Self.printed("b\n"))
        transcript.accept(Self.line(.end(cell: 0)))
        transcript.accept(Self.line(.begin(cell: 1)))
        transcript.errorPrinted(Self.printed("L/x.md:9: Fatal error: boom\n"))
        transcript.accept(Self.line(.failedAsExpected(cell: 1, signal: SIGILL)))
        transcript.accept(Self.line(.begin(cell: 2)))
        transcript.accept(Self.line(.end(cell: 2)))
        transcript.accept(Self.line(.finished))
        transcript.accept(Self.line(.programExited(status: 0)))
        #expect(transcript.finished && transcript.reportedEnding == .exited(0))
        let results = transcript.close(with: nil)
        #expect(results[0] == CellResult(index: 0, status: .succeeded, outputs: [.text("a\n"), .display(.text("x")), .text("b\n")]))
        #expect(results[1] == CellResult(index: 1, status: .failedAsExpected, outputs: [
            .error(CellError(lineOffset: 0, column: nil, message: "Fatal error: boom"))]))
        #expect(results[2] == CellResult(index: 2, status: .succeeded, outputs: []))
    }

    /// The cut happens in the builder, as text arrives, so what the cell shows
    /// after it and what the next cell prints stay where they belong.
    @Test func textPastTheCapIsCutAndWhatFollowsStaysInPlace() {
        var transcript = Self.transcript(cap: 10)
        _ = transcript.receive(Self.line(.begin(cell: 0)))
        transcript.printed(Self.printed(String(repeating: "x", count: 25)))
        _ = transcript.receive(Self.line(.display(.text("shown"))))
        transcript.printed(Self.printed("12345"))
        _ = transcript.receive(Self.line(.end(cell: 0)))
        _ = transcript.receive(Self.line(.begin(cell: 1)))
        _ = transcript.receive(Self.line(.succeededUnexpectedly(cell: 1)))
        _ = transcript.receive(Self.line(.begin(cell: 2)))
        transcript.printed(Self.printed("next\n"))
        _ = transcript.receive(Self.line(.end(cell: 2)))
        let results = transcript.close(with: nil)
        #expect(results[0]?.outputs == [
            .text("xxxxxxxxxx"),
            .note("Output cut: the cell printed 30 bytes; only the first 10 bytes is shown."),
            .display(.text("shown")),
        ])
        #expect(results[1]?.status == .failed)
        #expect(results[2]?.outputs == [.text("next\n")])
    }

    @Test(arguments: [
        ([Self.line(.begin(cell: 1))], "the event channel was garbled: cell 2 began out of order"),
        ([Self.line(.end(cell: 0))], "the event channel was garbled: cell 1 ended out of order"),
        ([Self.line(.display(.text("x")))], "the event channel was garbled: something was shown outside any cell"),
        ([Self.line(.begin(cell: 0)), Self.line(.end(cell: 0), secret: "guess")],
         "the event channel was garbled: an event on the channel was not sent by the lesson's runtime (did a cell write to descriptor 3?)"),
        ([Self.line(.begin(cell: 0)), ArraySlice(Array("{\"end\":{\"cell\":0}}".utf8))],
         "the event channel was garbled: the event channel carried something that is not an event (did a cell write to descriptor 3?)"),
        ([Self.line(.begin(cell: 0)), Self.line(.failedAsExpected(cell: 0, signal: SIGILL))],
         "the event channel was garbled: cell 1 ended out of order"),
        ([Self.line(.begin(cell: 0)), Self.line(.finished)],
         "the event channel was garbled: the program said it had finished before its last cell ended"),
        ([Self.line(.programExited(status: 0)), Self.line(.begin(cell: 0))],
         "the event channel was garbled: an event came after the program's end"),
    ])
    func whatTheProgramMustNotSayGarblesTheChannel(_ lines: [ArraySlice<UInt8>], _ message: String) {
        var transcript = Self.transcript()
        for line in lines.dropLast() { transcript.accept(line) }
        transcript.refuse(lines.last!)
        #expect(transcript.garbled == message)
        let results = transcript.close(with: CellError(lineOffset: nil, column: nil, message: transcript.garbled!))
        #expect(results[0]?.status == .failed)
        #expect(results[0]?.outputs.last == .error(CellError(lineOffset: nil, column: nil, message: message)))
        #expect(results[2]?.status == .notRun)
    }

    @Test func aDisplayTooLargeToDrawIsTheCellsErrorNotTheBuildersProblem() {
        var transcript = Self.transcript()
        _ = transcript.receive(Self.line(.begin(cell: 0)))
        transcript.accept(Self.line(.display(.plot(Plot(width: 100_000_000)))))
        transcript.accept(Self.line(.display(.table(Table(columns: ["a"], rows: Array(repeating: [1], count: 200_001))))))
        _ = transcript.receive(Self.line(.end(cell: 0)))
        let results = transcript.close(with: nil)
        #expect(results[0] == CellResult(index: 0, status: .failed, outputs: [
            .error(CellError(lineOffset: nil, column: nil, message: "cannot show this: the plot's width is 100000000; at most 1000 is allowed")),
            .error(CellError(lineOffset: nil, column: nil, message: "cannot show this: the number of cells in the table is 200001; at most 200000 is allowed")),
        ]))
    }

    /// A signal the lesson did not raise itself (the out-of-memory killer's,
    /// say) fails the cell but must not be remembered as its result.
    @Test func anExpectErrorCellKilledFromOutsideFailsAndIsMarkedSo() {
        var transcript = Self.transcript()
        _ = transcript.receive(Self.line(.begin(cell: 0)))
        _ = transcript.receive(Self.line(.end(cell: 0)))
        _ = transcript.receive(Self.line(.begin(cell: 1)))
        transcript.accept(Self.line(.failedAsExpected(cell: 1, signal: SIGKILL)))
        #expect(transcript.stoppedFromOutside == "the program was killed (SIGKILL) by something outside the lesson, perhaps for lack of memory")
        #expect(transcript.close(with: nil)[1]?.status == .failed)
    }

    @Test func escapeSequencesInATrapMessageAreShownAsText() {
        var transcript = Self.transcript()
        _ = transcript.receive(Self.line(.begin(cell: 0)))
        _ = transcript.receive(Self.line(.end(cell: 0)))
        _ = transcript.receive(Self.line(.begin(cell: 1)))
        transcript.errorPrinted(Self.printed("Fatal error: \u{1B}[2Jgone\u{07}\n"))
        _ = transcript.receive(Self.line(.failedAsExpected(cell: 1, signal: SIGTRAP)))
        #expect(transcript.close(with: nil)[1]?.outputs == [.error(CellError(lineOffset: nil, column: nil, message: "Fatal error: ^[[2Jgone^G"))])
    }
}
