import CellChannel

/// Shows a table under the cell.
public func show(_ table: Table) {
    _LessonRuntime.send(.table(table))
}

/// Shows a plot under the cell.
public func show(_ plot: Plot) {
    _LessonRuntime.send(.plot(plot))
}

/// Shows plots side by side (or stacked) under the cell.
public func show(_ figure: Figure) {
    _LessonRuntime.send(.figure(figure))
}

/// Shows a probe's table: each sample's hard and surrogate gradients.
public func show(_ comparison: GradientComparison) {
    show(comparison.table)
}

/// Shows a sweep as its two panels: values, and derivatives.
public func show(_ sweep: Sweep) {
    show(sweep.figure)
}

/// Shows any value: tables, plots and probes as themselves, numbers
/// formatted like table cells, arrays inline (long ones elided in the
/// middle), anything else as Swift describes it.
public func show(_ value: Any) {
    switch value {
    case let table as Table: show(table)
    case let plot as Plot: show(plot)
    case let figure as Figure: show(figure)
    case let comparison as GradientComparison: show(comparison)
    case let sweep as Sweep: show(sweep)
    case let display as Display: _LessonRuntime.send(display)
    default: _LessonRuntime.send(.text(displayText(value)))
    }
}
