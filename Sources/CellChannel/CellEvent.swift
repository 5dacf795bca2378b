import Figures

/// What a lesson's program tells the site builder, one JSON line per event,
/// on a channel of its own (file descriptor 3): cell boundaries and displays.
///
/// Printed text stays on standard output, a regular file; each event records
/// how far that file had grown (`offset`), which is how the builder puts
/// printed text and displays back in order. Nothing a cell prints can forge
/// an event.
public enum CellEvent: Sendable, Equatable, Codable {
    /// Cell `cell` starts.
    case begin(cell: Int, offset: Int)
    /// Something was shown.
    case display(offset: Int, display: Display)
    /// Cell `cell` printed `printed` bytes; what is past `offset` was dropped.
    case outputCut(cell: Int, offset: Int, printed: Int)
    /// Cell `cell` ran to its end.
    case end(cell: Int, offset: Int)
    /// An `expect-error` cell failed, as it should; `message` is what the runtime said.
    case failedAsExpected(cell: Int, offset: Int, message: String)
    /// An `expect-error` cell ran to its end without failing.
    case succeededUnexpectedly(cell: Int, offset: Int)
}
