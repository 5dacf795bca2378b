// JSON has no NaN or infinity, and Foundation's `JSONEncoder` refuses them by
// default; yet gaps (NaN) and blow-ups (∞) are exactly what these figures are
// for. So every Double a figure stores is coded through `StoredNumber`: finite
// values as JSON numbers, the others as the strings "NaN", "inf" and "-inf".

/// A Double that survives any JSON coder, including NaN and infinities.
struct StoredNumber: Codable {
    var value: Double

    init(_ value: Double) {
        self.value = value
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            value = number
            return
        }
        switch try container.decode(String.self) {
        case "NaN": value = .nan
        case "inf": value = .infinity
        case "-inf": value = -.infinity
        case let other:
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "not a number: \(other)")
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if value.isNaN {
            try container.encode("NaN")
        } else if value.isInfinite {
            try container.encode(value < 0 ? "-inf" : "inf")
        } else {
            try container.encode(value)
        }
    }
}

extension Double {
    /// Whether two stored numbers are the same figure: equal, or both NaN.
    func isSameFigure(as other: Double) -> Bool {
        self == other || (isNaN && other.isNaN)
    }
}

extension Array where Element == Double {
    /// Whether two stored number lists are the same figure, NaN matching NaN.
    func isSameFigure(as other: [Double]) -> Bool {
        count == other.count && zip(self, other).allSatisfy { $0.isSameFigure(as: $1) }
    }
}
