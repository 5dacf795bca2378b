import Figures

/// How a display reads in a terminal: tables as grids, plots as text art.
public enum TextForm {
    /// The plain-text form of a display.
    public static func text(of display: Display) -> String {
        switch display {
        case .text(let text): text
        case .table(let table): table.text()
        case .plot(let plot): plot.text()
        case .figure(let figure): figure.text()
        }
    }
}
