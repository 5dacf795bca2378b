/// What a lesson's program may use beyond the defaults, from the `memory`,
/// `processes` and `scratch` cell options or front-matter keys. The cells
/// of a lesson run as one program, so it gets the most any of them asks for.
public struct ResourceRequest: Sendable, Equatable, Hashable, Codable {
    /// Bytes of address space (`memory: 4 GB`).
    public var memory: Int?
    /// Processes and threads (`processes: 512`).
    public var processes: Int?
    /// Bytes of the writable scratch folder (`scratch: 1 GB`).
    public var scratch: Int?

    public init(memory: Int? = nil, processes: Int? = nil, scratch: Int? = nil) {
        self.memory = memory
        self.processes = processes
        self.scratch = scratch
    }

    public static let keys = ["memory", "processes", "scratch"]

    /// What a lesson gets without asking.
    public static let defaults = (memory: 2_000_000_000, processes: 256, scratch: 256_000_000)

    /// The bounds of what may be asked for.
    static let memoryRange = 64_000_000...1_000_000_000_000
    static let processRange = 16...100_000
    static let scratchRange = 1_000_000...1_000_000_000_000

    /// Sets one key from its written form; the error says what was wrong.
    mutating func set(_ key: String, to value: String) -> String? {
        switch key {
        case "memory", "scratch":
            let range = key == "memory" ? Self.memoryRange : Self.scratchRange
            guard let bytes = Self.bytes(value), range.contains(bytes) else {
                return "'\(key)' takes a size between \(Self.size(range.lowerBound)) and \(Self.size(range.upperBound)) such as '4 GB' or '512 MB', not '\(value)'"
            }
            if key == "memory" { memory = bytes } else { scratch = bytes }
        case "processes":
            guard let count = Int(value), Self.processRange.contains(count) else {
                return "'processes' takes a whole number between \(Self.processRange.lowerBound) and \(Self.processRange.upperBound), not '\(value)'"
            }
            processes = count
        default:
            return "unknown resource '\(key)'"
        }
        return nil
    }

    /// Each value the larger of the two requests'.
    public func raised(by other: ResourceRequest) -> ResourceRequest {
        func larger(_ a: Int?, _ b: Int?) -> Int? { [a, b].compactMap { $0 }.max() }
        return ResourceRequest(
            memory: larger(memory, other.memory), processes: larger(processes, other.processes),
            scratch: larger(scratch, other.scratch))
    }

    /// `4 GB`, `512MB`, `1.5 GB`, `64 MiB`: decimal units as the output cap's, binary ones by name.
    static func bytes(_ text: String) -> Int? {
        let trimmed = text.filter { $0 != " " }
        let number = trimmed.prefix { $0.isNumber || $0 == "." }
        let units: [String: Double] = [
            "B": 1, "kB": 1e3, "KB": 1e3, "MB": 1e6, "GB": 1e9, "TB": 1e12,
            "KiB": 1024, "MiB": 1_048_576, "GiB": 1_073_741_824, "TiB": 1_099_511_627_776,
        ]
        guard let value = Double(number), value.isFinite, let unit = units[String(trimmed.dropFirst(number.count))] else {
            return nil
        }
        let bytes = value * unit
        return bytes < 1e15 ? Int(bytes) : nil
    }

    static func size(_ bytes: Int) -> String {
        bytes >= 1_000_000_000_000 ? "\(bytes / 1_000_000_000_000) TB"
            : bytes >= 1_000_000_000 ? "\(bytes / 1_000_000_000) GB" : "\(bytes / 1_000_000) MB"
    }
}

/// The files beside a lesson that its cells read, from the `files` cell
/// option or front-matter key: paths relative to the lesson's folder,
/// separated by commas (`files: data/points.csv, data/images/`). A lesson
/// that names none may read every file of the lessons folder, and every one
/// of them is part of what its cached results depend on.
enum InputFiles {
    /// The paths in a written list; the error says what was wrong.
    static func parse(_ value: String) -> (paths: [String], problem: String?) {
        let paths = value.split(separator: ",").map { $0.trimming(" \t") }
        for path in paths {
            if path.isEmpty { return ([], "'files' takes paths separated by commas, not '\(value)'") }
            if path.hasPrefix("/") || path.hasPrefix("~") {
                return ([], "'files' takes paths relative to the lesson's folder, not '\(path)'")
            }
        }
        return (paths, nil)
    }
}
