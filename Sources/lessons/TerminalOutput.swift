import CellChannel
import Notebook

/// A lesson's cells and what they showed, as text for a terminal (`lessons run`).
///
/// What cells printed or showed may hold escape sequences; they are shown as
/// text (`^[[2J`), so a cell cannot clear the screen, hide a line or
/// retitle the window of whoever runs the lesson.
enum TerminalOutput {
    static func render(lesson: Lesson, run: LessonRun) -> String {
        var out = ""
        let path = lesson.source.path
        for cell in lesson.cells {
            let result = run.results.first { $0.index == cell.index }
            out += "── cell \(cell.index + 1) · \(path):\(cell.firstLine) "
            out += status(result?.status) + "\n"
            for output in result?.outputs ?? [] {
                let text: String
                switch output {
                case .text(let printed): text = printed.hasSuffix("\n") ? printed : printed + "\n"
                case .display(let display): text = TextForm.text(of: display.neutralisingEscapes()) + "\n"
                case .error(let error): text = error.diagnostic(path: path, cell: cell).description + "\n"
                case .note(let note): text = "note: " + note + "\n"
                }
                out += TerminalEscapes.neutralised(text)
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
