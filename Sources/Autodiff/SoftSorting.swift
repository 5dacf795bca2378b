// Differentiable sorting and ranking (Blondel, Teboul, Berthet & Djolonga,
// "Fast Differentiable Sorting and Ranking", ICML 2020), in their quadratic
// (ℓ2) form, as in the authors' `fast_soft_sort/numpy_ops.py`. Both are
// Euclidean projections onto a permutahedron, solved by one sort and one
// isotonic regression (IsotonicRegression.swift): O(n log n) forward, O(n)
// backward. The regularisation strength ε sets how soft: as ε → 0 they become
// the hard sort and ranks, as ε → ∞ every output tends to the mean.

/// Which way ranks and sorts go.
public enum RankDirection: Sendable, Equatable {
    /// Smallest first: the smallest value has rank 1, the largest rank n (the authors' default).
    case ascending
    /// Largest first: the largest value has rank 1, as in a ranking of scores.
    case descending
}

/// Ranks 1…n of the values (rank 1 = smallest when ascending, largest when descending); tied values share the mean of their ranks.
///
/// SciPy's `rankdata(values, method="average")` (on −values when descending),
/// and the limit of ``softRank(_:regularizationStrength:direction:)-([Double],_,_)`` as ε → 0.
/// Edge cases: NaN stops.
public func ranks(_ values: [Double], direction: RankDirection) -> [Double] {
    require(!values.contains(where: \.isNaN), "ranks(_:direction:): values has NaN at index \(values.firstIndex(where: \.isNaN) ?? 0)")
    let signed = direction == .ascending ? values.map { -$0 } : values
    let order = descendingOrder(signed)
    var result = [Double](repeating: 0, count: values.count)
    var k = 0
    while k < order.count {
        var end = k + 1
        while end < order.count && signed[order[end]] == signed[order[k]] { end += 1 }
        let shared = Double(k + 1 + end) / 2  // mean of the ranks k + 1 … end
        for j in k..<end { result[order[j]] = shared }
        k = end
    }
    return result
}

/// Soft ranks of θ: the Euclidean projection of θ/ε (−θ/ε when descending) onto the permutahedron of (n, n − 1, …, 1).
///
/// Blondel et al. (ICML 2020), regularisation Q (quadratic), eq. (5): r(θ) =
/// argmin over μ in the permutahedron P(ρ) of ½‖μ − θ/ε‖², ρ = (n, …, 1).
/// Sorting s = θ/ε decreasingly, the projection is s − v, v the non-increasing
/// isotonic fit of s − ρ. Directions as in `RankDirection`: ascending gives rank
/// n to the largest value. The ranks always sum to n(n + 1)/2; as ε → 0 they
/// are the hard ranks, as ε → ∞ each tends to (n + 1)/2. Tied values get equal
/// soft ranks for any ε. Edge cases: ε must be positive and finite, NaN stops;
/// n = 1 gives [1].
public func softRank(_ values: [Double], regularizationStrength: Double, direction: RankDirection) -> [Double] {
    SoftRanking(values, regularizationStrength, direction).ranks
}

/// Soft ranks, differentiable: ∂r/∂θ = (I − B)/ε (−(I − B)/ε when descending) in sorted order, B averaging within each isotonic block.
public func softRank(_ values: VarVector, regularizationStrength: Double, direction: RankDirection) -> VarVector {
    let ranking = SoftRanking(values.value, regularizationStrength, direction)
    return VarVector(ranking.ranks, inputs: [values]) { g in
        let dTheta = ranking.backward(g)
        values.addToGrad { dTheta[$0] }
    }
}

/// Soft sort of θ: the Euclidean projection of ρ/ε onto the permutahedron of θ, ρ = (n, …, 1); increasing when ascending.
///
/// Blondel et al. (ICML 2020), eq. (4): s(θ) = argmin over μ in P(θ) of
/// ½‖μ − ρ/ε‖². With θ sorted (decreasingly, after negating for ascending) into
/// s, the result is w − v, w = ρ/ε and v the non-increasing isotonic fit of w − s.
/// Its sum is always Σθ; as ε → 0 it is the sorted θ, as ε → ∞ every element
/// tends to the mean of θ. Edge cases: ε must be positive and finite, NaN stops.
public func softSort(_ values: [Double], regularizationStrength: Double, direction: RankDirection) -> [Double] {
    SoftSorted(values, regularizationStrength, direction).sorted
}

