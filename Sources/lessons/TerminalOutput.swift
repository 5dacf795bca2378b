import CellChannel
import Notebook

/// A lesson's cells and what they showed, as text for a terminal (`lessons run`).
enum TerminalOutput {
    static func render(lesson: Lesson, run: LessonRun) -> String {
        var out = ""
        let path = lesson.source.path
        for cell in lesson.cells {
            let result = run.results.first { $0.index == cell.index }
            out += "── cell \(cell.index + 1) · \(path):\(cell.firstLine) "
            out += status(result?.status) + "\n"
            for output in result?.outputs ?? [] {
                switch output {
                case .text(let text): out += text.hasSuffix("\n") ? text : text + "\n"
                case .display(let display): out += TextForm.text(of: display) + "\n"
                case .error(let error): out += error.diagnostic(path: path, cell: cell).description + "\n"
                case .note(let note): out += "note: " + note + "\n"
                }
            }
        }
        return out
    }

    private static func status(_ status: CellResult.Status?) -> String {
        switch status {
        case .succeeded: ""
        case .failedAsExpected: "(failed, as expected)"
        case .failed: "(FAILED)"
        case .notRun: "(not run: an earlier cell failed)"
        case .skipped, nil: "(not evaluated)"
        }
    }
}
