/// One entry of a ``Table``: text, an integer, a number, a truth value, or nothing.
///
/// Write cells as literals (`0.9`, `1`, `"a"`, `true`) or as variables of the
/// usual types; both become a `TableCell` through ``TableCellConvertible``.
public enum TableCell: Sendable, Hashable {
    /// Text, shown as written.
    case text(String)
    /// A whole number, shown with all its digits.
    case integer(Int)
    /// A real number, shown to the table's significant digits.
    case number(Double)
    /// A truth value, shown as `true` or `false`.
    case boolean(Bool)
    /// An empty cell.
    case empty

    /// Whether this cell holds a number (integer or real), which aligns on the decimal point.
    public var isNumeric: Bool {
        switch self {
        case .integer, .number: true
        default: false
        }
    }

    /// The cell as plain text, numbers to `significantDigits` significant digits.
    public func text(significantDigits: Int = 6) -> String {
        switch self {
        case .text(let text): text
        case .integer(let n): formatNumber(n)
        case .number(let x): formatNumber(x, significantDigits: significantDigits)
        case .boolean(let b): b ? "true" : "false"
        case .empty: ""
        }
    }

    /// The cell as HTML text (not yet escaped): like ``text(significantDigits:)``, with `∞`.
    func htmlText(significantDigits: Int) -> String {
        if case .number(let x) = self { return formatNumberForHTML(x, significantDigits: significantDigits) }
        return text(significantDigits: significantDigits)
    }

    /// NaN equals NaN here: a table equals its own decoded copy.
    public static func == (lhs: TableCell, rhs: TableCell) -> Bool {
        switch (lhs, rhs) {
        case let (.text(a), .text(b)): a == b
        case let (.integer(a), .integer(b)): a == b
        case let (.number(a), .number(b)): a.isSameFigure(as: b)
        case let (.boolean(a), .boolean(b)): a == b
        case (.empty, .empty): true
        default: false
        }
    }

    /// Hashes consistently with `==` (all NaNs hash alike).
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .text(let text): hasher.combine(0); hasher.combine(text)
        case .integer(let n): hasher.combine(1); hasher.combine(n)
        case .number(let x): hasher.combine(2); hasher.combine(x.isNaN ? .nan : x)
        case .boolean(let b): hasher.combine(3); hasher.combine(b)
        case .empty: hasher.combine(4)
        }
    }
}

extension TableCell: Codable {
    private enum CodingKeys: String, CodingKey {
        case text, integer, number, boolean
    }

    /// Decodes `{"text": …}`, `{"integer": …}`, `{"number": …}`, `{"boolean": …}` or `{}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let text = try container.decodeIfPresent(String.self, forKey: .text) {
            self = .text(text)
        } else if let n = try container.decodeIfPresent(Int.self, forKey: .integer) {
            self = .integer(n)
        } else if let x = try container.decodeIfPresent(StoredNumber.self, forKey: .number) {
            self = .number(x.value)
        } else if let b = try container.decodeIfPresent(Bool.self, forKey: .boolean) {
            self = .boolean(b)
        } else {
            self = .empty
        }
    }

    /// Encodes one key naming the kind of cell; NaN and infinities as strings.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .text(let text): try container.encode(text, forKey: .text)
        case .integer(let n): try container.encode(n, forKey: .integer)
        case .number(let x): try container.encode(StoredNumber(x), forKey: .number)
        case .boolean(let b): try container.encode(b, forKey: .boolean)
        case .empty: break
        }
    }
}

extension TableCell: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral, ExpressibleByNilLiteral
{
    /// A text cell from a string literal.
    public init(stringLiteral value: String) { self = .text(value) }
    /// An integer cell from an integer literal.
    public init(integerLiteral value: Int) { self = .integer(value) }
    /// A number cell from a floating-point literal.
    public init(floatLiteral value: Double) { self = .number(value) }
    /// A truth-value cell from `true` or `false`.
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
    /// An empty cell from `nil`.
    public init(nilLiteral: ()) { self = .empty }
}

/// A value that can stand in a ``Table`` row: numbers, text, truth values, optionals.
public protocol TableCellConvertible {
    /// This value as a table cell.
    var tableCell: TableCell { get }
}

extension TableCell: TableCellConvertible {
    /// The cell itself.
    public var tableCell: TableCell { self }
}

extension Double: TableCellConvertible {
    /// A number cell.
    public var tableCell: TableCell { .number(self) }
}

extension Float: TableCellConvertible {
    /// A number cell.
    public var tableCell: TableCell { .number(Double(self)) }
}

extension Int: TableCellConvertible {
    /// An integer cell.
    public var tableCell: TableCell { .integer(self) }
}

extension Int32: TableCellConvertible {
    /// An integer cell.
    public var tableCell: TableCell { .integer(Int(self)) }
}

extension Int64: TableCellConvertible {
    /// An integer cell.
    public var tableCell: TableCell { .integer(Int(self)) }
}

extension UInt8: TableCellConvertible {
    /// An integer cell.
    public var tableCell: TableCell { .integer(Int(self)) }
}

extension UInt32: TableCellConvertible {
    /// An integer cell.
    public var tableCell: TableCell { .integer(Int(self)) }
}

extension UInt: TableCellConvertible {
    /// An integer cell, or text when it is too large for `Int`.
    public var tableCell: TableCell { Int(exactly: self).map(TableCell.integer) ?? .text(description) }
}

extension UInt64: TableCellConvertible {
    /// An integer cell, or text when it is too large for `Int`.
    public var tableCell: TableCell { Int(exactly: self).map(TableCell.integer) ?? .text(description) }
}

extension String: TableCellConvertible {
    /// A text cell.
    public var tableCell: TableCell { .text(self) }
}

extension Substring: TableCellConvertible {
    /// A text cell.
    public var tableCell: TableCell { .text(String(self)) }
}

extension Character: TableCellConvertible {
    /// A text cell.
    public var tableCell: TableCell { .text(String(self)) }
}

extension Bool: TableCellConvertible {
    /// A truth-value cell.
    public var tableCell: TableCell { .boolean(self) }
}

extension Optional: TableCellConvertible where Wrapped: TableCellConvertible {
    /// The wrapped value's cell, or an empty cell for `nil`.
    public var tableCell: TableCell { self?.tableCell ?? .empty }
}
