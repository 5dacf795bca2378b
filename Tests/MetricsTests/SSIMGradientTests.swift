import Autodiff
import Foundation
import Testing
import Metrics

/// SSIM's gradient: the analytic form, the autodiff node and central differences agree.
@Suite struct SSIMGradientTests {
    let x: Image
    let y: Image

    init() {
        let (h, w) = (13, 15)
        x = Image(width: w, height: h, pixels: (0..<h * w).map { k in 0.5 + 0.4 * sin(Double(k) * 0.37) })
        y = Image(width: w, height: h, pixels: x.pixels.enumerated().map { k, v in v + 0.15 * cos(Double(k) * 1.3) })
    }

    @Test(arguments: [SSIMParameters.scikitImage, .wang2004,
                      SSIMParameters(window: .uniform(size: 5), sampleCovariance: false, k1: 0.02, k2: 0.05)])
    func analyticGradientMatchesCentralDifferences(parameters: SSIMParameters) {
        let analytic = ssimGradient(reference: x, estimate: y, dataRange: 1, parameters: parameters).pixels
        let numerical = numericalGradient(at: y.pixels) { pixels in
            ssim(reference: x, estimate: Image(width: y.width, height: y.height, pixels: pixels), dataRange: 1, parameters: parameters)
        }
        #expect(isClose(analytic, numerical, relative: 1e-7))
    }

    @Test func autodiffNodeHasTheValueAndTheGradient() {
        let (value, gradient) = valueWithGradient(at: y.pixels) { pixels in
            ssim(reference: x, estimate: pixels, dataRange: 1, parameters: .wang2004)
        }
        #expect(value == ssim(reference: x, estimate: y, dataRange: 1, parameters: .wang2004))
        #expect(gradient == ssimGradient(reference: x, estimate: y, dataRange: 1, parameters: .wang2004).pixels)
    }

    @Test func gradientIsZeroAtIdenticalImages() {
        let g = ssimGradient(reference: x, estimate: x, dataRange: 1).pixels
        #expect(g.allSatisfy { abs($0) < 1e-15 })
        #expect(isClose(ssim(reference: x, estimate: x, dataRange: 1), 1))
    }

    @Test func gradientWithRespectToXFollowsFromSymmetry() {
        // SSIM(x, y) = SSIM(y, x), so ∂/∂x is ssimGradient with the images swapped.
        #expect(ssim(reference: x, estimate: y, dataRange: 1) == ssim(reference: y, estimate: x, dataRange: 1))
        let byX = numericalGradient(at: x.pixels) { pixels in
            ssim(reference: Image(width: x.width, height: x.height, pixels: pixels), estimate: y, dataRange: 1)
        }
        #expect(isClose(ssimGradient(reference: y, estimate: x, dataRange: 1).pixels, byX, relative: 1e-7))
    }
}
