import Autodiff
import Testing

/// Plain row-major matrix product, the reference.
func plainProduct(_ a: [Double], _ b: [Double], m: Int, k: Int, n: Int) -> [Double] {
    var c = [Double](repeating: 0, count: m * n)
    for i in 0..<m { for p in 0..<k { for j in 0..<n { c[i * n + j] += a[i * k + p] * b[p * n + j] } } }
    return c
}

@Suite("Matrices: products, transposes, row and column sums")
struct LinearAlgebraTests {
    @Test("a 2×2 example by hand")
    func byHand() {
        let a = VarMatrix([[1, 2], [3, 4]])
        let x = VarVector([5, 6])
        let y = a.matmul(x)
        #expect(y.value == [17, 39])
        (y * [1, 10]).sum().backward()
        #expect(a.gradRows == [[5, 6], [50, 60]])   // g[i]·x[j]
        #expect(x.grad == [31, 42])                  // Aᵀg
        #expect(a.valueRows == [[1, 2], [3, 4]])
    }

    @Test("matrix–vector product: gradients in both operands match finite differences")
    func matrixVector() {
        var numbers = SeededNumbers(seed: 41)
        let (m, k) = (3, 4)
        let point = numbers.uniform(count: m * k + k, -2, 2)
        let w = numbers.uniform(count: m, -1, 1)
        expectMatchesFiniteDifferences(at: point, "A·x",
            autodiff: { p in
                let a = VarMatrix(rows: m, columns: k, entries: p[0..<(m * k)])
                return matmul(a, p[(m * k)..<(m * k + k)]).dot(w)
            },
            plain: { p in
                weightedSum(w, plainProduct(Array(p[0..<(m * k)]), Array(p[(m * k)...]), m: m, k: k, n: 1))
            })
    }

    @Test("matrix–matrix product: gradients in both operands match finite differences")
    func matrixMatrix() {
        var numbers = SeededNumbers(seed: 42)
        let (m, k, n) = (2, 3, 4)
        let point = numbers.uniform(count: m * k + k * n, -2, 2)
        let w = numbers.uniform(count: m * n, -1, 1)
        expectMatchesFiniteDifferences(at: point, "A·B",
            autodiff: { p in
                let a = VarMatrix(rows: m, columns: k, entries: p[0..<(m * k)])
                let b = VarMatrix(rows: k, columns: n, entries: p[(m * k)..<(m * k + k * n)])
                let c = matmul(a, b)
                #expect(c.rows == m && c.columns == n)
                return c.entries.dot(w)
            },
            plain: { p in
                weightedSum(w, plainProduct(Array(p[0..<(m * k)]), Array(p[(m * k)...]), m: m, k: k, n: n))
            })
    }

    @Test("transpose, row sums, column sums, bias broadcast and elementwise arithmetic")
    func shapes() {
        var numbers = SeededNumbers(seed: 43)
        let (m, n) = (3, 2)
        let point = numbers.uniform(count: m * n + n, 0.5, 2)
        let w = numbers.uniform(count: 20, -1, 1)
        expectMatchesFiniteDifferences(at: point, "shape operations",
            autodiff: { p in
                let a = VarMatrix(rows: m, columns: n, entries: p[0..<(m * n)])
                let bias = p[(m * n)..<(m * n + n)]
                let t = a.transposed()
                let biased = a + bias
                let mixed = (a * biased - a / 2 + 1) / (2 * a) - 0.5 * a
                let rest = (3 - a) + (1 + a) * 2 - (a - 1) + (-a) + 4 / a
                return t.rowSums().dot(Array(w[0..<2])) + a.rowSums().dot(Array(w[2..<5]))
                    + a.columnSums().dot(Array(w[5..<7])) + biased.entries.dot(Array(w[7..<13]))
                    + mixed.sum() + rest.mean() + t.entries.dot(Array(w[13..<19]))
            },
            plain: { p in
                let a = Array(p[0..<(m * n)]), bias = Array(p[(m * n)...])
                let t = (0..<n).flatMap { j in (0..<m).map { i in a[i * n + j] } }
                let rowSums = (0..<m).map { i in a[(i * n)..<(i * n + n)].reduce(0, +) }
                let tRowSums = (0..<n).map { j in t[(j * m)..<(j * m + m)].reduce(0, +) }
                let columnSums = (0..<n).map { j in (0..<m).reduce(0) { $0 + a[$1 * n + j] } }
                let biased = a.indices.map { a[$0] + bias[$0 % n] }
                let mixed = a.indices.map { (a[$0] * biased[$0] - a[$0] / 2 + 1) / (2 * a[$0]) - 0.5 * a[$0] }
                let rest = a.map { (3 - $0) + (1 + $0) * 2 - ($0 - 1) + -$0 + 4 / $0 }
                return weightedSum(Array(w[0..<2]), tRowSums) + weightedSum(Array(w[2..<5]), rowSums)
                    + weightedSum(Array(w[5..<7]), columnSums) + weightedSum(Array(w[7..<13]), biased)
                    + mixed.reduce(0, +) + rest.reduce(0, +) / Double(rest.count) + weightedSum(Array(w[13..<19]), t)
            })
    }

    @Test("transpose and sums by hand")
    func exactShapes() {
        let a = VarMatrix([[1, 2, 3], [4, 5, 6]])
        #expect(a.transposed().valueRows == [[1, 4], [2, 5], [3, 6]])
        #expect(a.rowSums().value == [6, 15])
        #expect(a.columnSums().value == [5, 7, 9])
        #expect((a + VarVector([10, 20, 30])).valueRows == [[11, 22, 33], [14, 25, 36]])
        #expect(a.sum().value == 21 && a.mean().value == 3.5)
        #expect("\(VarMatrix([[1, 2]]))" == "VarMatrix(1×2, value: [[1.0, 2.0]], grad: [[0.0, 0.0]])")
    }

    @Test("a constant matrix gets no gradient; zeroGrad clears a matrix")
    func constantMatrix() {
        let x = VarMatrix(constant: [[1, 2], [3, 4]])
        let w = VarVector([1, 1])
        x.matmul(w).sum().backward()
        #expect(x.grad == [0, 0, 0, 0])
        #expect(w.grad == [4, 6])
        let v = VarMatrix([[1, 2]])
        v.sum().backward()
        #expect(v.grad == [1, 1])
        v.zeroGrad()
        #expect(v.grad == [0, 0])
    }
}
