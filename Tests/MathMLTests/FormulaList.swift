import Foundation
import MathML

/// `Formulas/formulas.txt` (the inputs) and `Formulas/formulas.html` (the expected
/// page), which sit beside this file; found through `#filePath`, so the test
/// target needs no resources.
enum FormulaList {
    /// One line of formulas.txt that matters.
    enum Line: Equatable {
        case section(String)
        /// `$…$`, `$$…$$`, or `$$…$$ {#id}`: a display formula with an id, which takes a number.
        case formula(tex: String, display: Bool, id: String?)
    }

    /// A malformed line in formulas.txt.
    struct Malformed: Error, CustomStringConvertible {
        let line: Int
        let text: String
        var description: String { "formulas.txt:\(line): expected $…$, $$…$$, $$…$$ {#id}, ## section or # comment, found \(text)" }
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Formulas")

    static func read(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    /// The sections and formulas of formulas.txt, in order.
    static func lines() throws -> [Line] {
        var lines: [Line] = []
        for (number, text) in try read("formulas.txt").split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if text.isEmpty { continue }
            if text.hasPrefix("## ") {
                lines.append(.section(String(text.dropFirst(3))))
            } else if text.hasPrefix("#") {
                continue
            } else if text.hasPrefix("$$"), let close = text.range(of: "$$ {#", options: .backwards), text.hasSuffix("}"),
                      close.lowerBound > text.index(text.startIndex, offsetBy: 2) {
                let id = String(text[close.upperBound...].dropLast())
                lines.append(.formula(tex: String(text[text.index(text.startIndex, offsetBy: 2)..<close.lowerBound]), display: true, id: id))
            } else if text.count > 4, text.hasPrefix("$$"), text.hasSuffix("$$") {
                lines.append(.formula(tex: String(text.dropFirst(2).dropLast(2)), display: true, id: nil))
            } else if text.count > 2, text.hasPrefix("$"), text.hasSuffix("$") {
                lines.append(.formula(tex: String(text.dropFirst().dropLast()), display: false, id: nil))
            } else {
                throw Malformed(line: number + 1, text: String(text))
            }
        }
        return lines
    }

    /// The table row showing one formula: its source, then its MathML. Display
    /// formulas are numbered as a lesson would number them, the first taking
    /// `firstNumber`; a line's id is its label, or the formula's id for its first line.
    static func row(tex: String, display: Bool, id: String?, firstNumber: Int) throws -> (row: String, numbers: Int) {
        let source = (display ? "$$\(tex)$$" : "$\(tex)$") + (id.map { " {#\($0)}" } ?? "")
        var markup = ""
        var count = 0
        if display {
            let formula = try DisplayFormula(tex: tex, numbered: id != nil)
            var numbers: [String?] = []
            for line in formula.lines {
                numbers.append(line.takesNumber ? String(firstNumber + count) : nil)
                if line.takesNumber { count += 1 }
            }
            var ids = formula.lines.map(\.label)
            if let id, !ids.isEmpty { ids[0] = id }
            markup = formula.mathML(numbers: numbers, ids: ids)
        } else {
            markup = try mathML(fromTeX: tex, display: false)
        }
        return ("<tr><td><code>\(escape(source))</code></td><td>\(markup)</td></tr>", count)
    }

    /// The rows of a page: one line each, as in formulas.html.
    static func rows(of page: String) -> [String] {
        page.split(separator: "\n").filter { $0.hasPrefix("<tr><td>") }.map(String.init)
    }

    /// formulas.html as it should be: a valid HTML page with every formula.
    static func page(_ lines: [Line]) throws -> String {
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>The formulas of formulas.txt</title>
            <style>
            body { font-family: serif; margin: 1em auto; max-width: 60em; padding: 0 1em; }
            math { font-family: "Latin Modern Math", "STIX Two Math", math; font-size: 1.15em; }
            th { text-align: left; padding-top: 1em; }
            td { border-bottom: 1px solid #ddd; padding: 0.3em 0.5em; }
            td:first-child { width: 40%; }
            code { font-size: 0.8em; white-space: pre-wrap; overflow-wrap: anywhere; }
            </style>
            </head>
            <body>
            <h1>The formulas of formulas.txt</h1>
            <p>What the MathML module makes of each formula, checked byte for byte by FormulaFileTests.</p>
            <table>

            """
        var number = 1
        for line in lines {
            switch line {
            case .section(let title):
                page += "<tr><th colspan=\"2\">\(escape(title))</th></tr>\n"
            case .formula(let tex, let display, let id):
                let (row, numbers) = try row(tex: tex, display: display, id: id, firstNumber: number)
                page += row + "\n"
                number += numbers
            }
        }
        return page + "</table>\n</body>\n</html>\n"
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
