import SwiftParser
import SwiftSyntax

/// A cell's top-level `import` declarations, which the lesson program
/// gathers at file scope.
enum Imports {
    /// The cell's code with each top-level import blanked out (spaces, so
    /// lines and columns stay where they were), and the imports: their line
    /// within the cell, and their text indented to their column.
    static func hoisting(_ code: String) -> (code: String, imports: [(line: Int, text: String)]) {
        guard code.contains("import") else { return (code, []) }
        let file = Parser.parse(source: code)
        var bytes = Array(code.utf8)
        var imports: [(line: Int, text: String)] = []
        for statement in file.statements {
            guard let declaration = statement.item.as(ImportDeclSyntax.self) else { continue }
            let start = declaration.positionAfterSkippingLeadingTrivia.utf8Offset
            let end = declaration.endPositionBeforeTrailingTrivia.utf8Offset
            let before = bytes[..<start]
            let line = before.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            let column = start - ((before.lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1)
            let text = String(decoding: bytes[start..<end], as: UTF8.self)
            // One line per import: an import split over lines stays in the cell (and fails there, saying why).
            guard !text.contains("\n") else { continue }
            imports.append((line, String(repeating: " ", count: column) + text))
            for index in start..<end { bytes[index] = UInt8(ascii: " ") }
        }
        return (String(decoding: bytes, as: UTF8.self), imports)
    }
}
