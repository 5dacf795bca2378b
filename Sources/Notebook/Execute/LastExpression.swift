import SwiftParser
import SwiftSyntax

/// Finds the expression whose value a cell shows: its last statement, when
/// that statement is an expression and not an assignment.
enum LastExpression {
    /// UTF-8 offsets of the expression in `code`, end exclusive.
    static func range(in code: String) -> Range<Int>? {
        let file = Parser.parse(source: code)
        guard let last = file.statements.last, case .expr(let expression) = last.item else { return nil }
        if isAssignment(expression) { return nil }
        let start = expression.positionAfterSkippingLeadingTrivia.utf8Offset
        let end = expression.endPositionBeforeTrailingTrivia.utf8Offset
        return start < end ? start..<end : nil
    }

    /// `x = 1`, `x += 1`, `_ = f()`: statements for their effect, whose value is `()`.
    private static func isAssignment(_ expression: ExprSyntax) -> Bool {
        guard let sequence = expression.as(SequenceExprSyntax.self) else { return false }
        for element in sequence.elements {
            if element.is(AssignmentExprSyntax.self) { return true }
            if let op = element.as(BinaryOperatorExprSyntax.self) {
                let text = op.operator.text
                if text.hasSuffix("="), !["==", "!=", "<=", ">=", "===", "!=="].contains(text) { return true }
            }
        }
        return false
    }
}
