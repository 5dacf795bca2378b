import MathML
import Markdown
import Notebook

/// Numbers one lesson's equations, figures, tables and sections in the order
/// they stand, as LaTeX and Quarto do: per lesson, figures and tables counted
/// apart, `(5.2)` for lesson 5's second numbered equation.
struct Numbering: Sendable {
    /// What the lesson numbers, with where each target was written (for duplicate errors).
    var targets: [(id: String, kind: ReferenceTarget.Kind, number: String, position: SourcePosition)] = []
    var equations: [SourcePosition: NumberedEquation] = [:]
    var cellCaptions: [Int: Caption] = [:]
    var imageCaptions: [String: Caption] = [:]
    var problems: [Diagnostic] = []

    init(lesson: Lesson) {
        let path = lesson.source.path
        let prefix = lesson.number.isEmpty ? "" : lesson.number + "."
        var equationCount = 0, figureCount = 0, tableCount = 0
        var sectionCounts: [Int] = []

        if let title = lesson.titleHeading, let id = title.attributes.id {
            record(id, .lesson, lesson.number, at: title.range.start, path: path)
        }
        var visitor = LessonContent()
        var found: [Found] = []
        visitor.heading = { found.append(.heading($0)) }
        visitor.cell = { found.append(.cell($0)) }
        visitor.inline = { inline, range in
            switch inline {
            case .math(let math) where math.isDisplay: found.append(.math(math))
            case .image(let image) where image.attributes.id != nil: found.append(.image(image, range))
            default: break
            }
        }
        visitor.visit(lesson)

        for item in found {
            switch item {
            case .heading(let heading):
                let depth = heading.level - 2
                guard depth >= 0 else { continue }
                if sectionCounts.count <= depth { sectionCounts += Array(repeating: 0, count: depth + 1 - sectionCounts.count) }
                sectionCounts = Array(sectionCounts.prefix(depth + 1))
                sectionCounts[depth] += 1
                if let id = heading.attributes.id, id.hasPrefix("sec-") {
                    let number = prefix + sectionCounts.map(String.init).joined(separator: ".")
                    record(id, .section, number, at: heading.range.start, path: path)
                }
            case .cell(let cell):
                guard cell.options.label != nil || cell.options.caption != nil else { continue }
                var caption = Caption(label: nil, id: cell.options.label, text: cell.options.caption ?? "", kind: .figure)
                if let label = cell.options.label {
                    let isTable = label.hasPrefix("tbl-")
                    if isTable { tableCount += 1 } else { figureCount += 1 }
                    let number = prefix + String(isTable ? tableCount : figureCount)
                    caption.kind = isTable ? .table : .figure
                    caption.label = caption.kind.rawValue + " " + number
                    record(label, caption.kind, number, at: SourcePosition(line: cell.firstLine, column: 1), path: path)
                }
                cellCaptions[cell.index] = caption
            case .image(let image, let range):
                guard let id = image.attributes.id else { continue }
                guard id.hasPrefix("fig-") else {
                    problems.append(Diagnostic(path: path, line: range.start.line, column: range.start.column,
                                               message: "an image's id names a figure and starts with fig- (not '\(id)')"))
                    continue
                }
                figureCount += 1
                let number = prefix + String(figureCount)
                imageCaptions[id] = Caption(label: "Figure " + number, id: id, text: image.children.plainText, kind: .figure)
                record(id, .figure, number, at: range.start, path: path)
            case .math(let math):
                equationCount = numberEquation(math, path: path, prefix: prefix, counter: equationCount)
            }
        }
    }

    private enum Found {
        case heading(Heading)
        case cell(Cell)
        case image(Markdown.Image, SourceRange)
        case math(Math)
    }

    /// Reads a display formula that may take numbers; returns the counter after it.
    private mutating func numberEquation(_ math: Math, path: String, prefix: String, counter: Int) -> Int {
        let id = math.attributes.id
        guard id != nil || Self.mayNumber(math.tex) else { return counter }
        if let id, !id.hasPrefix("eq-") {
            problems.append(Diagnostic(path: path, line: math.position.line, column: math.position.column,
                                       message: "a formula's id names an equation and starts with eq- (not '\(id)')"))
            return counter
        }
        let formula: DisplayFormula
        do {
            formula = try DisplayFormula(tex: math.tex, numbered: id != nil)
        } catch {
            problems.append(MathPlace.diagnostic(error, in: math, path: path))
            return counter
        }
        guard !formula.lines.isEmpty else { return counter }
        var counter = counter
        var numbers: [String?] = [], ids: [String?] = []
        var attributeID = id
        for line in formula.lines {
            var number: String?
            if line.takesNumber {
                counter += 1
                number = prefix + String(counter)
            }
            var lineID = line.label
            if lineID == nil, let pending = attributeID {
                lineID = pending
                attributeID = nil
            }
            if let lineID {
                if lineID.hasPrefix("eq-") {
                    let position = MathPlace.position(of: line.position, in: math)
                    record(lineID, .equation, number ?? line.tag?.shown ?? "", at: position, path: path)
                } else {
                    let position = MathPlace.position(of: line.position, in: math)
                    problems.append(Diagnostic(path: path, line: position.line, column: position.column,
                                               message: "an equation's label starts with eq- so that @\(lineID) reads as a reference (write \\label{eq-\(lineID)})"))
                }
            }
            numbers.append(number)
            ids.append(lineID)
        }
        equations[math.position] = NumberedEquation(formula: formula, numbers: numbers, ids: ids)
        return counter
    }

    /// Whether plain TeX could number itself (so it is worth reading now rather than when rendering).
    static func mayNumber(_ tex: String) -> Bool {
        ["\\label", "\\tag", "\\begin{equation}", "\\begin{align}", "\\begin{gather}"].contains { tex.contains($0) }
    }

    private mutating func record(_ id: String, _ kind: ReferenceTarget.Kind, _ number: String, at position: SourcePosition, path: String) {
        targets.append((id, kind, number, position))
    }
}