/// Soft sort, differentiable: output k's gradient goes to the input at sorted place k, averaged within its isotonic block.
///
/// Where values tie the sort is not differentiable; the later of two tied
/// inputs takes the earlier sorted place, as NumPy's reversed stable `argsort` in the authors' code.
public func softSort(_ values: VarVector, regularizationStrength: Double, direction: RankDirection) -> VarVector {
    let sorting = SoftSorted(values.value, regularizationStrength, direction)
    return VarVector(sorting.sorted, inputs: [values]) { g in
        let dTheta = sorting.backward(g)
        values.addToGrad { dTheta[$0] }
    }
}

/// Stops unless ε is positive and finite and no value is NaN.
private func requireSoftSortInput(_ function: String, _ values: [Double], _ strength: Double) {
    require(strength > 0 && strength.isFinite,
            "\(function): regularizationStrength must be positive and finite, got \(strength)")
    if let i = values.firstIndex(where: \.isNaN) { require(false, "\(function): values has NaN at index \(i)") }
}

/// The indices that sort `values` decreasingly, tied values later index first: NumPy's
/// `argsort(values, kind="stable")[::-1]`, the authors' order. Ties get equal soft ranks
/// whatever the order; for the soft sort's gradient at a tie it is a convention.
private func sortingOrder(_ values: [Double]) -> [Int] {
    let last = values.count - 1
    return descendingOrder(values.reversed()).map { last - $0 }
}

/// The soft ranks and what their backward pass needs.
private struct SoftRanking {
    let ranks: [Double]
    let order: [Int]
    let fit: IsotonicFit
    let scale: Double

    init(_ values: [Double], _ strength: Double, _ direction: RankDirection) {
        requireSoftSortInput("softRank(_:regularizationStrength:direction:)", values, strength)
        let n = values.count
        let scale = (direction == .ascending ? 1 : -1) / strength
        self.scale = scale
        let theta = values.map { $0 * scale }
        let order = sortingOrder(theta)
        let s = order.map { theta[$0] }
        let fit = IsotonicFit(decreasing: s.indices.map { s[$0] - Double(n - $0) })
        let v = fit.solution
        var ranks = [Double](repeating: 0, count: n)
        for (k, i) in order.enumerated() { ranks[i] = s[k] - v[k] }
        (self.ranks, self.order, self.fit) = (ranks, order, fit)
    }

    /// gᵀ ∂r/∂values: in sorted order g − (g's block means), times ±1/ε.
    func backward(_ g: [Double]) -> [Double] {
        let sortedG = order.map { g[$0] }
        let means = fit.blockMeans(sortedG)
        var out = [Double](repeating: 0, count: g.count)
        for (k, i) in order.enumerated() { out[i] = (sortedG[k] - means[k]) * scale }
        return out
    }
}

/// The soft sort and what its backward pass needs.
private struct SoftSorted {
    let sorted: [Double]
    let order: [Int]
    let fit: IsotonicFit

    init(_ values: [Double], _ strength: Double, _ direction: RankDirection) {
        requireSoftSortInput("softSort(_:regularizationStrength:direction:)", values, strength)
        let n = values.count
        let sign = direction == .descending ? 1.0 : -1.0
        let v = values.map { $0 * sign }
        let order = sortingOrder(v)
        let w = (0..<n).map { Double(n - $0) / strength }
        let fit = IsotonicFit(decreasing: order.enumerated().map { k, i in w[k] - v[i] })
        let solution = fit.solution
        (self.sorted, self.order, self.fit) = ((0..<n).map { sign * (w[$0] - solution[$0]) }, order, fit)
    }

    /// gᵀ ∂sort/∂values: g's block means, sent back to the input at each sorted place.
    func backward(_ g: [Double]) -> [Double] {
        let means = fit.blockMeans(g)
        var out = [Double](repeating: 0, count: g.count)
        for (k, i) in order.enumerated() { out[i] = means[k] }
        return out
    }
}
