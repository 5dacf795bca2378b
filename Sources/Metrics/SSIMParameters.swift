#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How SSIM computes its local statistics: the window, the covariance and the constants K₁, K₂.
///
/// SSIM values are comparable only when these (and the data range L) are
/// stated. Two settings are named: ``scikitImage`` (scikit-image's defaults)
/// and ``wang2004`` (the paper's).
public struct SSIMParameters: Sendable, Equatable {
    /// The weights of the local window.
    public enum Window: Sendable, Equatable {
        /// A `size`×`size` square of equal weights (`size` odd).
        case uniform(size: Int)
        /// A Gaussian of standard deviation `sigma`, cut at 3.5σ: 2⌊3.5σ + ½⌋ + 1 taps a side (11 for σ = 1.5).
        case gaussian(sigma: Double)
    }

    /// The window.
    public var window: Window
    /// Sample covariance (factor N/(N − 1), N = window pixels) instead of population covariance.
    public var sampleCovariance: Bool
    /// C₁ = (K₁L)² stabilises the luminance term.
    public var k1: Double
    /// C₂ = (K₂L)² stabilises the contrast-structure term.
    public var k2: Double

    /// Parameters spelled out; K₁ = 0.01 and K₂ = 0.03 unless given.
    public init(window: Window, sampleCovariance: Bool, k1: Double = 0.01, k2: Double = 0.03) {
        self.window = window
        self.sampleCovariance = sampleCovariance
        self.k1 = k1
        self.k2 = k2
    }

    /// scikit-image's defaults: a 7×7 uniform window and sample covariance.
    public static let scikitImage = SSIMParameters(window: .uniform(size: 7), sampleCovariance: true)

    /// Wang, Bovik, Sheikh & Simoncelli (IEEE TIP 2004): an 11×11 Gaussian window with σ = 1.5 and population covariance.
    public static let wang2004 = SSIMParameters(window: .gaussian(sigma: 1.5), sampleCovariance: false)

    /// Pixels on a side of the window.
    public var windowSize: Int {
        switch window {
        case .uniform(let size): size
        case .gaussian(let sigma): 2 * Int(3.5 * sigma + 0.5) + 1
        }
    }

    /// The one-dimensional weights (summing to 1); the window is their outer product.
    var weights: [Double] {
        switch window {
        case .uniform(let size):
            return Array(repeating: 1 / Double(size), count: size)
        case .gaussian(let sigma):
            // As scipy.ndimage.gaussian_filter1d with truncate = 3.5.
            let radius = windowSize / 2
            let taps = (-radius...radius).map { exp(-0.5 / (sigma * sigma) * Double($0 * $0)) }
            let total = taps.reduce(0, +)
            return taps.map { $0 / total }
        }
    }

    /// N/(N − 1) for sample covariance, 1 for population covariance.
    var covarianceFactor: Double {
        let count = Double(windowSize * windowSize)
        return sampleCovariance ? count / (count - 1) : 1
    }

    func problem(_ function: String, height: Int, width: Int, dataRange: Double) -> String? {
        if let problem = dataRangeProblem(function, dataRange: dataRange) { return problem }
        let problem: String? = switch window {
        case .uniform(let size) where size < 1 || size % 2 == 0:
            "the window size must be odd and positive, got \(size)"
        case .gaussian(let sigma) where !(sigma > 0 && sigma.isFinite):
            "sigma must be positive and finite, got \(sigma)"
        default:
            if !(k1 >= 0 && k1.isFinite && k2 >= 0 && k2.isFinite) {
                "k1 and k2 must be ≥ 0 and finite, got \(k1) and \(k2)"
            } else if sampleCovariance && windowSize == 1 {
                "sample covariance needs a window of more than one pixel"
            } else if height < windowSize || width < windowSize {
                "the \(height)×\(width) images are smaller than the \(windowSize)×\(windowSize) window"
            } else {
                nil
            }
        }
        return problem.map { "\(function): \($0)" }
    }
}
