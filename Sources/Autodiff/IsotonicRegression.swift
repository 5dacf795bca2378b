// Isotonic regression by pool-adjacent-violators: the one solver behind soft
// sorting and ranking (SoftSorting.swift). Its solution is constant on blocks
// of consecutive elements, and its Jacobian averages within each block.

/// The non-increasing fit v₁ ≥ v₂ ≥ … ≥ vₙ closest to `y` in squared distance,
/// as consecutive blocks: each block's value is the mean of `y` over it.
///
/// Pool-adjacent-violators (Ayer et al., 1955; Best & Chakravarti, 1990) in one
/// pass with a stack of blocks: each new element starts a block, and while the
/// block before it has a value ≤ its own the two are pooled. O(n). Adjacent
/// blocks with equal values are pooled too, as in scikit-learn's and
/// fast-soft-sort's `isotonic_l2`.
struct IsotonicFit {
    /// Each block's first index, in order; the last block ends at n.
    let starts: [Int]
    /// Each block's value, the mean of `y` over it.
    let values: [Double]
    let count: Int

    init(decreasing y: [Double]) {
        var starts: [Int] = [], sums: [Double] = [], sizes: [Int] = []
        for (i, yi) in y.enumerated() {
            var start = i, sum = yi, size = 1
            while let lastSum = sums.last, let lastSize = sizes.last, lastSum / Double(lastSize) <= sum / Double(size) {
                start = starts.removeLast()
                sum += sums.removeLast()
                size += sizes.removeLast()
            }
            starts.append(start)
            sums.append(sum)
            sizes.append(size)
        }
        self.starts = starts
        self.values = zip(sums, sizes).map { $0 / Double($1) }
        self.count = y.count
    }

    /// The fit element by element.
    var solution: [Double] {
        var v = [Double](repeating: 0, count: count)
        forEachBlock { block, value in for i in block { v[i] = value } }
        return v
    }

    /// The Jacobian of the fit (∂v/∂y) applied to g: g's mean over each block, spread over the block.
    func blockMeans(_ g: [Double]) -> [Double] {
        var out = [Double](repeating: 0, count: count)
        forEachBlock { block, _ in
            let mean = block.reduce(0) { $0 + g[$1] } / Double(block.count)
            for i in block { out[i] = mean }
        }
        return out
    }

    func forEachBlock(_ body: (Range<Int>, Double) -> Void) {
        for b in starts.indices {
            body(starts[b]..<(b + 1 < starts.count ? starts[b + 1] : count), values[b])
        }
    }
}
