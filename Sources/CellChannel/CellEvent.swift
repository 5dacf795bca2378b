import Figures

/// What a lesson's program tells the site builder about its cells, one JSON
/// line per event (inside a ``ChannelMessage``), on a socket of its own
/// (file descriptor 3).
///
/// Events carry no positions: the builder reads standard output itself, as
/// it is printed, and the program waits for an acknowledgement after each
/// event, so everything printed before an event has reached the builder by
/// the time the builder handles it.
public enum CellEvent: Sendable, Equatable, Codable {
    /// Cell `cell` starts.
    case begin(cell: Int)
    /// Something was shown.
    case display(Display)
    /// Cell `cell` ran to its end.
    case end(cell: Int)
    /// An `expect-error` cell failed, as it should: its copy of the program
    /// was stopped by `signal` (a trap, an abort, a bad memory access).
    case failedAsExpected(cell: Int, signal: Int32)
    /// An `expect-error` cell ran to its end without failing.
    case succeededUnexpectedly(cell: Int)
    /// The program ran its last cell and is about to exit.
    case finished
    /// The process that ran the cells exited with `status` (sent by the
    /// program's keeper, which outlives it, as its last event).
    case programExited(status: Int32)
    /// The process that ran the cells was killed by `signal` (sent by the keeper).
    case programKilled(signal: Int32)
}
