@testable import Autodiff
import Testing

@Suite("The graph of a vector computation")
struct GraphSizeTests {
    /// The nodes `backward()` visits for 1 − softF1 over n scores.
    static func softF1GraphSize(_ n: Int) -> Int {
        let scores = (0..<n).map { Double($0 % 7) - 3 }
        let labels = (0..<n).map { Double($0 % 2) }
        let s = VarVector(scores)
        let p = s.sigmoid()
        let tp = p.dot(labels)
        let loss = 1 - 2 * tp / (p.sum() + labels.reduce(0, +))
        return loss.topologicalOrder().count
    }

    @Test("holds one node per operation, whatever the number of scores")
    func sizeDoesNotGrowWithN() {
        #expect(Self.softF1GraphSize(10) == 8)
        #expect(Self.softF1GraphSize(1_000_000) == 8)
    }

    @Test("one node per scalar operation when written over Vars")
    func scalarGraph() {
        let xs = (0..<100).map { Var(Double($0)) }
        var total = Var(0)
        for x in xs { total += x * x }
        // 100 variables, 100 products, 100 sums, and the starting Var(0).
        #expect(total.topologicalOrder().count == 301)
    }
}
