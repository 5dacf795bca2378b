/// A matrix of values: a `VarVector` of its entries, row after row, seen as
/// `rows` × `columns`. Elementwise operations act on the entries; matrix
/// products, transposes and row or column sums use the shape.
public struct VarMatrix: CustomStringConvertible {
    /// The number of rows.
    public let rows: Int
    /// The number of columns.
    public let columns: Int
    /// The entries in row-major order: the node of the graph that holds them.
    public let entries: VarVector

    /// A `rows` × `columns` view of a vector's entries (no copy; gradients go to the vector).
    public init(rows: Int, columns: Int, entries: VarVector) {
        require(rows >= 0 && columns >= 0 && rows * columns == entries.count,
                "VarMatrix: \(shape(entries.count)) cannot be viewed as \(shape(rows: rows, columns: columns))")
        self.rows = rows
        self.columns = columns
        self.entries = entries
    }

    /// A variable matrix from its rows (all of the same length); it collects a gradient.
    public init(_ rows: [[Double]]) {
        self.init(rows: rows.count, columns: rows.first?.count ?? 0, entries: VarVector(flattened(rows)))
    }

    /// A data matrix from its rows: it takes part in the computation but gets no gradient.
    public init(constant rows: [[Double]]) {
        self.init(rows: rows.count, columns: rows.first?.count ?? 0, entries: VarVector(constant: flattened(rows)))
    }

    /// The entries, row after row.
    public var value: [Double] { entries.value }
    /// ∂output/∂entry, row after row (zeros until a gradient arrives).
    public var grad: [Double] { entries.grad }
    /// The values as an array of rows.
    public var valueRows: [[Double]] { inRows(value) }
    /// The gradient as an array of rows.
    public var gradRows: [[Double]] { inRows(grad) }

    /// Sets to zero the gradient of this matrix and of everything it was computed from.
    public func zeroGrad() { entries.zeroGrad() }

    /// "[2×3]".
    var shapeName: String { shape(rows: rows, columns: columns) }

    func inRows(_ flat: [Double]) -> [[Double]] {
        (0..<rows).map { Array(flat[$0 * columns ..< ($0 + 1) * columns]) }
    }

    /// The same shape around new entries.
    func with(_ entries: VarVector) -> VarMatrix { VarMatrix(rows: rows, columns: columns, entries: entries) }

    /// `VarMatrix(2×3, value: [[…], […]], grad: …)`.
    public var description: String {
        "VarMatrix(\(rows)×\(columns), value: \(valueRows), grad: \(gradRows))"
    }
}

/// The rows one after the other; stops if they differ in length.
func flattened(_ rows: [[Double]]) -> [Double] {
    let columns = rows.first?.count ?? 0
    for (i, row) in rows.enumerated() {
        require(row.count == columns, "VarMatrix: row \(i) has \(row.count) elements but row 0 has \(columns)")
    }
    return rows.flatMap { $0 }
}

// Elementwise functions and arithmetic, on the entries.

extension VarMatrix {
    /// eˣ elementwise.
    public func exp() -> VarMatrix { with(entries.exp()) }
    /// ln x elementwise.
    public func log() -> VarMatrix { with(entries.log()) }
    /// σ(x) elementwise.
    public func sigmoid() -> VarMatrix { with(entries.sigmoid()) }
    /// tanh x elementwise.
    public func tanh() -> VarMatrix { with(entries.tanh()) }
    /// ln(1 + eˣ) elementwise.
    public func softplus() -> VarMatrix { with(entries.softplus()) }
    /// max(x, 0) elementwise, with relu'(0) = 0.
    public func relu() -> VarMatrix { with(entries.relu()) }
    /// |x| elementwise, with |x|'(0) = 0.
    public func abs() -> VarMatrix { with(entries.abs()) }
    /// xᵖ elementwise for a constant p.
    public func pow(_ exponent: Double) -> VarMatrix { with(entries.pow(exponent)) }
    /// √x elementwise.
    public func squareRoot() -> VarMatrix { with(entries.squareRoot()) }
    /// Each entry limited to the range.
    public func clamped(to range: ClosedRange<Double>) -> VarMatrix { with(entries.clamped(to: range)) }
    /// The hard step 1[x > threshold] (threshold 0.5 unless given) elementwise; derivative 0 everywhere.
    public func step(threshold: Double = 0.5) -> VarMatrix { with(entries.step(threshold: threshold)) }
    /// Forward 1[x > threshold] (threshold 0.5 unless given), backward the identity.
    public func straightThrough(threshold: Double = 0.5) -> VarMatrix { with(entries.straightThrough(threshold: threshold)) }

