import CellChannel

/// Puts a program run back together as one result per cell: printed text
/// and displays in the order they happened, then how each cell ended.
struct OutputAssembly {
    let program: LessonProgram
    let path: String
    let outputCap: Int

    func results(of run: ProgramRun) -> [Int: CellResult] {
        var results: [Int: CellResult] = [:]
        var current: Int?
        var last = 0
        let output = run.output

        func text(upTo offset: Int) {
            let end = min(max(offset, last), output.count)
            guard let cell = current, end > last else {
                last = max(last, min(offset, output.count))
                return
            }
            let slice = output[last..<end]
            results[cell]?.outputs.append(.text(String(decoding: slice, as: UTF8.self)))
            last = end
        }
        func finish(_ cell: Int, _ status: CellResult.Status) {
            results[cell]?.status = status
            current = nil
        }

        for event in run.events {
            switch event {
            case .begin(let cell, let offset):
                current = cell
                last = min(offset, output.count)
                results[cell] = CellResult(index: cell, status: .failed, outputs: [])
            case .display(let offset, let display):
                text(upTo: offset)
                if let cell = current { results[cell]?.outputs.append(.display(display)) }
            case .outputCut(let cell, let offset, let printed):
                text(upTo: offset)
                results[cell]?.outputs.append(.note(Self.cutNote(printed: printed, cap: outputCap)))
            case .end(let cell, let offset):
                text(upTo: offset)
                finish(cell, .succeeded)
            case .failedAsExpected(let cell, let offset, let message):
                text(upTo: offset)
                results[cell]?.outputs.append(.error(located(RuntimeMessage.parse(message, path: path), cell: cell)))
                finish(cell, .failedAsExpected)
            case .succeededUnexpectedly(let cell, let offset):
                text(upTo: offset)
                results[cell]?.outputs.append(.error(CellError(
                    lineOffset: nil, column: nil,
                    message: "this cell is marked `expect-error: true` but ran without an error")))
                finish(cell, .failed)
            }
        }

        if let cell = current {
            // The program ended inside this cell.
            let remaining = output.count - last
            text(upTo: last + min(remaining, outputCap))
            if remaining > outputCap {
                results[cell]?.outputs.append(.note(Self.cutNote(printed: remaining, cap: outputCap)))
            }
            results[cell]?.outputs.append(.error(failure(of: run, cell: cell)))
            results[cell]?.status = .failed
        } else if run.ending != .exited(0), let next = program.placements.first(where: { results[$0.cell.index] == nil }) {
            results[next.cell.index] = CellResult(
                index: next.cell.index, status: .failed, outputs: [.error(failure(of: run, cell: next.cell.index))])
        }
        for placement in program.placements where results[placement.cell.index] == nil {
            results[placement.cell.index] = CellResult(index: placement.cell.index, status: .notRun, outputs: [])
        }
        return results
    }

    /// Why the program stopped inside a cell.
    private func failure(of run: ProgramRun, cell: Int) -> CellError {
        if run.timedOutCell == cell || run.ending == .timedOut {
            let seconds = program.placements.first { $0.cell.index == cell }?.cell.options.timeout ?? CellOptions.defaultTimeout
            return CellError(
                lineOffset: nil, column: nil,
                message: "stopped after \(Self.seconds(seconds)): the cell ran past its timeout (raise it with `//| timeout: …`)")
        }
        var message = RuntimeMessage.parse(run.errorOutput, path: path)
        if message.message.isEmpty {
            switch run.ending {
            case .signalled(let signal): message.message = "the program crashed (\(RuntimeMessage.signalName(signal)))"
            case .exited(let status): message.message = "the program exited with status \(status)"
            case .timedOut: break
            }
        }
        return located(message, cell: cell)
    }

    /// A runtime message at its line when it names one in this cell, else at the cell.
    private func located(_ message: RuntimeMessage, cell: Int) -> CellError {
        if let line = message.line, let (placement, offset) = program.placement(forLine: line),
           placement.cell.index == cell {
            return CellError(lineOffset: offset, column: nil, message: message.message)
        }
        return CellError(lineOffset: nil, column: nil, message: message.message)
    }

    static func cutNote(printed: Int, cap: Int) -> String {
        "Output cut: the cell printed \(byteCount(printed)); only the first \(byteCount(cap)) is shown."
    }

    static func byteCount(_ bytes: Int) -> String {
        if bytes >= 1_000_000 { return formatted(Double(bytes) / 1_000_000) + " MB" }
        if bytes >= 1_000 { return formatted(Double(bytes) / 1_000) + " kB" }
        return "\(bytes) bytes"
    }

    static func seconds(_ value: Double) -> String {
        formatted(value) + " s"
    }

    private static func formatted(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

/// What the Swift runtime says when a program traps:
/// `Lessons/x.md:12: Fatal error: Index out of range`.
struct RuntimeMessage {
    var line: Int?
    var message: String

    static func parse(_ text: String, path: String) -> RuntimeMessage {
        let kinds = ["Fatal error", "Precondition failed", "Assertion failed"]
        for raw in text.split(separator: "\n").reversed() {
            let line = raw.trimming(" \t")
            guard let kind = kinds.first(where: { line.contains(": \($0)") || line.hasPrefix($0) }) else { continue }
            let start = line.range(of: kind)!.lowerBound
            let location = line[..<start].dropLast(2)
            // `fatalError` names its file by `#fileID`: `<module>/<file name>`.
            var lineNumber: Int?
            let name = path.split(separator: "/").last.map(String.init) ?? path
            if let colon = location.lastIndex(of: ":") {
                let file = location[..<colon]
                if file == path || file.hasSuffix("/" + name) || file == name {
                    lineNumber = Int(location[location.index(after: colon)...])
                }
            }
            return RuntimeMessage(line: lineNumber, message: String(line[start...]))
        }
        let lines = text.split(separator: "\n").suffix(20).joined(separator: "\n")
        return RuntimeMessage(line: nil, message: lines.trimming(" \t\n"))
    }

    static func signalName(_ signal: Int32) -> String {
        switch signal {
        case 4: "SIGILL, a trap"
        case 5: "SIGTRAP, a trap"
        case 6: "SIGABRT"
        case 7: "SIGBUS"
        case 8: "SIGFPE"
        case 9: "SIGKILL"
        case 11: "SIGSEGV, a bad memory access or a stack overflow"
        default: "signal \(signal)"
        }
    }
}
