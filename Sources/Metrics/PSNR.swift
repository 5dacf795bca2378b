#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Peak signal-to-noise ratio 10 log₁₀(L² / MSE) in decibels, with L = `dataRange`.
///
/// scikit-image's `peak_signal_noise_ratio` with an explicit `data_range`
/// (scikit-image would otherwise guess L from the dtype and the sign of the
/// data: 1 or 2 for floats). Identical inputs give +∞.
public func psnr(_ truth: [Double], _ estimate: [Double], dataRange: Double) -> Double {
    let function = "psnr(_:_:dataRange:)"
    check(valuesProblem(function, ("truth", truth), ("estimate", estimate)) ?? dataRangeProblem(function, dataRange: dataRange))
    return peakSignalToNoise(meanSquaredError: squaredErrorMean(truth, estimate), dataRange: dataRange)
}

/// Peak signal-to-noise ratio of two images of the same shape, in decibels; +∞ when they are identical.
public func psnr(_ truth: Image, _ estimate: Image, dataRange: Double) -> Double {
    let function = "psnr(_:_:dataRange:)"
    check(imagePairProblem(function, truth, estimate) ?? dataRangeProblem(function, dataRange: dataRange))
    return peakSignalToNoise(meanSquaredError: squaredErrorMean(truth.pixels, estimate.pixels), dataRange: dataRange)
}

func peakSignalToNoise(meanSquaredError: Double, dataRange: Double) -> Double {
    meanSquaredError == 0 ? .infinity : 10 * log10((dataRange * dataRange) / meanSquaredError)
}
