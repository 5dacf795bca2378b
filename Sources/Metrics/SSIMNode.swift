import Autodiff

/// Mean SSIM of a fixed image `x` and an image `y` whose pixels (row after row) are a vector node, differentiable in `y`.
///
/// Use 1 − ssim(…) as a loss. The backward pass is the analytic gradient of
/// ``ssimGradient(_:_:dataRange:parameters:)``, not a graph of per-pixel
/// operations, so a 512×512 image costs a few window passes.
public func ssim(_ x: Image, _ y: VarVector, dataRange: Double, parameters: SSIMParameters = .scikitImage) -> Var {
    let function = "ssim(_:_:dataRange:parameters:)"
    if y.count != x.pixels.count {
        check("\(function): the first image has \(x.pixels.count) pixels (\(x.shape)) but the second has \(y.count)")
    }
    let similarity = StructuralSimilarity(x, Image(width: x.width, height: x.height, pixels: y.value),
                                          dataRange: dataRange, parameters: parameters, function: function)
    let gradient = similarity.gradientWithRespectToY()
    // (y − y) is exactly 0, so the node's value is SSIM to the last bit and its
    // gradient with respect to y is `gradient`: a linear node carrying the analytic backward.
    return (y - VarVector(constant: y.value)).dot(gradient) + similarity.value
}