    /// Σ of all entries.
    public func sum() -> Var { entries.sum() }
    /// Mean of all entries; needs at least one.
    public func mean() -> Var { entries.mean() }

    /// f of both matrices' entries, after checking that the shapes agree.
    func combined(with b: VarMatrix, _ operation: String, _ f: (VarVector, VarVector) -> VarVector) -> VarMatrix {
        require(rows == b.rows && columns == b.columns,
                "\(operation): shapes \(shapeName) and \(b.shapeName) do not match")
        return with(f(entries, b.entries))
    }

    /// a + b elementwise.
    public static func + (a: VarMatrix, b: VarMatrix) -> VarMatrix { a.combined(with: b, "+") { $0 + $1 } }
    /// a − b elementwise.
    public static func - (a: VarMatrix, b: VarMatrix) -> VarMatrix { a.combined(with: b, "-") { $0 - $1 } }
    /// a × b elementwise (the matrix product is `matmul`).
    public static func * (a: VarMatrix, b: VarMatrix) -> VarMatrix { a.combined(with: b, "*") { $0 * $1 } }
    /// a ÷ b elementwise.
    public static func / (a: VarMatrix, b: VarMatrix) -> VarMatrix { a.combined(with: b, "/") { $0 / $1 } }
    /// a + c for a constant c.
    public static func + (a: VarMatrix, c: Double) -> VarMatrix { a.with(a.entries + c) }
    /// c + a for a constant c.
    public static func + (c: Double, a: VarMatrix) -> VarMatrix { a.with(c + a.entries) }
    /// a − c for a constant c.
    public static func - (a: VarMatrix, c: Double) -> VarMatrix { a.with(a.entries - c) }
    /// c − a for a constant c.
    public static func - (c: Double, a: VarMatrix) -> VarMatrix { a.with(c - a.entries) }
    /// a × c for a constant c.
    public static func * (a: VarMatrix, c: Double) -> VarMatrix { a.with(a.entries * c) }
    /// c × a for a constant c.
    public static func * (c: Double, a: VarMatrix) -> VarMatrix { a.with(c * a.entries) }
    /// a ÷ c for a constant c.
    public static func / (a: VarMatrix, c: Double) -> VarMatrix { a.with(a.entries / c) }
    /// c ÷ a for a constant c.
    public static func / (c: Double, a: VarMatrix) -> VarMatrix { a.with(c / a.entries) }
    /// −a elementwise.
    public static prefix func - (a: VarMatrix) -> VarMatrix { a.with(-a.entries) }
}

/// eˣ elementwise.
public func exp(_ x: VarMatrix) -> VarMatrix { x.exp() }
/// ln x elementwise.
public func log(_ x: VarMatrix) -> VarMatrix { x.log() }
/// σ(x) elementwise.
public func sigmoid(_ x: VarMatrix) -> VarMatrix { x.sigmoid() }
/// tanh x elementwise.
public func tanh(_ x: VarMatrix) -> VarMatrix { x.tanh() }
/// max(x, 0) elementwise, with relu'(0) = 0.
public func relu(_ x: VarMatrix) -> VarMatrix { x.relu() }
