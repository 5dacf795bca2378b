// One place decides how every number in the course reads: table cells, plot
// ticks, plot descriptions and displayed values all come through here, so a
// value looks the same wherever a student meets it.
//
// Digits come from Swift's shortest round-trip form (`description`), never from
// the C library or a locale, so the text is the same on every machine.

/// The text of a number rounded to `significantDigits` significant digits.
///
/// Trailing zeros are dropped (`0.5`, not `0.500000`), integral values read as
/// integers (`1`), `-0` reads `0`, NaN reads `NaN` and infinities `inf` and
/// `-inf`. Very small or large magnitudes switch to scientific notation, as
/// `%g` does: `1.5e-5`, `1.23457e6`. Halves round away from zero on the
/// shortest decimal form, so `2.675` reads `2.68` at three digits.
public func formatNumber(_ x: Double, significantDigits: Int = 6) -> String {
    if let special = specialNumberText(x) { return special }
    let digits = DecimalDigits(magnitude: x.magnitude).rounded(significantDigits: max(1, significantDigits))
    let sign = x < 0 && !digits.isZero ? "-" : ""
    let power = digits.exponent - 1
    if power < -4 || power >= max(1, significantDigits) {
        return sign + digits.scientificText()
    }
    return sign + digits.fixedText(decimals: max(0, digits.digits.count - digits.exponent))
}

/// The text of a number with exactly `decimals` digits after the point (`0.50`).
///
/// Used where a column of numbers should share a precision, such as the tick
/// labels of one axis. `-0.00` reads `0.00`; NaN and infinities as in
/// ``formatNumber(_:significantDigits:)``.
public func formatNumber(_ x: Double, decimals: Int) -> String {
    if let special = specialNumberText(x) { return special }
    let places = max(0, decimals)
    let digits = DecimalDigits(magnitude: x.magnitude).rounded(decimals: places)
    let sign = x < 0 && !digits.isZero ? "-" : ""
    return sign + digits.fixedText(decimals: places)
}

/// The text of an integer: its digits, with a leading `-` when negative.
public func formatNumber<Integer: BinaryInteger>(_ n: Integer) -> String {
    n.description
}

/// A number as HTML text: like ``formatNumber(_:significantDigits:)`` but
/// infinities read `∞` and `-∞`.
func formatNumberForHTML(_ x: Double, significantDigits: Int = 6) -> String {
    if x.isInfinite { return x < 0 ? "-∞" : "∞" }
    return formatNumber(x, significantDigits: significantDigits)
}

private func specialNumberText(_ x: Double) -> String? {
    if x.isNaN { return "NaN" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    return nil
}

/// A non-negative finite number as decimal digits: `0.d₁d₂d₃… × 10^exponent`.
///
/// `digits` has no leading or trailing zeros; zero has no digits at all.
struct DecimalDigits: Equatable {
    var digits: [UInt8]
    var exponent: Int

    var isZero: Bool { digits.isEmpty }

    init(digits: [UInt8], exponent: Int) {
        self.digits = digits
        self.exponent = exponent
        normalize()
    }

    /// The shortest digits that read back as `magnitude` (which must be finite and ≥ 0).
    init(magnitude: Double) {
        let text = magnitude.description
        var mantissa = Substring(text)
        var power = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            power = Int(text[text.index(after: e)...]) ?? 0
        }
        var digits: [UInt8] = []
        var pointAt: Int?
        for byte in mantissa.utf8 {
            if byte == UInt8(ascii: ".") {
                pointAt = digits.count
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits.append(byte - UInt8(ascii: "0"))
            }
        }
        self.init(digits: digits, exponent: (pointAt ?? digits.count) + power)
    }

    private mutating func normalize() {
        var leading = 0
        while leading < digits.count && digits[leading] == 0 { leading += 1 }
        digits.removeFirst(leading)
        exponent -= leading
        while digits.last == 0 { digits.removeLast() }
        if digits.isEmpty { exponent = 0 }
    }

    /// Rounded to at most `count` significant digits, halves away from zero.
    func rounded(significantDigits count: Int) -> DecimalDigits {
        keeping(count)
    }

    /// Rounded to at most `decimals` digits after the point, halves away from zero.
    func rounded(decimals: Int) -> DecimalDigits {
        keeping(exponent + decimals)
    }

    /// Keeps the first `count` digits, rounding on the next one.
    private func keeping(_ count: Int) -> DecimalDigits {
        if isZero || count >= digits.count { return self }
        if count < 0 { return DecimalDigits(digits: [], exponent: 0) }
        var kept = Array(digits[..<count])
        var power = exponent
        if digits[count] >= 5 {
            var i = count - 1
            while i >= 0 && kept[i] == 9 {
                kept[i] = 0
                i -= 1
            }
            if i >= 0 {
                kept[i] += 1
            } else {
                kept.insert(1, at: 0)
                power += 1
            }
        }
        return DecimalDigits(digits: kept, exponent: power)
    }

    /// The digit standing for `10^power`.
    private func digit(atPower power: Int) -> UInt8 {
        let index = exponent - 1 - power
        return index >= 0 && index < digits.count ? digits[index] : 0
    }

    /// Positional form with exactly `decimals` digits after the point.
    func fixedText(decimals: Int) -> String {
        var text = ""
        for power in stride(from: max(exponent - 1, 0), through: 0, by: -1) {
            text.append(Character(Unicode.Scalar(digit(atPower: power) + UInt8(ascii: "0"))))
        }
        if decimals > 0 {
            text.append(".")
            for power in stride(from: -1, through: -decimals, by: -1) {
                text.append(Character(Unicode.Scalar(digit(atPower: power) + UInt8(ascii: "0"))))
            }
        }
        return text
    }

    /// Scientific form `d.ddde±p` with as many digits as there are.
    func scientificText() -> String {
        guard let first = digits.first else { return "0" }
        var text = String(Character(Unicode.Scalar(first + UInt8(ascii: "0"))))
        if digits.count > 1 {
            text.append(".")
            for d in digits.dropFirst() {
                text.append(Character(Unicode.Scalar(d + UInt8(ascii: "0"))))
            }
        }
        return text + "e" + String(exponent - 1)
    }
}
