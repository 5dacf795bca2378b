/// A figure a lesson can show: text for the terminal, HTML for the page.
///
/// ``Table``, ``Plot`` and ``Figure`` are displayable; both forms are pure
/// functions of the value, so a decoded copy renders the same bytes.
public protocol Displayable: Sendable, Codable, Equatable {
    /// The figure as text, at its own size.
    func text() -> String
    /// The figure as an HTML5 fragment, all author text escaped.
    func html() -> String
}

extension Table: Displayable {}
extension Plot: Displayable {}
extension Figure: Displayable {}
