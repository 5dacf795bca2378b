#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Optimisers move plain parameters against their gradient: compute the
// gradient with `valueWithGradient(at:of:)`, then `update` the parameters.
//
//     var w = [Double](repeating: 0, count: 3)
//     var optimizer = Adam(learningRate: 0.01)
//     for _ in 0..<200 {
//         let (loss, g) = valueWithGradient(at: w) { w in logisticLoss(w) }
//         optimizer.update(&w, gradient: g)
//     }

/// A rule that moves parameters one step against their gradient.
public protocol Optimizer: Sendable {
    /// Moves `parameters` one step, given ∂loss/∂parameters.
    mutating func update(_ parameters: inout [Double], gradient: [Double])
}

/// Plain gradient descent: w ← w − η·g.
public struct GradientDescent: Optimizer {
    /// η, the step size.
    public var learningRate: Double

    /// Gradient descent with step size η.
    public init(learningRate: Double) { self.learningRate = learningRate }

    /// w ← w − η·g.
    public func update(_ parameters: inout [Double], gradient: [Double]) {
        requireSameCount(parameters.count, gradient.count, "GradientDescent.update")
        for i in parameters.indices { parameters[i] -= learningRate * gradient[i] }
    }
}

/// Adam (Kingma & Ba, 2015): steps scaled by running averages of the gradient
/// and of its square, with bias correction (PyTorch's defaults).
public struct Adam: Optimizer {
    /// η, the step size.
    public var learningRate: Double
    /// β₁, decay of the running mean of the gradient.
    public var beta1: Double
    /// β₂, decay of the running mean of the squared gradient.
    public var beta2: Double
    /// ε, added to the denominator so it is never zero.
    public var epsilon: Double
    /// The running mean of the gradient (m), empty before the first step.
    public private(set) var firstMoment: [Double] = []
    /// The running mean of the squared gradient (v), empty before the first step.
    public private(set) var secondMoment: [Double] = []
    /// The number of steps taken (t).
    public private(set) var steps = 0

    /// Adam with PyTorch's default β₁ = 0.9, β₂ = 0.999, ε = 1e-8.
    public init(learningRate: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8) {
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
    }

    /// m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², w ← w − η·m̂/(√v̂ + ε),
    /// where m̂ = m/(1−β₁ᵗ) and v̂ = v/(1−β₂ᵗ).
    public mutating func update(_ parameters: inout [Double], gradient: [Double]) {
        requireSameCount(parameters.count, gradient.count, "Adam.update")
        if firstMoment.isEmpty {
            firstMoment = [Double](repeating: 0, count: parameters.count)
            secondMoment = firstMoment
        }
        require(firstMoment.count == parameters.count,
                "Adam.update: this optimiser tracks \(shape(firstMoment.count)) parameters, got \(shape(parameters.count))")
        steps += 1
        let correction1 = 1 - pow(beta1, Double(steps))
        let correction2 = 1 - pow(beta2, Double(steps))
        for i in parameters.indices {
            let g = gradient[i]
            firstMoment[i] = beta1 * firstMoment[i] + (1 - beta1) * g
            secondMoment[i] = beta2 * secondMoment[i] + (1 - beta2) * g * g
            let mHat = firstMoment[i] / correction1
            let vHat = secondMoment[i] / correction2
            parameters[i] -= learningRate * mHat / (vHat.squareRoot() + epsilon)
        }
    }
}
