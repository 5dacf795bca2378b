import Autodiff
import Testing
@testable import Metrics

/// Bad input stops with a message naming the function and the problem.
@Suite struct InputProblemTests {
    @Test func classificationMessages() {
        let f = "precision(_:_:threshold:)"
        #expect(classificationProblem(f, scores: [0.1, 0.2, 0.3, 0.4, 0.5], labels: [1, 0, 1, 0], threshold: 0.5)
                == "precision(_:_:threshold:): scores has 5 elements but labels has 4")
        #expect(classificationProblem(f, scores: [], labels: [], threshold: 0.5)
                == "precision(_:_:threshold:): scores and labels are empty")
        #expect(classificationProblem(f, scores: [0.1, 0.2], labels: [1, 2], threshold: 0.5)
                == "precision(_:_:threshold:): labels must be 0 or 1, found 2.0 at index 1")
        #expect(classificationProblem(f, scores: [0.1, .nan], labels: [1, 0], threshold: 0.5)
                == "precision(_:_:threshold:): scores has NaN at index 1")
        #expect(classificationProblem(f, scores: [0.1], labels: [1], threshold: .nan)
                == "precision(_:_:threshold:): threshold is NaN")
        #expect(classificationProblem(f, scores: [0.1, 2, -3], labels: [1, 0, 0], threshold: 0.5) == nil)
    }

    @Test func predictionMessagesSuggestAThreshold() {
        #expect(predictionProblem("recall(_:_:)", predictions: [0.7, 1], labels: [1, 0])
                == "recall(_:_:): predictions must be 0 or 1, found 0.7 at index 0 (to threshold scores, pass threshold:)")
        #expect(predictionProblem("recall(_:_:)", predictions: [1, 0], labels: [1]) == "recall(_:_:): predictions has 2 elements but labels has 1")
    }

    @Test func probabilityAndValueMessages() {
        #expect(probabilityProblem("logLoss(_:_:)", probabilities: [0.5, 1.2], labels: [1, 0])
                == "logLoss(_:_:): probabilities must lie in [0, 1], found 1.2 at index 1")
        #expect(probabilityProblem("logLoss(_:_:)", probabilities: [.nan], labels: [1])
                == "logLoss(_:_:): probabilities must lie in [0, 1], found nan at index 0")
        #expect(valuesProblem("meanSquaredError(_:_:)", ("truth", [1, 2]), ("estimate", []))
                == "meanSquaredError(_:_:): estimate is empty")
        #expect(rankingProblem("hingeLoss(_:_:)", scores: [.nan], labels: [1], scoresName: "decisions")
                == "hingeLoss(_:_:): decisions has NaN at index 0")
    }

    @Test func parameterMessages() {
        #expect(dataRangeProblem("psnr(_:_:dataRange:)", dataRange: 0) == "psnr(_:_:dataRange:): dataRange must be positive and finite, got 0.0")
        #expect(dataRangeProblem("psnr(_:_:dataRange:)", dataRange: -1) != nil)
        #expect(dataRangeProblem("psnr(_:_:dataRange:)", dataRange: 255) == nil)
        #expect(betaProblem("fBeta(_:_:beta:)", beta: -1) == "fBeta(_:_:beta:): beta must be ≥ 0, got -1.0")
        #expect(temperatureProblem("smoothAP(_:_:temperature:)", temperature: 0)
                == "smoothAP(_:_:temperature:): temperature must be positive and finite, got 0.0")
    }

    @Test func imageMessages() {
        let a = Image(width: 3, height: 2, pixels: [1, 2, 3, 4, 5, 6])
        let b = Image(width: 2, height: 3, pixels: [1, 2, 3, 4, 5, 6])
        #expect(imagePairProblem("ssim(_:_:dataRange:parameters:)", a, b)
                == "ssim(_:_:dataRange:parameters:): images have different shapes, 2×3 and 3×2")
        #expect(SSIMParameters.scikitImage.problem("ssim(_:_:dataRange:parameters:)", height: 6, width: 9, dataRange: 1)
                == "ssim(_:_:dataRange:parameters:): the 6×9 images are smaller than the 7×7 window")
        #expect(SSIMParameters(window: .uniform(size: 4), sampleCovariance: true).problem("ssim", height: 9, width: 9, dataRange: 1)
                == "ssim: the window size must be odd and positive, got 4")
        #expect(Image.problem(width: 3, height: 2, pixelCount: 5)
                == "Image(width:height:pixels:): a 2×3 image has 6 pixels, got 5")
    }

    // The public functions stop with these messages; each runs in a child process.

    @Test func precisionStopsOnLengthMismatch() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = precision([0.9, 0.2, 0.6, 0.4, 0.7], [1, 0, 1, 0], threshold: 0.5)
        }
        expectMessage(result, "precision(_:_:threshold:): scores has 5 elements but labels has 4")
    }

    @Test func psnrStopsOnNonPositiveDataRange() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = psnr([1, 2], [1, 3], dataRange: 0)
        }
        expectMessage(result, "psnr(_:_:dataRange:): dataRange must be positive and finite, got 0.0")
    }

    @Test func ssimStopsOnDifferentShapes() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = ssim(Image(width: 8, height: 8, pixels: Array(repeating: 0, count: 64)),
                     Image(width: 8, height: 9, pixels: Array(repeating: 0, count: 72)), dataRange: 1)
        }
        expectMessage(result, "ssim(_:_:dataRange:parameters:): images have different shapes, 8×8 and 9×8")
    }

    @Test func softF1StopsOnBadLabels() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = softF1(VarVector([0.2, 0.4, 0.9]), [1, 0, -1])
        }
        expectMessage(result, "softF1(_:_:): labels must be 0 or 1, found -1.0 at index 2")
    }

    @Test func averagePrecisionStopsOnNaN() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = averagePrecision([.nan, 0.3], [1, 0])
        }
        expectMessage(result, "averagePrecision(_:_:): scores has NaN at index 0")
    }
}

/// Expects the child process's standard error to contain `message`.
func expectMessage(_ result: ExitTest.Result?, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let output = result.map { String(decoding: $0.standardErrorContent, as: UTF8.self) } ?? ""
    #expect(output.contains(message), "standard error was: \(output)", sourceLocation: sourceLocation)
}
