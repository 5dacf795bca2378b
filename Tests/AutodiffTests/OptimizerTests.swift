import Autodiff
import Testing

@Suite("Optimisers")
struct OptimizerTests {
    @Test("gradient descent: w ← w − η·g")
    func gradientDescent() {
        var w = [1.0, -2.0]
        GradientDescent(learningRate: 0.5).update(&w, gradient: [4, -2])
        #expect(w == [-1, -1])
    }

    @Test("Adam: the first two steps by hand")
    func adamByHand() {
        var w = [1.0, 1.0]
        var adam = Adam(learningRate: 0.1)
        adam.update(&w, gradient: [2, -0.5])
        // Step 1: m̂ = g and v̂ = g², so each weight moves by η·g/(|g| + ε).
        #expect(Swift.abs(w[0] - (1 - 0.1 * 2 / (2 + 1e-8))) < 1e-15)
        #expect(Swift.abs(w[1] - (1 + 0.1 * 0.5 / (0.5 + 1e-8))) < 1e-15)
        adam.update(&w, gradient: [1, -0.5])
        // Step 2 for the first weight.
        let m = 0.9 * (0.1 * 2) + 0.1 * 1, v = 0.999 * (0.001 * 4) + 0.001 * 1
        let mHat = m / (1 - 0.9 * 0.9), vHat = v / (1 - 0.999 * 0.999)
        let expected = 1 - 0.1 * 2 / (2 + 1e-8) - 0.1 * mHat / (vHat.squareRoot() + 1e-8)
        #expect(Swift.abs(w[0] - expected) < 1e-15)
        #expect(adam.steps == 2 && adam.firstMoment.count == 2 && adam.secondMoment.count == 2)
    }

    @Test("both optimisers drive logistic regression's loss down to the same minimum region")
    func training() {
        var numbers = SeededNumbers(seed: 61)
        let rows = (0..<200).map { _ in numbers.uniform(count: 3, -2, 2) }
        let truth = [1.5, -2.0, 0.5]
        let labels = rows.map { row in numbers.uniform(0, 1) < sigmoid(weightedSum(row, truth)) ? 1.0 : 0.0 }
        let x = VarMatrix(constant: rows)
        func loss(_ w: [Double]) -> (value: Double, gradient: [Double]) {
            valueWithGradient(at: w) { (w: VarVector) in
                let z = x.matmul(w)
                return (z.softplus() - labels * z).mean()
            }
        }
        func train<O: Optimizer>(_ optimizer: O, steps: Int) -> Double {
            var optimizer = optimizer
            var w = [0.0, 0.0, 0.0]
            for _ in 0..<steps { optimizer.update(&w, gradient: loss(w).gradient) }
            return loss(w).value
        }
        let start = loss([0, 0, 0]).value
        #expect(Swift.abs(start - 0.6931471805599453) < 1e-12)   // ln 2
        let descent = train(GradientDescent(learningRate: 1), steps: 300)
        let adam = train(Adam(learningRate: 0.05), steps: 300)
        #expect(descent < 0.5 && adam < 0.5)
        #expect(Swift.abs(descent - adam) < 1e-3)
    }
}
