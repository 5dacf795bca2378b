import SwiftParser
import SwiftSyntax

/// A cell's code as the lesson's program runs it, for a program that runs
/// without the site builder (a lesson's download): the cell's top-level
/// imports, which belong at the top of the file, and the rest of its code with
/// the last expression wrapped in `_display(…)`, so that it shows what the
/// page shows. The same rules as `LessonProgram`, so the two cannot drift.
public struct StandaloneCell: Sendable, Equatable {
    /// The cell's `import` declarations, one per line, without indentation.
    public var imports: [String]
    /// The rest of the code; each import left as a line of spaces.
    public var code: String

    public init(_ cell: Cell) {
        let (rest, hoisted) = Imports.hoisting(cell.code)
        imports = hoisted.map { String($0.text.drop { $0 == " " }) }
        // `print(…)` and `show(…)` show nothing more through `_display`: leave them as written.
        if let range = LastExpression.range(in: rest), Self.isPrintOrShow(rest, range) {
            code = rest
        } else {
            code = LessonProgram.wrappingLastExpression(rest).0
        }
    }

    static func isPrintOrShow(_ code: String, _ range: Range<Int>) -> Bool {
        let text = String(decoding: Array(code.utf8)[range], as: UTF8.self)
        guard let statement = Parser.parse(source: text).statements.first,
              case .expr(let expression) = statement.item,
              let call = expression.as(FunctionCallExprSyntax.self),
              let name = call.calledExpression.as(DeclReferenceExprSyntax.self) else { return false }
        return ["print", "show", "debugPrint"].contains(name.baseName.text)
    }
}
