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

extension Display {
    /// The most text one displayed value may carry.
    public static let maximumTextBytes = 1_000_000

    /// What makes this display too large to show, in words (see `SizeBounds`); nil when it is not.
    public var sizeProblem: String? {
        switch self {
        case .text(let text):
            text.utf8.count > Self.maximumTextBytes
                ? "the value's text is \(text.utf8.count) bytes long; at most \(Self.maximumTextBytes) is allowed" : nil
        case .table(let table): table.sizeProblem
        case .plot(let plot): plot.sizeProblem
        case .figure(let figure): figure.sizeProblem
        }
    }
}
