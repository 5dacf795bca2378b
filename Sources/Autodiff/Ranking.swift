// Sorting, gathering, running sums and pairwise differences: the pieces of
// rank-based surrogates. The Lovász hinge sorts errors and takes running
// sums; smooth-AP compares every score with every other.

/// The indices that put `values` in decreasing order. Equal values keep their
/// original order, and NaNs come last, so the order is always the same.
public func descendingOrder(_ values: [Double]) -> [Int] {
    values.indices.sorted { i, j in
        let a = values[i], b = values[j]
        if a.isNaN || b.isNaN { return a.isNaN == b.isNaN ? i < j : b.isNaN }
        return a > b || (a == b && i < j)
    }
}

extension VarVector {
    /// y[k] = x[indices[k]]. The gradient is scattered back: element
    /// indices[k] receives g[k], summed when an index repeats.
    public func gathered(at indices: [Int]) -> VarVector {
        for i in indices {
            require(value.indices.contains(i), "gathered(at:): index \(i) out of range for shape \(shape(count))")
        }
        let x = value
        let y = indices.map { x[$0] }
        return VarVector(y, inputs: [self]) { g in
            self.accumulateGrad { dx in for (k, i) in indices.enumerated() { dx[i] += g[k] } }
        }
    }

    /// The elements from largest to smallest, and the order that sorts them
    /// (plain data: `values[k]` is element `order[k]`).
    public func sortedDescending() -> (values: VarVector, order: [Int]) {
        let order = descendingOrder(value)
        return (gathered(at: order), order)
    }

    /// y[k] = x[0] + … + x[k]. Backward: ∂x[i] += g[i] + … + g[n−1].
    public func cumulativeSum() -> VarVector {
        let x = value
        let y = makeArray(count: x.count) { y in
            var total = 0.0
            for i in x.indices { total += x[i]; y[i] = total }
        }
        return VarVector(y, inputs: [self]) { g in
            self.accumulateGrad { dx in
                var total = 0.0
                for i in dx.indices.reversed() { total += g[i]; dx[i] += total }
            }
        }
    }

    /// The n × n matrix D[i,j] = x[j] − x[i] (smooth-AP's score differences).
    /// Backward: ∂x[j] += Σᵢ G[i,j] and ∂x[i] −= Σⱼ G[i,j].
    public func pairwiseDifferences() -> VarMatrix {
        let n = count
        let x = value
        let d = makeArray(count: n * n) { d in
            x.withUnsafeBufferPointer { x in
                for i in 0..<n { for j in 0..<n { d[i * n + j] = x[j] - x[i] } }
            }
        }
        let node = VarVector(d, inputs: [self]) { g in
            self.accumulateGrad { dx in
                g.withUnsafeBufferPointer { g in
                    for i in 0..<n {
                        var rowTotal = 0.0
                        for j in 0..<n { dx[j] += g[i * n + j]; rowTotal += g[i * n + j] }
                        dx[i] -= rowTotal
                    }
                }
            }
        }
        return VarMatrix(rows: n, columns: n, entries: node)
    }
}
