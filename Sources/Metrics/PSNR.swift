import Autodiff

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Peak signal-to-noise ratio 10 log₁₀(L² / MSE) of an estimate against a reference image, in decibels; L = `dataRange`.
///
/// scikit-image's `peak_signal_noise_ratio(image_true, image_test, data_range=L)`
/// (https://scikit-image.org/docs/stable/api/skimage.metrics.html#skimage.metrics.peak_signal_noise_ratio).
/// scikit-image would guess L from the dtype and the sign of the data when
/// it is omitted; here it is always given. Edge cases: identical images give
/// +∞; different shapes, NaN pixels or L ≤ 0 stop.
public func psnr(reference: Image, estimate: Image, dataRange: Double) -> Double {
    let function = "psnr(reference:estimate:dataRange:)"
    check(imagePairProblem(function, reference, estimate) ?? dataRangeProblem(function, dataRange: dataRange))
    return peakSignalToNoise(meanSquaredError: squaredErrorMean(reference.pixels, estimate.pixels), dataRange: dataRange)
}

/// Peak signal-to-noise ratio of two images given as rows of pixels; see ``psnr(reference:estimate:dataRange:)-(Image,Image,_)``.
public func psnr(reference: [[Double]], estimate: [[Double]], dataRange: Double) -> Double {
    psnr(reference: Image(rows: reference), estimate: Image(rows: estimate), dataRange: dataRange)
}

/// PSNR, differentiable in the estimate's pixels (row after row): ∂/∂x̂ᵢ = −(20 / ln 10)(x̂ᵢ − xᵢ) / (N·MSE).
///
/// Use −psnr(…) as a loss: its gradient is MSE's divided by MSE, so it grows
/// as the error shrinks. Edge cases: identical images give +∞ with a NaN
/// gradient (the maximum is at infinity); stop before the error reaches 0.
public func psnr(reference: Image, estimate: VarVector, dataRange: Double) -> Var {
    let function = "psnr(reference:estimate:dataRange:)"
    check(imagePixelsProblem(function, reference, estimate.value) ?? dataRangeProblem(function, dataRange: dataRange))
    let errors: VarVector = estimate - reference.pixels
    let mse: Var = errors.dot(errors) / Double(reference.pixels.count)
    return (2 * log(dataRange) - mse.log()) * (10 / log(10.0))
}

/// PSNR of a reference given as rows and an estimate whose pixels (row after row) are a vector node.
public func psnr(reference: [[Double]], estimate: VarVector, dataRange: Double) -> Var {
    psnr(reference: Image(rows: reference), estimate: estimate, dataRange: dataRange)
}

func peakSignalToNoise(meanSquaredError: Double, dataRange: Double) -> Double {
    meanSquaredError == 0 ? .infinity : 10 * log10((dataRange * dataRange) / meanSquaredError)
}
