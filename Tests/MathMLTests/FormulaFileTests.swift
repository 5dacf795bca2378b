import MathML
import Testing

/// One formula of formulas.txt and its row in formulas.html.
struct ListedFormula: Sendable, CustomTestStringConvertible {
    let tex: String
    let display: Bool
    let id: String?
    /// The number its first numbered line takes, counting through formulas.txt.
    let firstNumber: Int
    let expectedRow: String?

    var testDescription: String { (display ? "$$\(tex)$$" : "$\(tex)$") + (id.map { " {#\($0)}" } ?? "") }

    /// Every formula, paired in order with the rows of formulas.html.
    static func all() throws -> [ListedFormula] {
        let rows = FormulaList.rows(of: try FormulaList.read("formulas.html"))
        var formulas: [ListedFormula] = []
        var number = 1
        for line in try FormulaList.lines() {
            guard case .formula(let tex, let display, let id) = line else { continue }
            let index = formulas.count
            formulas.append(ListedFormula(tex: tex, display: display, id: id, firstNumber: number,
                                          expectedRow: index < rows.count ? rows[index] : nil))
            number += (try? FormulaList.row(tex: tex, display: display, id: id, firstNumber: number).numbers) ?? 0
        }
        return formulas
    }
}

@Suite struct FormulaFileTests {
    /// Each formula converts, to exactly the markup in formulas.html.
    @Test(arguments: try ListedFormula.all())
    func convertsAsRecorded(_ formula: ListedFormula) throws {
        let row = try FormulaList.row(tex: formula.tex, display: formula.display, id: formula.id, firstNumber: formula.firstNumber).row
        #expect(row == formula.expectedRow)
    }

    /// The whole page, so that added, removed or reordered formulas show up too.
    /// When it differs, the page as it should now be is attached: `swift test
    /// --attachments-path DIR` saves it as DIR/formulas-….html; review it (in a
    /// browser too), then copy it over Formulas/formulas.html.
    @Test func pageIsUpToDate() throws {
        let lines = try FormulaList.lines()
        #expect(lines.count { if case .formula = $0 { true } else { false } } >= 200)
        let page = try FormulaList.page(lines)
        let recorded = (try? FormulaList.read("formulas.html")) ?? ""
        guard page != recorded else { return }
        Attachment.record(page, named: "formulas.html")
        let new = page.split(separator: "\n", omittingEmptySubsequences: false)
        let old = recorded.split(separator: "\n", omittingEmptySubsequences: false)
        let line = new.indices.first { $0 >= old.count || new[$0] != old[$0] } ?? new.count
        Issue.record("Formulas/formulas.html is out of date from line \(line + 1); the new page is attached")
    }
}
