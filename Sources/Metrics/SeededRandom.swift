/// A random number generator whose numbers depend only on its seed: the same
/// seed gives the same numbers, bit for bit, on every platform and compiler.
///
/// Lessons draw their random data from it so that every number a page
/// prints can be reproduced. The algorithms are fixed here, not borrowed:
///
/// - **State.** xoshiro256** (Blackman & Vigna, "Scrambled linear
///   pseudorandom number generators", ACM TOMS 2021), its four words filled
///   by the first four outputs of SplitMix64 started at `seed`, as the
///   authors recommend (https://prng.di.unimi.it).
/// - **`uniform()`** takes the top 53 bits of `next()`: k·2⁻⁵³, k < 2⁵³, in [0, 1).
/// - **`integer(below: n)`** rejects the 2⁶⁴ mod n smallest outputs and
///   returns the next one mod n (OpenBSD's `arc4random_uniform`): unbiased.
/// - **`normal()`** is Marsaglia's polar method (SIAM Review 6, 1964): draw
///   u, v = 2·uniform() − 1 until 0 < s = u² + v² < 1, return
///   mean + sd·u·√(−2 ln s / s); the second value, v·√(…), is not kept.
///   The logarithm is computed here from +, −, ×, ÷ (exact in IEEE 754), not
///   by the platform's C library, whose last bit may differ between systems.
/// - **`shuffled(_:)`** is Fisher–Yates from the last element down: for
///   i = n − 1 … 1, swap i with `integer(below: i + 1)`.
/// - **`sample(_:from:)`** is Fisher–Yates from the front, stopped after k
///   draws: for i = 0 … k − 1, swap i with i + `integer(below: n − i)`; the
///   first k elements, in the order drawn.
///
/// It is also a `RandomNumberGenerator`, so `Int.random(in:using:)` and
/// `shuffled(using:)` accept it; those use the standard library's own
/// algorithms, which are not promised to stay the same between Swift versions.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var s0, s1, s2, s3: UInt64

    /// A generator started from `seed`; any seed, 0 included, is fine.
    public init(seed: UInt64) {
        let words = SeededRandom.splitMix64(seed: seed, count: 4)
        self.init(state: (words[0], words[1], words[2], words[3]))
    }

    /// A generator in the given state (not all zero), as the reference implementation's tests start it.
    init(state: (UInt64, UInt64, UInt64, UInt64)) {
        (s0, s1, s2, s3) = state
    }

    /// The first `count` outputs of SplitMix64 started at `seed` (Steele, Lea & Flood, OOPSLA 2014).
    static func splitMix64(seed: UInt64, count: Int) -> [UInt64] {
        var state = seed
        return (0..<count).map { _ in
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// The next 64 random bits (xoshiro256**).
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    /// A uniform number in [0, 1): the top 53 bits of `next()` times 2⁻⁵³.
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform number in [a, b): a + (b − a)·`uniform()`.
    public mutating func uniform(in range: Range<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * uniform()
    }

    /// A whole number in 0..<n, every value equally likely; n must be at least 1.
    public mutating func integer(below n: Int) -> Int {
        precondition(n >= 1, "SeededRandom.integer(below:): n must be at least 1, got \(n)")
        let bound = UInt64(n)
        let rejected = (0 &- bound) % bound          // 2⁶⁴ mod n
        while true {
            let x = next()
            if x >= rejected { return Int(x % bound) }
        }
    }

    /// A normal number with the given mean and standard deviation (Marsaglia's polar method).
    public mutating func normal(mean: Double = 0, standardDeviation: Double = 1) -> Double {
        while true {
            let u = 2 * uniform() - 1, v = 2 * uniform() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 {
                return mean + standardDeviation * (u * (-2 * naturalLog(s) / s).squareRoot())
            }
        }
    }

    /// The elements in a random order (Fisher–Yates, from the last element down).
    public mutating func shuffled<Element>(_ elements: [Element]) -> [Element] {
        var result = elements
        for i in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(i, integer(below: i + 1))
        }
        return result
    }

    /// `count` distinct elements drawn without replacement, in the order drawn.
    public mutating func sample<Element>(_ count: Int, from elements: [Element]) -> [Element] {
        precondition((0...elements.count).contains(count),
                     "SeededRandom.sample(_:from:): cannot draw \(count) of \(elements.count) elements")
        var pool = elements
        for i in 0..<count {
            pool.swapAt(i, i + integer(below: elements.count - i))
        }
        return Array(pool.prefix(count))
    }
}

private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
    (x << k) | (x >> (64 - k))
}

/// ln x for a positive normal x, from IEEE 754 operations only, so every platform gets the same bits.
///
/// x = m·2ᵉ with m in (√½, √2]; ln m = 2 atanh z = 2z(1 + z²/3 + z⁴/5 + …),
/// z = (m − 1)/(m + 1), |z| ≤ 0.1716, cut after z²²/23 (the next term is
/// below 10⁻¹⁸ of the sum); ln 2 split in two so that e·ln 2 keeps its digits.
/// Within a few units in the last place of the C library's `log`.
func naturalLog(_ x: Double) -> Double {
    var exponent = Int(x.exponent)
    var m = x.significand
    if m > 1.4142135623730951 {
        m /= 2
        exponent += 1
    }
    let z = (m - 1) / (m + 1), w = z * z
    var series = 1.0 / 23
    for k in stride(from: 10, through: 0, by: -1) {
        series = series * w + 1.0 / Double(2 * k + 1)
    }
    let lnM = 2 * z * series
    let e = Double(exponent)
    return e * 6.93147180369123816490e-01 + (e * 1.90821492927058770002e-10 + lnM)
}
