import Autodiff
import Testing

// Each check runs its body in a child process (an exit test), expects the
// process to stop, and reads what it wrote to standard error. Exit test
// bodies cannot capture anything, so each is written out in full.

/// What a stopped child process wrote to standard error.
func message(_ result: ExitTest.Result?) -> String {
    String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
}

@Suite("Bad input stops with a message naming the operation and the shapes")
struct BadInputTests {
    @Test("mismatched vectors in elementwise arithmetic")
    func elementwise() async {
        let stopped = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = VarVector([1, 2, 3]) + VarVector([1, 2])
        }
        #expect(message(stopped).contains("+: shapes [3] and [2] do not match"))
        let withData = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = VarVector([1, 2, 3]) * [1.0, 2, 3, 4]
        }
        #expect(message(withData).contains("*: shapes [3] and [4] do not match"))
        let maximum = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = max(VarVector([1]), VarVector([1, 2]))
        }
        #expect(message(maximum).contains("max: shapes [1] and [2] do not match"))
    }

    @Test("mismatched dot product")
    func dot() async {
        let stopped = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = VarVector([1, 2]).dot([1, 2, 3])
        }
        #expect(message(stopped).contains("dot: shapes [2] and [3] do not match"))
    }

    @Test("mismatched matrix products and bias")
    func matrices() async {
        let vector = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = VarMatrix([[1, 2, 3], [4, 5, 6]]).matmul(VarVector([1, 2]))
        }
        #expect(message(vector).contains("matmul: [2×3] × [2]: the matrix has 3 columns but the vector has 2 elements"))
        let matrix = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = VarMatrix([[1, 2, 3]]).matmul(VarMatrix([[1, 2]]))
        }
        #expect(message(matrix).contains("matmul: [1×3] × [1×2]: the left has 3 columns but the right has 1 rows"))
        let bias = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = VarMatrix([[1, 2, 3]]) + VarVector([1, 2])
        }
        #expect(message(bias).contains("+: [1×3] + [2]: a vector added to every row needs 3 elements"))
        let elementwise = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = VarMatrix([[1, 2]]) * VarMatrix([[1], [2]])
        }
        #expect(message(elementwise).contains("*: shapes [1×2] and [2×1] do not match"))
        let ragged = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = VarMatrix([[1, 2], [3]])
        }
        #expect(message(ragged).contains("VarMatrix: row 1 has 1 elements but row 0 has 2"))
        let view = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = VarMatrix(rows: 2, columns: 2, entries: VarVector([1, 2, 3]))
        }
        #expect(message(view).contains("VarMatrix: [3] cannot be viewed as [2×2]"))
    }

    @Test("reductions that need an element say the vector is empty")
    func emptyReductions() async {
        let vectorMean = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = VarVector([]).mean()
        }
        #expect(message(vectorMean).contains("mean: needs at least one element, got an empty vector"))
        let largest = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = VarVector([]).max()
        }
        #expect(message(largest).contains("max: needs at least one element, got an empty vector"))
        let smallest = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = VarVector([]).min()
        }
        #expect(message(smallest).contains("min: needs at least one element, got an empty vector"))
        let logSumExp = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = VarVector([]).logSumExp()
        }
        #expect(message(logSumExp).contains("logSumExp: needs at least one element, got an empty vector"))
        let scalars = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = mean([Var]())
        }
        #expect(message(scalars).contains("mean: needs at least one element, got an empty array"))
    }

    @Test("indices out of range")
    func indices() async {
        let element = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = VarVector([1, 2])[2]
        }
        #expect(message(element).contains("VarVector[2]: index out of range for shape [2]"))
        let range = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = VarVector([1, 2])[1..<3]
        }
        #expect(message(range).contains("VarVector[1..<3]: out of range for shape [2]"))
        let gather = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = VarVector([1, 2]).gathered(at: [0, 5])
        }
        #expect(message(gather).contains("gathered(at:): index 5 out of range for shape [2]"))
    }

    @Test("optimisers check the gradient's length")
    func optimisers() async {
        let descent = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            var w = [1.0, 2.0]
            GradientDescent(learningRate: 0.1).update(&w, gradient: [1])
        }
        #expect(message(descent).contains("GradientDescent.update: shapes [2] and [1] do not match"))
        let adam = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            var w = [1.0, 2.0], adam = Adam()
            adam.update(&w, gradient: [1, 1])
            var other = [1.0]
            adam.update(&other, gradient: [1])
        }
        #expect(message(adam).contains("Adam.update: this optimiser tracks [2] parameters, got [1]"))
    }
}
