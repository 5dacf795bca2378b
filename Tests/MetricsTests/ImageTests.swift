import Testing
@testable import Metrics

/// The image type: row-major pixels, rows in and out, and its messages.
@Suite struct ImageTests {
    @Test func pixelsAreStoredRowAfterRow() {
        var image = Image(rows: [[1, 2, 3], [4, 5, 6]])
        #expect(image.width == 3 && image.height == 2)
        #expect(image.pixels == [1, 2, 3, 4, 5, 6])
        #expect(image[1, 0] == 4)
        image[0, 2] = 9
        #expect(image.rows == [[1, 2, 9], [4, 5, 6]])
        #expect(image == Image(width: 3, height: 2, pixels: [1, 2, 9, 4, 5, 6]))
    }

    @Test func messages() {
        #expect(Image.problem(rows: [[1, 2], [3]]) == "Image(rows:): row 0 has 2 pixels but row 1 has 1")
        #expect(Image.problem(rows: []) == "Image(rows:): an image needs at least one row and one column")
        #expect(Image.problem(width: 0, height: 2, pixelCount: 0)
                == "Image(width:height:pixels:): an image needs at least one row and one column, got 2×0")
        #expect(SSIMParameters(window: .gaussian(sigma: 0), sampleCovariance: false).problem("ssim", height: 20, width: 20, dataRange: 1)
                == "ssim: sigma must be positive and finite, got 0.0")
        #expect(SSIMParameters(window: .uniform(size: 7), sampleCovariance: false, k1: -1).problem("ssim", height: 20, width: 20, dataRange: 1)
                == "ssim: k1 and k2 must be ≥ 0 and finite, got -1.0 and 0.03")
        #expect(SSIMParameters.wang2004.problem("ssim", height: 20, width: 20, dataRange: .infinity)
                == "ssim: dataRange must be positive and finite, got inf")
    }
}
