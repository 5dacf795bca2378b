extension Plot {
    /// One named set of points in a ``Plot``, drawn as a line, a step or a scatter.
    public struct Series: Sendable, Equatable {
        /// How a series joins its points.
        public enum Kind: String, Sendable, Codable, CaseIterable {
            /// Straight segments from point to point.
            case line
            /// Each value held until the next x, then a vertical jump: a hard metric's shape.
            case step
            /// Points alone, unjoined.
            case scatter
        }

        /// The name shown in the legend and the description.
        public var name: String
        /// How the points are joined.
        public var kind: Kind
        /// The x coordinates, in drawing order.
        public var xs: [Double]
        /// The y coordinates; NaN or ±∞ leave a gap.
        public var ys: [Double]
        /// The character that draws this series in ASCII and names it in the legend.
        public var marker: Character

        /// A series of `kind` through the points `(xs[i], ys[i])`; extra coordinates
        /// on the longer side are ignored.
        public init(_ name: String, kind: Kind, xs: [Double], ys: [Double], marker: Character) {
            self.name = name
            self.kind = kind
            let count = min(xs.count, ys.count)
            self.xs = Array(xs.prefix(count))
            self.ys = Array(ys.prefix(count))
            self.marker = marker
        }

        /// NaN matches NaN, so a series equals its decoded copy.
        public static func == (lhs: Series, rhs: Series) -> Bool {
            lhs.name == rhs.name && lhs.kind == rhs.kind && lhs.marker == rhs.marker
                && lhs.xs.isSameFigure(as: rhs.xs) && lhs.ys.isSameFigure(as: rhs.ys)
        }

        /// The points whose coordinates are both finite.
        var finitePoints: [(x: Double, y: Double)] {
            zip(xs, ys).filter { $0.isFinite && $1.isFinite }.map { (x: $0, y: $1) }
        }
    }

    /// Markers given to series in turn when the author names none.
    static let markers: [Character] = ["*", "o", "x", "+", "#", "@", "%", "&"]
}

extension Plot.Series: Codable {
    private enum CodingKeys: String, CodingKey {
        case name, kind, xs, ys, marker
    }

    /// Decodes a series; NaN and infinities arrive as strings.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let marker = try container.decode(String.self, forKey: .marker)
        self.init(
            try container.decode(String.self, forKey: .name),
            kind: try container.decode(Kind.self, forKey: .kind),
            xs: try container.decode([StoredNumber].self, forKey: .xs).map(\.value),
            ys: try container.decode([StoredNumber].self, forKey: .ys).map(\.value),
            marker: marker.first ?? "*")
    }

    /// Encodes a series so that any JSON coder accepts it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .kind)
        try container.encode(xs.map(StoredNumber.init), forKey: .xs)
        try container.encode(ys.map(StoredNumber.init), forKey: .ys)
        try container.encode(String(marker), forKey: .marker)
    }
}
