import Autodiff
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("Ranking primitives: sort, gather, running sums, pairwise differences")
struct RankingTests {
    @Test("descendingOrder: largest first, ties in original order, NaN last")
    func order() {
        #expect(descendingOrder([0.2, 0.9, 0.5]) == [1, 2, 0])
        #expect(descendingOrder([1, 3, 1, 3]) == [1, 3, 0, 2])
        #expect(descendingOrder([.nan, 1, -.infinity, .nan, 2]) == [4, 1, 2, 0, 3])
        #expect(descendingOrder([]) == [])
    }

    @Test("sortedDescending returns the sorted node and the order as plain data")
    func sorted() {
        let v = VarVector([0.2, 0.9, 0.5])
        let (values, order) = v.sortedDescending()
        #expect(values.value == [0.9, 0.5, 0.2])
        #expect(order == [1, 2, 0])
        (values * [1, 2, 3]).sum().backward()
        #expect(v.grad == [3, 1, 2])
    }

    @Test("gathered(at:) scatters gradients back, adding over repeated indices")
    func gather() {
        let v = VarVector([10, 20, 30])
        let g = v.gathered(at: [2, 0, 2, 2])
        #expect(g.value == [30, 10, 30, 30])
        (g * [1, 2, 3, 4]).sum().backward()
        #expect(v.grad == [2, 0, 8])
    }

    @Test("cumulativeSum by hand and against finite differences")
    func cumulativeSum() {
        #expect(VarVector([1, 2, 3, 4]).cumulativeSum().value == [1, 3, 6, 10])
        #expect(gradient(at: [1, 2, 3]) { (v: VarVector) in v.cumulativeSum().dot([1, 10, 100]) } == [111, 110, 100])
        var numbers = SeededNumbers(seed: 51)
        let x = numbers.uniform(count: 8, -2, 2), w = numbers.uniform(count: 8, -1, 1)
        expectMatchesFiniteDifferences(at: x, "cumulativeSum",
            autodiff: { v in v.cumulativeSum().exp().dot(w) },
            plain: { x in weightedSum(w, x.indices.map { k in exp(x[0...k].reduce(0, +)) }) })
    }

    @Test("pairwiseDifferences: D[i,j] = x[j] − x[i], by hand and against finite differences")
    func pairwise() {
        let d = VarVector([1, 4, 9]).pairwiseDifferences()
        #expect(d.valueRows == [[0, 3, 8], [-3, 0, 5], [-8, -5, 0]])
        var numbers = SeededNumbers(seed: 52)
        let x = numbers.uniform(count: 5, -2, 2), w = numbers.uniform(count: 25, -1, 1)
        expectMatchesFiniteDifferences(at: x, "pairwiseDifferences",
            autodiff: { v in v.pairwiseDifferences().sigmoid().entries.dot(w) },
            plain: { x in
                weightedSum(w, x.indices.flatMap { i in x.indices.map { j in 1 / (1 + exp(-(x[j] - x[i]))) } })
            })
    }

    /// Binary Lovász hinge (Berman et al. 2018) on plain numbers, the reference.
    static func plainLovaszHinge(_ logits: [Double], _ labels: [Double]) -> Double {
        let errors = zip(logits, labels).map { 1 - $0 * (2 * $1 - 1) }
        let order = descendingOrder(errors)
        let (sortedErrors, sortedLabels) = (order.map { errors[$0] }, order.map { labels[$0] })
        return zip(sortedErrors.map { Swift.max($0, 0) }, jaccardSteps(sortedLabels)).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// Δ_J({π₁…πᵢ}) − Δ_J({π₁…πᵢ₋₁}) for labels in sorted order.
    static func jaccardSteps(_ sortedLabels: [Double]) -> [Double] {
        let positives = sortedLabels.reduce(0, +)
        var tp = 0.0, fp = 0.0, previous = 0.0
        return sortedLabels.map { y in
            if y == 1 { tp += 1 } else { fp += 1 }
            let jaccardLoss = 1 - (positives - tp) / (positives + fp)
            defer { previous = jaccardLoss }
            return jaccardLoss - previous
        }
    }

    @Test("Lovász hinge from sort + gather + relu + dot matches finite differences")
    func lovaszHinge() {
        var numbers = SeededNumbers(seed: 53)
        let labels = numbers.labels(count: 10)
        for _ in 0..<5 {
            let logits = numbers.uniform(count: 10, -2, 2)
            expectMatchesFiniteDifferences(at: logits, "Lovász hinge",
                autodiff: { z in
                    let errors = 1 - z * labels.map { 2 * $0 - 1 }
                    let (sorted, order) = errors.sortedDescending()
                    let sortedLabels = VarVector(constant: order.map { labels[$0] })
                    let positives = sortedLabels.sum()
                    // Jaccard loss of the top i, through cumulativeSum on data.
                    let jaccard = 1 - (positives - sortedLabels.cumulativeSum())
                        / (positives + (1 - sortedLabels).cumulativeSum())
                    let steps = jaccard.value.indices.map { $0 == 0 ? jaccard.value[0] : jaccard.value[$0] - jaccard.value[$0 - 1] }
                    return sorted.relu().dot(steps)
                },
                plain: { Self.plainLovaszHinge($0, labels) })
        }
    }

    /// Smooth-AP (Brown et al. 2020) on plain numbers, the reference.
    static func plainSmoothAP(_ s: [Double], _ labels: [Double], temperature: Double) -> Double {
        let g = { (x: Double) in 1 / (1 + exp(-x / temperature)) }
        let positives = s.indices.filter { labels[$0] == 1 }
        let terms = positives.map { i -> Double in
            let above = s.indices.filter { $0 != i }.map { g(s[$0] - s[i]) }
            let abovePositive = s.indices.filter { $0 != i && labels[$0] == 1 }.map { g(s[$0] - s[i]) }
            return (1 + abovePositive.reduce(0, +)) / (1 + above.reduce(0, +))
        }
        return terms.reduce(0, +) / Double(positives.count)
    }

    @Test("smooth-AP from pairwise differences + sigmoid + masked row sums matches finite differences")
    func smoothAP() {
        var numbers = SeededNumbers(seed: 54)
        let n = 8
        let labels = numbers.labels(count: n)
        let temperature = 0.5
        let others = (0..<n).map { i in (0..<n).map { j in i == j ? 0.0 : 1.0 } }
        let otherPositives = (0..<n).map { i in (0..<n).map { j in i == j ? 0.0 : labels[j] } }
        let scores = numbers.uniform(count: n, -2, 2)
        expectMatchesFiniteDifferences(at: scores, "smooth-AP",
            autodiff: { s in
                let g = (s.pairwiseDifferences() / temperature).sigmoid()
                let abovePositive = (g * VarMatrix(constant: otherPositives)).rowSums()
                let above = (g * VarMatrix(constant: others)).rowSums()
                let ratio = (1 + abovePositive) / (1 + above)
                return ratio.dot(labels) / labels.reduce(0, +)
            },
            plain: { Self.plainSmoothAP($0, labels, temperature: temperature) })
    }
}
