import Foundation
import Testing

/// Documentation/API.md lists every public symbol a cell can call, module by module; these
/// tests read the sources and fail when a public symbol is added, renamed or removed without
/// the page, or when one has no `///` summary.
@Suite struct APIOverviewTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// What `import LessonKit` gives a cell.
    static let modules = ["Autodiff", "Figures", "Metrics", "LessonKit"]

    /// Public for the tool's sake, not the author's: the generated program's runtime (named
    /// with `_`), the event channel to the site builder, and protocol witnesses of Codable,
    /// Hashable and Equatable.
    static func isForAuthors(_ name: String) -> Bool {
        let parts = name.split(separator: ".")
        if parts.contains(where: { $0.hasPrefix("_") }) { return false }
        if let first = parts.first, ["CellEvent", "Display", "TextForm"].contains(first) { return false }
        let member = parts.last.map(String.init) ?? name
        return !["init(from:)", "encode(to:)", "hash(into:)", "==(_:_:)"].contains(member)
    }

    static func symbols(of module: String) throws -> [PublicSymbol] {
        try PublicSymbols.declared(under: root.appendingPathComponent("Sources/\(module)")).filter { isForAuthors($0.name) }
    }

    /// Symbol names listed on the page under `## <module>`: the first cell of each table row, in backticks.
    static func listed() throws -> [String: [String]] {
        let page = try String(contentsOf: root.appendingPathComponent("Documentation/API.md"), encoding: .utf8)
        var listed: [String: [String]] = [:]
        var module: String?
        for line in page.components(separatedBy: "\n") {
            if line.hasPrefix("## ") {
                let heading = String(line.dropFirst(3))
                module = modules.first { heading == $0 || heading.hasPrefix("\($0) ") }
            } else if let module, line.hasPrefix("| `") {
                let cells = Self.cells(of: line)
                guard cells.count >= 4 else { continue }
                listed[module, default: []].append(String(cells[1].dropFirst().dropLast()))
            }
        }
        return listed
    }

    /// The cells of a Markdown table row, `\|` being a bar inside a cell.
    static func cells(of row: String) -> [String] {
        var cells: [String] = [], current = "", escaped = false
        for c in row {
            if c == "|" && !escaped {
                cells.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(c)
            }
            escaped = c == "\\"
        }
        cells.append(current.trimmingCharacters(in: .whitespaces))
        return cells
    }

    @Test(arguments: modules)
    func pageListsExactlyThePublicSymbols(module: String) throws {
        let declared = try Self.symbols(of: module)
        #expect(declared.count > 3, "the reader found only \(declared.count) symbols in Sources/\(module)")
        let names = Set(declared.map(\.name))
        let onPage = try Self.listed()[module] ?? []
        let missing = names.subtracting(onPage).sorted()
        let stale = Set(onPage).subtracting(names).sorted()
        let rows = missing.map { name in
            let place = declared.filter { $0.name == name }.map { "\($0.file):\($0.line)" }.joined(separator: ", ")
            return "| `\(name)` | | | ← \(place)"
        }
        #expect(missing.isEmpty, "public in Sources/\(module) but not on Documentation/API.md:\n\(rows.joined(separator: "\n"))")
        #expect(stale.isEmpty, "on Documentation/API.md under \(module) but not public in its sources: \(stale)")
        #expect(onPage.count == Set(onPage).count, "listed twice under \(module): \(onPage.filter { n in onPage.filter { $0 == n }.count > 1 })")
    }

    @Test(arguments: ["Autodiff", "Metrics", "LessonKit"])
    func everyPublicSymbolHasASummary(module: String) throws {
        let undocumented = try Self.symbols(of: module).filter { !$0.isDocumented }
        #expect(undocumented.isEmpty, "no /// summary: \(undocumented.map { "\($0.name) (\($0.file):\($0.line))" })")
    }

    @Test func everyRowHasASignatureAndALine() throws {
        let page = try String(contentsOf: Self.root.appendingPathComponent("Documentation/API.md"), encoding: .utf8)
        let rows = page.components(separatedBy: "\n").filter { $0.hasPrefix("| `") }
        #expect(rows.count > 100)
        for row in rows {
            let cells = Self.cells(of: row)
            #expect(cells.count == 5 && !cells[2].isEmpty && !cells[3].isEmpty, "incomplete row: \(row)")
        }
    }

    /// The reader itself, on a declaration of each shape it has to name.
    @Test func readerNamesDeclarationsAsSwiftDoes() {
        let source = #"""
        /// A.
        public struct Box<T>: Sendable {
            /// B.
            public static func + (a: Box, b: Box) -> Box { a }
            /// C.
            @discardableResult
            public func put(_ value: T, at index: Int = 0, label name: String = "{") -> Bool { true }
            public internal(set) var count = 0, other: Int = 1
            /// D.
            public subscript(row: Int, column: Int) -> T { fatalError("}") }
            /// E.
            public enum Kind: Sendable { case plain, sized(size: Int), wrapped(String) }
            struct Hidden { public var notReally: Int }
            func helper() { let s = "public func fake()"; _ = s }
        }
        extension Box where T == Int {
            /// F.
            public init(
                counting values: [Int],
                by step: (Int) -> Int
            ) {}
        }
        /// G.
        public protocol Shape {
            /// H.
            func area() -> Double; var name: String { get }
        }
        """#
        let symbols = PublicSymbols.declared(in: source, file: "Box.swift")
        #expect(symbols.map(\.name) == [
            "Box", "Box.+(_:_:)", "Box.put(_:at:label:)", "Box.count", "Box.other", "Box.subscript(_:_:)",
            "Box.Kind", "Box.Kind.plain", "Box.Kind.sized(size:)", "Box.Kind.wrapped(_:)",
            "Box.init(counting:by:)", "Shape", "Shape.area()", "Shape.name",
        ])
        // A declaration is documented by the `///` line above it (attributes in between are skipped).
        #expect(symbols.filter { !$0.isDocumented }.map(\.name) == ["Box.count", "Box.other"])
    }
}
