/// How a cell runs and shows, from `//| key: value` lines at its top (Quarto's convention).
public struct CellOptions: Sendable, Equatable, Hashable, Codable {
    /// Show the code.
    public var echo = true
    /// Show what the cell printed and displayed.
    public var output = true
    /// Run the cell at all.
    public var eval = true
    /// The cell must fail (compile or run); its error is shown as its output.
    public var expectError = false
    /// Seconds the cell may run before it is stopped.
    public var timeout: Double = CellOptions.defaultTimeout
    /// More memory, processes or scratch space for the lesson's program.
    public var resources = ResourceRequest()
    /// Files beside the lesson that the cell reads (see ``InputFiles``).
    public var files: [String] = []
    /// `fig-…` or `tbl-…`: numbers what the cell shows as a figure or a table,
    /// which `@fig-…` / `@tbl-…` then refer to.
    public var label: String?
    /// A sentence under the cell's figure (or above its table).
    public var caption: String?

    /// Thirty seconds: room for a lesson that trains a small model.
    public static let defaultTimeout: Double = 30

    public init() {}

    /// Every key an author may write.
    public static let keys = ["echo", "output", "eval", "expect-error", "timeout", "files", "label", "caption"] + ResourceRequest.keys

    /// What a cell's label may start with, and what it makes of the cell's output.
    public static let labelKinds = ["fig-": "a figure", "tbl-": "a table"]

    /// Sets one option from its written form; the error says what was wrong.
    mutating func set(_ key: String, to value: String) -> String? {
        func flag() -> Bool? { Bool(value) }
        switch key {
        case "echo", "output", "eval", "expect-error":
            guard let flag = flag() else { return "option '\(key)' takes true or false, not '\(value)'" }
            switch key {
            case "echo": echo = flag
            case "output": output = flag
            case "eval": eval = flag
            default: expectError = flag
            }
        case "timeout":
            guard let seconds = Double(value), seconds > 0, seconds.isFinite else {
                return "option 'timeout' takes a positive number of seconds, not '\(value)'"
            }
            timeout = seconds
        case "label":
            guard CellOptions.labelKinds.keys.contains(where: { value.hasPrefix($0) && value.count > $0.count }),
                  value.allSatisfy({ $0.isLetter || $0.isNumber || "-_:.".contains($0) }) else {
                return "option 'label' takes fig-name or tbl-name (letters, digits, '-', '_', ':', '.'), not '\(value)'"
            }
            label = value
        case "caption":
            guard !value.isEmpty else { return "option 'caption' needs a sentence" }
            caption = value
        case "files":
            let (paths, problem) = InputFiles.parse(value)
            if let problem { return problem }
            files = paths
        case _ where ResourceRequest.keys.contains(key):
            return resources.set(key, to: value)
        default:
            return "unknown cell option '\(key)' (known: \(Self.keys.joined(separator: ", ")))"
        }
        return nil
    }
}
