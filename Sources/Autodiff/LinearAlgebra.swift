// Products, transposes and sums along rows or columns: what logistic
// regression (X·w) and a small neural network (X·W₁ → relu → ·W₂) need.
// Inner loops run over one row at a time (a rebased buffer), so they index
// without overflow checks and the compiler can vectorise them.

extension VarMatrix {
    /// The matrix–vector product A·x: y[i] = Σⱼ A[i,j]·x[j].
    /// Backward: ∂A[i,j] += g[i]·x[j] and ∂x[j] += Σᵢ A[i,j]·g[i].
    public func matmul(_ x: VarVector) -> VarVector {
        require(columns == x.count,
                "matmul: \(shapeName) × \(shape(x.count)): the matrix has \(columns) columns but the vector has \(x.count) elements")
        let (m, k) = (rows, columns)
        let a = value, xv = x.value
        let y = makeArray(count: m) { y in
            withBuffers(a, xv) { a, x in
                for i in 0..<m {
                    let row = UnsafeBufferPointer(rebasing: a[(i * k)..<(i * k + k)])
                    y[i] = sumOfTerms(count: k) { row[$0] * x[$0] }
                }
            }
        }
        let matrix = entries
        return VarVector(y, inputs: [matrix, x]) { g in
            withBuffers(a, xv, g) { a, xv, g in
                if matrix.needsGradient {
                    matrix.accumulateGrad { da in
                        for i in 0..<m {
                            let row = UnsafeMutableBufferPointer(rebasing: da[(i * k)..<(i * k + k)])
                            for j in 0..<k { row[j] += g[i] * xv[j] }
                        }
                    }
                }
                if x.needsGradient {
                    x.accumulateGrad { dx in
                        for i in 0..<m {
                            let row = UnsafeBufferPointer(rebasing: a[(i * k)..<(i * k + k)])
                            for j in 0..<k { dx[j] += row[j] * g[i] }
                        }
                    }
                }
            }
        }
    }

    /// The matrix product A·B: C[i,j] = Σₚ A[i,p]·B[p,j].
    /// Backward: ∂A += G·Bᵀ and ∂B += Aᵀ·G.
    public func matmul(_ other: VarMatrix) -> VarMatrix {
        require(columns == other.rows,
                "matmul: \(shapeName) × \(other.shapeName): the left has \(columns) columns but the right has \(other.rows) rows")
        let (m, k, n) = (rows, columns, other.columns)
        let a = value, b = other.value
        let c = makeArray(count: m * n) { c in
            c.initialize(repeating: 0)
            withBuffers(a, b) { a, b in
                for i in 0..<m {
                    let out = UnsafeMutableBufferPointer(rebasing: c[(i * n)..<(i * n + n)])
                    for p in 0..<k {
                        let aip = a[i * k + p]
                        let row = UnsafeBufferPointer(rebasing: b[(p * n)..<(p * n + n)])
                        for j in 0..<n { out[j] += aip * row[j] }
                    }
                }
            }
        }
        let left = entries, right = other.entries
        let product = VarVector(c, inputs: [left, right]) { g in
            withBuffers(a, b, g) { a, b, g in
                if left.needsGradient {
                    left.accumulateGrad { da in
                        for i in 0..<m {
                            let gRow = UnsafeBufferPointer(rebasing: g[(i * n)..<(i * n + n)])
                            for p in 0..<k {
                                let bRow = UnsafeBufferPointer(rebasing: b[(p * n)..<(p * n + n)])
                                da[i * k + p] += sumOfTerms(count: n) { gRow[$0] * bRow[$0] }
                            }
                        }
                    }
                }
                if right.needsGradient {
                    right.accumulateGrad { db in
                        for i in 0..<m {
                            let gRow = UnsafeBufferPointer(rebasing: g[(i * n)..<(i * n + n)])
                            for p in 0..<k {
                                let aip = a[i * k + p]
                                let dbRow = UnsafeMutableBufferPointer(rebasing: db[(p * n)..<(p * n + n)])
                                for j in 0..<n { dbRow[j] += aip * gRow[j] }
                            }
                        }
                    }
                }
            }
        }
        return VarMatrix(rows: m, columns: n, entries: product)
    }

    /// The transpose: T[j,i] = A[i,j].
    public func transposed() -> VarMatrix {
        let (m, n) = (rows, columns)
        let a = value
        let t = makeArray(count: m * n) { t in
            a.withUnsafeBufferPointer { a in
                for i in 0..<m { for j in 0..<n { t[j * m + i] = a[i * n + j] } }
            }
        }
        let source = entries
        let node = VarVector(t, inputs: [source]) { g in
            source.accumulateGrad { da in
                g.withUnsafeBufferPointer { g in
                    for i in 0..<m { for j in 0..<n { da[i * n + j] += g[j * m + i] } }
                }
            }
        }
        return VarMatrix(rows: n, columns: m, entries: node)
    }

    /// The sum of each row, a vector of `rows` elements.
    public func rowSums() -> VarVector {
        let (m, n) = (rows, columns)
        let a = value
        let y = makeArray(count: m) { y in
            a.withUnsafeBufferPointer { a in
                for i in 0..<m { y[i] = sumOfTerms(count: n) { a[i * n + $0] } }
            }
        }
        let source = entries
        return VarVector(y, inputs: [source]) { g in
            source.accumulateGrad { da in
                for i in 0..<m { for j in 0..<n { da[i * n + j] += g[i] } }
            }
        }
    }

    /// The sum of each column, a vector of `columns` elements.
    public func columnSums() -> VarVector {
        let (m, n) = (rows, columns)
        let a = value
        let y = makeArray(count: n) { y in
            y.initialize(repeating: 0)
            a.withUnsafeBufferPointer { a in
                for i in 0..<m { for j in 0..<n { y[j] += a[i * n + j] } }
            }
        }
        let source = entries
        return VarVector(y, inputs: [source]) { g in
            source.accumulateGrad { da in
                g.withUnsafeBufferPointer { g in
                    for i in 0..<m { for j in 0..<n { da[i * n + j] += g[j] } }
                }
            }
        }
    }

    /// A + b with the vector b added to every row (NumPy's broadcasting): the
    /// bias of a layer. b's gradient is the column sums of the output's.
    public static func + (a: VarMatrix, b: VarVector) -> VarMatrix {
        require(a.columns == b.count,
                "+: \(a.shapeName) + \(shape(b.count)): a vector added to every row needs \(a.columns) elements")
        let (m, n) = (a.rows, a.columns)
        let x = a.value, bias = b.value
        let y = makeArray(count: m * n) { y in
            withBuffers(x, bias) { x, bias in
                for i in 0..<m { for j in 0..<n { y[i * n + j] = x[i * n + j] + bias[j] } }
            }
        }
        let matrix = a.entries
        let node = VarVector(y, inputs: [matrix, b]) { g in
            g.withUnsafeBufferPointer { g in
                if matrix.needsGradient {
                    matrix.accumulateGrad { dx in for i in dx.indices { dx[i] += g[i] } }
                }
                if b.needsGradient {
                    b.accumulateGrad { db in for i in 0..<m { for j in 0..<n { db[j] += g[i * n + j] } } }
                }
            }
        }
        return a.with(node)
    }
}

/// The matrix–vector product A·x.
public func matmul(_ a: VarMatrix, _ x: VarVector) -> VarVector { a.matmul(x) }
/// The matrix product A·B.
public func matmul(_ a: VarMatrix, _ b: VarMatrix) -> VarMatrix { a.matmul(b) }
