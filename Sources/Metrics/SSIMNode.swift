import Autodiff

/// Mean SSIM of a fixed reference and an estimate whose pixels (row after row) are a vector node, differentiable in the estimate.
///
/// Use 1 − ssim(…) as a loss (Zhao, Gallo, Frosio & Kautz, IEEE TCI 2017).
/// The backward pass is the analytic gradient of
/// ``ssimGradient(reference:estimate:dataRange:parameters:)-(Image,Image,_,_)``,
/// not a graph of per-pixel operations, so a 512×512 image costs a few window
/// passes. Edge cases: as for the plain form; the estimate must have the reference's pixel count.
public func ssim(reference: Image, estimate: VarVector, dataRange: Double, parameters: SSIMParameters = .scikitImage) -> Var {
    let function = "ssim(reference:estimate:dataRange:parameters:)"
    check(imagePixelsProblem(function, reference, estimate.value))
    let similarity = StructuralSimilarity(reference, Image(width: reference.width, height: reference.height, pixels: estimate.value),
                                          dataRange: dataRange, parameters: parameters, function: function)
    let gradient = similarity.gradientWithRespectToY()
    // (y − y) is exactly 0, so the node's value is SSIM to the last bit and its
    // gradient with respect to y is `gradient`: a linear node carrying the analytic backward.
    return (estimate - VarVector(constant: estimate.value)).dot(gradient) + similarity.value
}

/// Mean SSIM of a reference given as rows and an estimate whose pixels (row after row) are a vector node.
public func ssim(reference: [[Double]], estimate: VarVector, dataRange: Double, parameters: SSIMParameters = .scikitImage) -> Var {
    ssim(reference: Image(rows: reference), estimate: estimate, dataRange: dataRange, parameters: parameters)
}
