// SSIM's local statistics are weighted means over a window. Only positions
// where the whole window lies inside the image are kept: scikit-image pads
// the image, filters, then crops (w − 1)/2 pixels from each border, which
// leaves exactly these positions, so the padding never matters.

/// A separable window applied at every position where it fits in a `height`×`width` image.
struct WindowFilter {
    let weights: [Double]
    let width: Int
    let height: Int

    /// Width of the output: positions where the window fits across.
    var outputWidth: Int { width - weights.count + 1 }
    /// Height of the output: positions where the window fits down.
    var outputHeight: Int { height - weights.count + 1 }

    /// Weighted means of `pixels` (height×width) at each position (outputHeight×outputWidth).
    func apply(_ pixels: [Double]) -> [Double] {
        let k = weights.count, outWidth = outputWidth, outHeight = outputHeight, width = width
        var columns = [Double](repeating: 0, count: outHeight * width)
        var output = [Double](repeating: 0, count: outHeight * outWidth)
        weights.withUnsafeBufferPointer { w in
            pixels.withUnsafeBufferPointer { image in
                columns.withUnsafeMutableBufferPointer { columns in
                    for r in 0..<outHeight {
                        for t in 0..<k {
                            let weight = w[t], source = (r + t) * width, target = r * width
                            for c in 0..<width { columns[target + c] += weight * image[source + c] }
                        }
                    }
                }
            }
            columns.withUnsafeBufferPointer { columns in
                output.withUnsafeMutableBufferPointer { output in
                    for r in 0..<outHeight {
                        for c in 0..<outWidth {
                            var sum = 0.0
                            let source = r * width + c
                            for t in 0..<k { sum += w[t] * columns[source + t] }
                            output[r * outWidth + c] = sum
                        }
                    }
                }
            }
        }
        return output
    }

    /// The adjoint of `apply`: spreads each output value back over the pixels its window covered.
    func applyTransposed(_ values: [Double]) -> [Double] {
        let k = weights.count, outWidth = outputWidth, outHeight = outputHeight, width = width
        var rows = [Double](repeating: 0, count: outHeight * width)
        var pixels = [Double](repeating: 0, count: height * width)
        weights.withUnsafeBufferPointer { w in
            values.withUnsafeBufferPointer { values in
                rows.withUnsafeMutableBufferPointer { rows in
                    for r in 0..<outHeight {
                        for c in 0..<outWidth {
                            let value = values[r * outWidth + c], target = r * width + c
                            for t in 0..<k { rows[target + t] += w[t] * value }
                        }
                    }
                }
            }
            rows.withUnsafeBufferPointer { rows in
                pixels.withUnsafeMutableBufferPointer { pixels in
                    for r in 0..<outHeight {
                        for t in 0..<k {
                            let weight = w[t], target = (r + t) * width, source = r * width
                            for c in 0..<width { pixels[target + c] += weight * rows[source + c] }
                        }
                    }
                }
            }
        }
        return pixels
    }
}
