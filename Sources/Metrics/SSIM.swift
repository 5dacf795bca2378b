/// Mean structural similarity (SSIM) of an estimate against a reference image of the same shape, in [−1, 1]; 1 for identical images.
///
/// SSIM = (2μₓμᵧ + C₁)(2σₓᵧ + C₂) / ((μₓ² + μᵧ² + C₁)(σₓ² + σᵧ² + C₂)) at
/// each position of the window, with C₁ = (K₁L)², C₂ = (K₂L)², L = `dataRange`,
/// averaged over the positions where the window fits (scikit-image's crop of
/// (w − 1)/2 pixels). Wang, Bovik, Sheikh & Simoncelli (IEEE TIP 2004);
/// `parameters` default to scikit-image's `structural_similarity` with
/// `data_range` given
/// (https://scikit-image.org/docs/stable/api/skimage.metrics.html#skimage.metrics.structural_similarity);
/// ``SSIMParameters/wang2004`` gives the paper's. SSIM is symmetric in its
/// two images. Edge cases: images smaller than the window, different
/// shapes, NaN pixels or L ≤ 0 stop; constant images are fine (C₁, C₂ > 0).
public func ssim(reference: Image, estimate: Image, dataRange: Double, parameters: SSIMParameters = .scikitImage) -> Double {
    StructuralSimilarity(reference, estimate, dataRange: dataRange, parameters: parameters,
                         function: "ssim(reference:estimate:dataRange:parameters:)").value
}

/// Mean SSIM of two images given as rows of pixels; see ``ssim(reference:estimate:dataRange:parameters:)-(Image,Image,_,_)``.
public func ssim(reference: [[Double]], estimate: [[Double]], dataRange: Double, parameters: SSIMParameters = .scikitImage) -> Double {
    ssim(reference: Image(rows: reference), estimate: Image(rows: estimate), dataRange: dataRange, parameters: parameters)
}

/// ∂ mean SSIM / ∂ estimate: the gradient of ``ssim(reference:estimate:dataRange:parameters:)-(Image,Image,_,_)`` with respect to the estimate's pixels.
///
/// SSIM is a smooth rational function of the local means, variances and
/// covariance (its denominators are at least C₁C₂ > 0), so this is an
/// ordinary derivative, of the cropped mean that `ssim` returns. scikit-image's
/// `gradient=True` is another quantity: the gradient of the mean over the
/// whole SSIM map, borders included, by a formula (Avanaki 2009) that assumes
/// population covariance, so it is exact only with `use_sample_covariance=False`
/// and about 2% off with the default sample covariance (scripts/reference_metrics.py
/// measures both). By symmetry, the gradient with respect to the reference is
/// this with the two images swapped. Edge cases: 0 at identical images (SSIM's maximum).
public func ssimGradient(reference: Image, estimate: Image, dataRange: Double, parameters: SSIMParameters = .scikitImage) -> Image {
    let similarity = StructuralSimilarity(reference, estimate, dataRange: dataRange, parameters: parameters,
                                          function: "ssimGradient(reference:estimate:dataRange:parameters:)")
    return Image(width: reference.width, height: reference.height, pixels: similarity.gradientWithRespectToY())
}

/// ∂ mean SSIM / ∂ estimate for images given as rows, as rows.
public func ssimGradient(reference: [[Double]], estimate: [[Double]], dataRange: Double,
                         parameters: SSIMParameters = .scikitImage) -> [[Double]] {
    ssimGradient(reference: Image(rows: reference), estimate: Image(rows: estimate),
                 dataRange: dataRange, parameters: parameters).rows
}

/// The local statistics of one SSIM evaluation, kept for its value and its gradient.
struct StructuralSimilarity {
    let x: [Double], y: [Double]
    let filter: WindowFilter
    let covariance: Double
    let c1: Double, c2: Double
    let meanX: [Double], meanY: [Double], meanXX: [Double], meanYY: [Double], meanXY: [Double]

    init(_ x: Image, _ y: Image, dataRange: Double, parameters: SSIMParameters, function: String) {
        check(imagePairProblem(function, x, y)
              ?? parameters.problem(function, height: x.height, width: x.width, dataRange: dataRange))
        self.x = x.pixels
        self.y = y.pixels
        filter = WindowFilter(weights: parameters.weights, width: x.width, height: x.height)
        covariance = parameters.covarianceFactor
        c1 = (parameters.k1 * dataRange) * (parameters.k1 * dataRange)
        c2 = (parameters.k2 * dataRange) * (parameters.k2 * dataRange)
        meanX = filter.apply(x.pixels)
        meanY = filter.apply(y.pixels)
        meanXX = filter.apply(x.pixels.map { $0 * $0 })
        meanYY = filter.apply(y.pixels.map { $0 * $0 })
        meanXY = filter.apply(zip(x.pixels, y.pixels).map { $0 * $1 })
    }

    /// The four factors of SSIM at position `p`: S = a1·a2 / (b1·b2).
    func terms(_ p: Int) -> (a1: Double, a2: Double, b1: Double, b2: Double) {
        let ux = meanX[p], uy = meanY[p]
        let vx = covariance * (meanXX[p] - ux * ux)
        let vy = covariance * (meanYY[p] - uy * uy)
        let vxy = covariance * (meanXY[p] - ux * uy)
        return (2 * ux * uy + c1, 2 * vxy + c2, ux * ux + uy * uy + c1, vx + vy + c2)
    }

    /// The SSIM map over the positions where the window fits.
    var map: [Double] {
        meanX.indices.map { p in
            let t = terms(p)
            return (t.a1 * t.a2) / (t.b1 * t.b2)
        }
    }

    /// The mean of the map.
    var value: Double { compensatedMean(map) }

    /// ∂ value / ∂ yᵢ for every pixel.
    ///
    /// S depends on y through μᵧ, E[y²] and E[xy] at each position; with c the
    /// covariance factor and D = b1·b2:
    /// ∂S/∂μᵧ = 2μₓ(a2 − c·a1)/D − 2μᵧS(1/b1 − c/b2), ∂S/∂E[xy] = 2c·a1/D,
    /// ∂S/∂E[y²] = −c·S/b2; the window's adjoint carries them to the pixels.
    func gradientWithRespectToY() -> [Double] {
        let count = meanX.count
        var byMean = [Double](repeating: 0, count: count)
        var byCross = [Double](repeating: 0, count: count)
        var bySquare = [Double](repeating: 0, count: count)
        for p in 0..<count {
            let (a1, a2, b1, b2) = terms(p)
            let d = b1 * b2, s = a1 * a2 / d, ux = meanX[p], uy = meanY[p]
            byMean[p] = (2 * ux * (a2 - covariance * a1) / d - 2 * uy * s * (1 / b1 - covariance / b2)) / Double(count)
            byCross[p] = 2 * covariance * a1 / d / Double(count)
            bySquare[p] = -covariance * s / b2 / Double(count)
        }
        let mean = filter.applyTransposed(byMean)
        let cross = filter.applyTransposed(byCross)
        let square = filter.applyTransposed(bySquare)
        return y.indices.map { i in mean[i] + x[i] * cross[i] + 2 * y[i] * square[i] }
    }
}
