import Autodiff
import Testing
@testable import Metrics

/// Bad input stops with a message naming the function and the problem.
@Suite struct InputProblemTests {
    @Test func classificationMessages() {
        let f = "precision(labels:scores:threshold:)"
        #expect(classificationProblem(f, labels: [1, 0, 1, 0], scores: [0.1, 0.2, 0.3, 0.4, 0.5], threshold: 0.5)
                == "precision(labels:scores:threshold:): labels has 4 elements but scores has 5")
        #expect(classificationProblem(f, labels: [], scores: [], threshold: 0.5)
                == "precision(labels:scores:threshold:): labels and scores are empty")
        #expect(classificationProblem(f, labels: [1, 2], scores: [0.1, 0.2], threshold: 0.5)
                == "precision(labels:scores:threshold:): labels must be 0 or 1, found 2.0 at index 1")
        #expect(classificationProblem(f, labels: [1, 0], scores: [0.1, .nan], threshold: 0.5)
                == "precision(labels:scores:threshold:): scores has NaN at index 1")
        #expect(classificationProblem(f, labels: [1], scores: [0.1], threshold: .nan)
                == "precision(labels:scores:threshold:): threshold is NaN")
        #expect(classificationProblem(f, labels: [1, 0, 0], scores: [0.1, 2, -3], threshold: 0.5) == nil)
    }

    @Test func predictionMessagesSuggestAThreshold() {
        #expect(predictionProblem("recall(labels:predictions:)", labels: [1, 0], predictions: [0.7, 1])
                == "recall(labels:predictions:): predictions must be 0 or 1, found 0.7 at index 0 (to threshold scores, pass threshold:)")
        #expect(predictionProblem("recall(labels:predictions:)", labels: [1], predictions: [1, 0])
                == "recall(labels:predictions:): labels has 1 elements but predictions has 2")
    }

    @Test func probabilityAndValueMessages() {
        #expect(probabilityProblem("logLoss(labels:probabilities:)", labels: [1, 0], probabilities: [0.5, 1.2])
                == "logLoss(labels:probabilities:): probabilities must lie in [0, 1], found 1.2 at index 1")
        #expect(probabilityProblem("logLoss(labels:probabilities:)", labels: [1], probabilities: [.nan])
                == "logLoss(labels:probabilities:): probabilities must lie in [0, 1], found nan at index 0")
        #expect(valuesProblem("meanSquaredError(targets:predictions:)", ("targets", [1, 2]), ("predictions", []))
                == "meanSquaredError(targets:predictions:): predictions is empty")
        #expect(rankingProblem("hingeLoss(labels:decisions:)", labels: [1], scores: [.nan], scoresName: "decisions")
                == "hingeLoss(labels:decisions:): decisions has NaN at index 0")
    }

    @Test func parameterMessages() {
        let f = "psnr(reference:estimate:dataRange:)"
        #expect(dataRangeProblem(f, dataRange: 0) == "\(f): dataRange must be positive and finite, got 0.0")
        #expect(dataRangeProblem(f, dataRange: -1) != nil)
        #expect(dataRangeProblem(f, dataRange: 255) == nil)
        #expect(betaProblem("fBeta(labels:predictions:beta:)", beta: -1) == "fBeta(labels:predictions:beta:): beta must be ≥ 0, got -1.0")
        #expect(temperatureProblem("smoothAP(labels:scores:temperature:)", temperature: 0)
                == "smoothAP(labels:scores:temperature:): temperature must be positive and finite, got 0.0")
    }

    @Test func imageMessages() {
        let a = Image(width: 3, height: 2, pixels: [1, 2, 3, 4, 5, 6])
        let b = Image(width: 2, height: 3, pixels: [1, 2, 3, 4, 5, 6])
        let f = "ssim(reference:estimate:dataRange:parameters:)"
        #expect(imagePairProblem(f, a, b) == "\(f): images have different shapes, 2×3 and 3×2")
        #expect(imagePairProblem(f, a, Image(width: 3, height: 2, pixels: [1, 2, .nan, 4, 5, 6]))
                == "\(f): the estimate has NaN at index 2")
        #expect(imagePixelsProblem(f, a, [1, 2, 3]) == "\(f): the reference has 6 pixels (2×3) but the estimate has 3")
        #expect(SSIMParameters.scikitImage.problem(f, height: 6, width: 9, dataRange: 1)
                == "\(f): the 6×9 images are smaller than the 7×7 window")
        #expect(SSIMParameters(window: .uniform(size: 4), sampleCovariance: true).problem("ssim", height: 9, width: 9, dataRange: 1)
                == "ssim: the window size must be odd and positive, got 4")
        #expect(Image.problem(width: 3, height: 2, pixelCount: 5)
                == "Image(width:height:pixels:): a 2×3 image has 6 pixels, got 5")
    }

    // The public functions stop with these messages; each runs in a child process.

    @Test func precisionStopsOnLengthMismatch() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = precision(labels: [1, 0, 1, 0], scores: [0.9, 0.2, 0.6, 0.4, 0.7], threshold: 0.5)
        }
        expectMessage(result, "precision(labels:scores:threshold:): labels has 4 elements but scores has 5")
    }

    @Test func psnrStopsOnNonPositiveDataRange() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = psnr(reference: [[1, 2]], estimate: [[1, 3]], dataRange: 0)
        }
        expectMessage(result, "psnr(reference:estimate:dataRange:): dataRange must be positive and finite, got 0.0")
    }

    @Test func ssimStopsOnDifferentShapes() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = ssim(reference: Image(width: 8, height: 8, pixels: Array(repeating: 0, count: 64)),
                     estimate: Image(width: 8, height: 9, pixels: Array(repeating: 0, count: 72)), dataRange: 1)
        }
        expectMessage(result, "ssim(reference:estimate:dataRange:parameters:): images have different shapes, 8×8 and 9×8")
    }

    @Test func softF1StopsOnBadLabels() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = softF1(labels: [1, 0, -1], probabilities: VarVector([0.2, 0.4, 0.9]))
        }
        expectMessage(result, "softF1(labels:probabilities:): labels must be 0 or 1, found -1.0 at index 2")
    }

    @Test func averagePrecisionStopsOnNaN() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = averagePrecision(labels: [1, 0], scores: [.nan, 0.3])
        }
        expectMessage(result, "averagePrecision(labels:scores:): scores has NaN at index 0")
    }
}

/// Expects the child process's standard error to contain `message`.
func expectMessage(_ result: ExitTest.Result?, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let output = result.map { String(decoding: $0.standardErrorContent, as: UTF8.self) } ?? ""
    #expect(output.contains(message), "standard error was: \(output)", sourceLocation: sourceLocation)
}
