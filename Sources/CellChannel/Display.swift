import Figures

/// Something a cell shows: the value of its last expression, or what it passed to `show`.
///
/// It travels from the lesson's program to the site builder as data, so the
/// page draws a real `<table>` and the terminal draws text.
public enum Display: Sendable, Equatable, Codable {
    /// A value shown as text.
    case text(String)
    case table(Table)
    case plot(Plot)
    /// Plots side by side or stacked.
    case figure(Figure)
}
