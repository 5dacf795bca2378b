/// Stops the program with `message` when `condition` is false, in every build
/// mode: unlike `precondition`, optimised builds keep the message, and the
/// message is what tells a cell's author which operation and shapes clashed.
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}

/// "[3]" for a vector of 3 elements.
func shape(_ count: Int) -> String { "[\(count)]" }

/// "[2×3]" for a matrix of 2 rows and 3 columns.
func shape(rows: Int, columns: Int) -> String { "[\(rows)×\(columns)]" }

/// Stops unless two operands have the same number of elements.
func requireSameCount(_ a: Int, _ b: Int, _ operation: String) {
    require(a == b, "\(operation): shapes \(shape(a)) and \(shape(b)) do not match")
}
