import Autodiff

// The spellings before the truth-first convention, kept with their old
// meaning for one release so that existing cells still run (with a warning).
// Each forwards to its new spelling. The messages spell the new call out in
// full: a `renamed:` fix-it would keep the old argument order under the new
// labels and so swap truth and prediction.
//
// Losses, regression errors and image metrics, unlabelled.

/// Old spelling of `binaryCrossEntropy(labels:probabilities:)`, probabilities first; same value.
@available(*, deprecated, message: "the labels come first: binaryCrossEntropy(labels: labels, probabilities: probabilities)")
public func binaryCrossEntropy(_ probabilities: [Double], _ labels: [Double]) -> Double {
    binaryCrossEntropy(labels: labels, probabilities: probabilities)
}

/// Old spelling of `binaryCrossEntropy(labels:probabilities:)`, probabilities first; same value.
@available(*, deprecated, message: "the labels come first: binaryCrossEntropy(labels: labels, probabilities: probabilities)")
public func binaryCrossEntropy(_ probabilities: VarVector, _ labels: [Double]) -> Var {
    binaryCrossEntropy(labels: labels, probabilities: probabilities)
}

/// Old spelling of `logLoss(labels:probabilities:)`, probabilities first; same value.
@available(*, deprecated, message: "the labels come first: logLoss(labels: labels, probabilities: probabilities)")
public func logLoss(_ probabilities: [Double], _ labels: [Double]) -> Double {
    logLoss(labels: labels, probabilities: probabilities)
}

/// Old spelling of `hingeLoss(labels:decisions:)`, decisions first; same value.
@available(*, deprecated, message: "the labels come first: hingeLoss(labels: labels, decisions: decisions)")
public func hingeLoss(_ decisions: [Double], _ labels: [Double]) -> Double {
    hingeLoss(labels: labels, decisions: decisions)
}

/// Old spelling of `meanSquaredError(targets:predictions:)`; same value (it was already truth first).
@available(*, deprecated, message: "label the arguments: meanSquaredError(targets: truth, predictions: estimate)")
public func meanSquaredError(_ truth: [Double], _ estimate: [Double]) -> Double {
    meanSquaredError(targets: truth, predictions: estimate)
}

/// Old spelling of `meanAbsoluteError(targets:predictions:)`; same value (it was already truth first).
@available(*, deprecated, message: "label the arguments: meanAbsoluteError(targets: truth, predictions: estimate)")
public func meanAbsoluteError(_ truth: [Double], _ estimate: [Double]) -> Double {
    meanAbsoluteError(targets: truth, predictions: estimate)
}

/// Old spelling of PSNR on flat pixel arrays; same value as `psnr(reference:estimate:dataRange:)` on images of those pixels.
@available(*, deprecated, message: "images are Image or [[Double]]: psnr(reference: Image(rows: truth), estimate: Image(rows: estimate), dataRange: L)")
public func psnr(_ truth: [Double], _ estimate: [Double], dataRange: Double) -> Double {
    psnr(reference: Image(width: truth.count, height: 1, pixels: truth), estimate: Image(width: estimate.count, height: 1, pixels: estimate), dataRange: dataRange)
}

/// Old spelling of `psnr(reference:estimate:dataRange:)`; same value (it was already truth first).
@available(*, deprecated, message: "label the images: psnr(reference: truth, estimate: estimate, dataRange: L)")
public func psnr(_ truth: Image, _ estimate: Image, dataRange: Double) -> Double {
    psnr(reference: truth, estimate: estimate, dataRange: dataRange)
}

/// Old spelling of `ssim(reference:estimate:dataRange:parameters:)`; same value.
@available(*, deprecated, message: "label the images: ssim(reference: x, estimate: y, dataRange: L)")
public func ssim(_ x: Image, _ y: Image, dataRange: Double, parameters: SSIMParameters = .scikitImage) -> Double {
    ssim(reference: x, estimate: y, dataRange: dataRange, parameters: parameters)
}

/// Old spelling of `ssim(reference:estimate:dataRange:parameters:)`; same value.
@available(*, deprecated, message: "label the images: ssim(reference: x, estimate: y, dataRange: L)")
public func ssim(_ x: [[Double]], _ y: [[Double]], dataRange: Double, parameters: SSIMParameters = .scikitImage) -> Double {
    ssim(reference: x, estimate: y, dataRange: dataRange, parameters: parameters)
}

/// Old spelling of `ssim(reference:estimate:dataRange:parameters:)` with a vector node; same value and gradient.
@available(*, deprecated, message: "label the images: ssim(reference: x, estimate: y, dataRange: L)")
public func ssim(_ x: Image, _ y: VarVector, dataRange: Double, parameters: SSIMParameters = .scikitImage) -> Var {
    ssim(reference: x, estimate: y, dataRange: dataRange, parameters: parameters)
}

/// Old spelling of `ssimGradient(reference:estimate:dataRange:parameters:)`; same gradient.
@available(*, deprecated, message: "label the images: ssimGradient(reference: x, estimate: y, dataRange: L)")
public func ssimGradient(_ x: Image, _ y: Image, dataRange: Double, parameters: SSIMParameters = .scikitImage) -> Image {
    ssimGradient(reference: x, estimate: y, dataRange: dataRange, parameters: parameters)
}
