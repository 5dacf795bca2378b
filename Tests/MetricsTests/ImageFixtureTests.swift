import Testing
@testable import Metrics

/// scikit-image's PSNR and SSIM, and SSIM's gradient by differences, from Fixtures/images.json.
struct ImageFixture: Decodable {
    struct Setting: Decodable {
        let window: String
        let size: Int?
        let sigma: Double?
        let sampleCovariance: Bool
        let k1, k2: Double

        var parameters: SSIMParameters {
            SSIMParameters(window: window == "uniform" ? .uniform(size: size!) : .gaussian(sigma: sigma!),
                           sampleCovariance: sampleCovariance, k1: k1, k2: k2)
        }
    }
    struct Value: Decodable { let setting: String; let value: Double }
    struct Pair: Decodable {
        let name: String
        let height, width: Int
        let x, y: [Double]
        let dataRange: Double
        let psnr: Double
        let ssim: [Value]
    }
    struct Gradient: Decodable {
        struct ForSetting: Decodable { let setting: String; let value: Double; let gradientWithRespectToY: [Double] }
        let height, width: Int
        let x, y: [Double]
        let dataRange: Double
        let settings: [ForSetting]
    }
    let settings: [String: Setting]
    let pairs: [Pair]
    let gradient: Gradient
}

@Suite struct ImageFixtureTests {
    let fixture: ImageFixture
    init() throws { fixture = try loadFixture("images") }

    func images(_ pair: ImageFixture.Pair) -> (Image, Image) {
        (Image(width: pair.width, height: pair.height, pixels: pair.x),
         Image(width: pair.width, height: pair.height, pixels: pair.y))
    }

    @Test func psnrMatchesScikitImage() {
        #expect(fixture.pairs.count == 7)
        for pair in fixture.pairs {
            let (x, y) = images(pair)
            #expect(isClose(psnr(reference: x, estimate: y, dataRange: pair.dataRange), pair.psnr), "\(pair.name)")
            #expect(isClose(psnr(reference: x.rows, estimate: y.rows, dataRange: pair.dataRange), pair.psnr), "\(pair.name)")
        }
    }

    @Test func psnrOfIdenticalImagesIsInfinite() {
        #expect(psnr(reference: [[1, 2, 3]], estimate: [[1, 2, 3]], dataRange: 255) == .infinity)
    }

    @Test func ssimMatchesScikitImage() throws {
        var compared = 0
        for pair in fixture.pairs {
            let (x, y) = images(pair)
            for entry in pair.ssim {
                let parameters = try #require(fixture.settings[entry.setting]).parameters
                let actual = ssim(reference: x, estimate: y, dataRange: pair.dataRange, parameters: parameters)
                #expect(isClose(actual, entry.value, relative: 1e-9), "\(pair.name), \(entry.setting): \(actual) vs \(entry.value)")
                compared += 1
            }
        }
        #expect(compared == 32)
    }

    @Test func namedSettingsAreTheFixtureSettings() throws {
        #expect(try #require(fixture.settings["scikitImage"]).parameters == .scikitImage)
        #expect(try #require(fixture.settings["wang2004"]).parameters == .wang2004)
        #expect(SSIMParameters.wang2004.windowSize == 11)
    }

    @Test func researchNotesExample() {
        let pair = fixture.pairs[0]
        let (x, y) = images(pair)
        #expect(abs(ssim(reference: x, estimate: y, dataRange: 1) - 0.8495) < 5e-5)
        #expect(abs(ssim(reference: x, estimate: y, dataRange: 1, parameters: .wang2004) - 0.7793) < 5e-5)
        #expect(abs(psnr(reference: x, estimate: y, dataRange: 1) - 23.44) < 5e-3)
    }

    @Test func rowsAndImagesGiveTheSameSSIM() {
        let pair = fixture.pairs[1]
        let (x, y) = images(pair)
        #expect(ssim(reference: x.rows, estimate: y.rows, dataRange: 255) == ssim(reference: x, estimate: y, dataRange: 255))
    }

    @Test func ssimGradientMatchesDifferencesOfScikitImage() throws {
        let g = fixture.gradient
        let x = Image(width: g.width, height: g.height, pixels: g.x)
        let y = Image(width: g.width, height: g.height, pixels: g.y)
        #expect(g.settings.count == 3)
        for entry in g.settings {
            let parameters = try #require(fixture.settings[entry.setting]).parameters
            #expect(isClose(ssim(reference: x, estimate: y, dataRange: g.dataRange, parameters: parameters), entry.value, relative: 1e-9))
            let gradient = ssimGradient(reference: x, estimate: y, dataRange: g.dataRange, parameters: parameters)
            #expect(isClose(gradient.pixels, entry.gradientWithRespectToY, relative: 1e-8), "\(entry.setting)")
        }
    }
}
