extension Parser {
    /// How deeply a formula may nest braces, arguments, scripts, `\left…\right`,
    /// environments and style switches, counted together.
    ///
    /// The parser recurses a few functions deep per level, and the writer and
    /// font mapping walk the tree it makes, so without a bound `{{{…` thousands
    /// deep overflows the stack instead of failing. TeX itself stops at 255
    /// grouping levels, and real formulas stay under 10. At 32 levels the
    /// costliest constructs (nested matrices, `\operatorname` in `\boxed`) need
    /// about 450 KiB of stack in a debug build: within the 512 KiB a secondary
    /// thread gets on macOS. MathMLTests converts each such construct at this
    /// depth on a thread of that size.
    static let maximumDepth = 32

    /// Enters one more level of nesting, opened by the character at `offset`.
    mutating func descend(at offset: Int) throws(TeXError) {
        depth += 1
        guard depth <= Parser.maximumDepth else {
            throw map.error("formula nested more than \(Parser.maximumDepth) deep", at: offset)
        }
    }

    /// Leaves the level entered by the matching ``descend(at:)``.
    mutating func ascend() {
        depth -= 1
    }
}
