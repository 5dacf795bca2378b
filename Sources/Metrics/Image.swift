/// A grey-level image: `height` rows of `width` numbers, stored row by row.
///
/// Pixels are plain numbers in whatever range the data has (0...1, 0...255,
/// −1...1); PSNR and SSIM are told that range explicitly.
public struct Image: Sendable, Equatable {
    /// Number of columns.
    public let width: Int
    /// Number of rows.
    public let height: Int
    /// The pixels, row after row: the pixel at (row, column) is `pixels[row * width + column]`.
    public var pixels: [Double]

    /// An image from its size and its pixels row after row.
    public init(width: Int, height: Int, pixels: [Double]) {
        check(Image.problem(width: width, height: height, pixelCount: pixels.count))
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// An image from its rows, which must all have the same length.
    public init(rows: [[Double]]) {
        check(Image.problem(rows: rows))
        self.init(width: rows[0].count, height: rows.count, pixels: rows.flatMap { $0 })
    }

    /// The pixel in `row`, `column` (both from 0).
    public subscript(row: Int, column: Int) -> Double {
        get { pixels[row * width + column] }
        set { pixels[row * width + column] = newValue }
    }

    /// The image as an array of rows.
    public var rows: [[Double]] {
        (0..<height).map { Array(pixels[$0 * width ..< ($0 + 1) * width]) }
    }

    /// "height×width", the way messages name a shape.
    var shape: String { "\(height)×\(width)" }

    static func problem(rows: [[Double]]) -> String? {
        guard let width = rows.first?.count, width > 0 else {
            return "Image(rows:): an image needs at least one row and one column"
        }
        return rows.firstIndex { $0.count != width }.map {
            "Image(rows:): row 0 has \(width) pixels but row \($0) has \(rows[$0].count)"
        }
    }

    static func problem(width: Int, height: Int, pixelCount: Int) -> String? {
        if width < 1 || height < 1 {
            return "Image(width:height:pixels:): an image needs at least one row and one column, got \(height)×\(width)"
        }
        if pixelCount != width * height {
            return "Image(width:height:pixels:): a \(height)×\(width) image has \(width * height) pixels, got \(pixelCount)"
        }
        return nil
    }
}

/// A reference and an estimate of the same shape without NaN pixels.
func imagePairProblem(_ function: String, _ reference: Image, _ estimate: Image) -> String? {
    if reference.width != estimate.width || reference.height != estimate.height {
        return "\(function): images have different shapes, \(reference.shape) and \(estimate.shape)"
    }
    let problem = nanProblem("the reference", reference.pixels) ?? nanProblem("the estimate", estimate.pixels)
    return problem.map { "\(function): \($0)" }
}

/// A reference image and an estimate's pixels, row after row, of the same count without NaN.
func imagePixelsProblem(_ function: String, _ reference: Image, _ pixels: [Double]) -> String? {
    if pixels.count != reference.pixels.count {
        return "\(function): the reference has \(reference.pixels.count) pixels (\(reference.shape)) but the estimate has \(pixels.count)"
    }
    let problem = nanProblem("the reference", reference.pixels) ?? nanProblem("the estimate", pixels)
    return problem.map { "\(function): \($0)" }
}
