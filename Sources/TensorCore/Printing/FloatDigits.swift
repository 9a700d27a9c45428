/// Decimal digits of floating-point values as NumPy's Dragon4 prints them in its
/// default "unique" mode: the shortest digits that identify the value within its own
/// type, cut to a precision where they would be longer (rounding the exact binary
/// value, ties to even).
struct FloatDigits {
    /// The shortest round-tripping digits, without leading zeros ("0" for zero).
    var digits: String
    /// The decimal exponent: the value is `0.digits × 10^exponent`.
    var exponent: Int
    var isNegative: Bool

    /// The shortest digits of `value` as an element of `dtype` (float16, float32 or float64):
    /// the first correctly rounded `%.Ne` that reads back as the same element. Reading back
    /// rounds half to even, so a boundary counts when the mantissa is even, as in Dragon4.
    init(_ value: Double, dtype: DType) {
        guard value.isFinite, value != 0 else {
            self.init(parsing: value.description)
            return
        }
        for digits in 1...17 {
            let text = CFormat.format("%.\(digits - 1)e", value)
            if Self.readsBack(text, as: value, dtype: dtype) {
                self.init(parsing: text)
                return
            }
        }
        self.init(parsing: CFormat.format("%.16e", value))
    }

    private static func readsBack(_ text: String, as value: Double, dtype: DType) -> Bool {
        guard let parsed = Double(text) else { return false }
        switch dtype {
        case .float16: return Float16(parsed) == Float16(value)
        case .float32: return Float(parsed) == Float(value)
        default: return parsed == value
        }
    }

    /// Reads a decimal representation: `-1.25e-05`, `123.5`, `1e+16`.
    init(parsing text: String) {
        var body = Substring(text)
        isNegative = body.hasPrefix("-")
        if isNegative { body = body.dropFirst() }
        let parts = body.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0]
        let power = parts.count > 1 ? Int(parts[1])! : 0
        let point = mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count
        var all = mantissa.filter { $0 != "." }
        var exponent = point + power
        while all.first == "0", all.count > 1 {
            all.removeFirst()
            exponent -= 1
        }
        while all.last == "0", all.count > 1 { all.removeLast() }
        if all == "0" { exponent = 1 }
        digits = String(all)
        self.exponent = exponent
    }

    /// Positional notation with at most `precision` digits after the point and trailing
    /// zeros trimmed, keeping the point: `1.`, `0.5`, `-0.33333333`.
    static func positional(_ value: Double, dtype: DType, precision: Int) -> String {
        let shortest = FloatDigits(value, dtype: dtype)
        let fractionDigits = Swift.max(shortest.digits.count - shortest.exponent, 0)
        if fractionDigits > precision {
            return trimmed(CFormat.format("%.\(precision)f", value))
        }
        return shortest.positionalText
    }

    /// Scientific notation with at most `precision` digits after the point, trailing zeros
    /// trimmed, the point kept, and an exponent of at least two digits: `1.e+06`, `1.5e-05`.
    /// With `minimumDigits`, a value whose shortest digits are fewer shows more of its exact
    /// value instead (Dragon4's `min_digits`): float32 `1e-05` with 7 digits is `9.9999997e-06`.
    static func scientific(_ value: Double, dtype: DType, precision: Int, minimumDigits: Int = 0) -> String {
        let shortest = FloatDigits(value, dtype: dtype)
        let needed = shortest.digits == "0" ? 0 : shortest.digits.count - 1
        if needed < minimumDigits {
            let text = CFormat.format("%.\(minimumDigits)e", value)
            let parts = text.split(separator: "e")
            return String(parts[0]) + "e" + exponentText(Int(parts[1])!)
        }
        if needed > precision {
            let text = CFormat.format("%.\(precision)e", value)
            let parts = text.split(separator: "e")
            return trimmed(String(parts[0])) + "e" + exponentText(Int(parts[1])!)
        }
        return shortest.scientificText
    }

    var positionalText: String {
        var text = isNegative ? "-" : ""
        if digits == "0" { return text + "0." }
        if exponent <= 0 {
            text += "0." + String(repeating: "0", count: -exponent) + digits
        } else if exponent >= digits.count {
            text += digits + String(repeating: "0", count: exponent - digits.count) + "."
        } else {
            let split = digits.index(digits.startIndex, offsetBy: exponent)
            text += digits[..<split] + "." + digits[split...]
        }
        return text
    }

    private var scientificText: String {
        let sign = isNegative ? "-" : ""
        let power = digits == "0" ? 0 : exponent - 1
        return sign + String(digits.first!) + "." + digits.dropFirst() + "e" + Self.exponentText(power)
    }

    /// A NumPy float scalar's `str` (Python's `repr` for float64): shortest digits,
    /// positional for zero and for magnitudes from 1e-4 up to a cutoff (1e3 for float16,
    /// 1e6 for float32, 1e16 for float64), scientific otherwise: `0.0001`, `1.0`, `1e-05`,
    /// `2.056e+03` for a float16.
    static func pythonRepr(_ value: Double, dtype: DType) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        let shortest = FloatDigits(value, dtype: dtype)
        let power = shortest.exponent - 1
        let cutoff: Double = dtype == .float16 ? 1e3 : dtype == .float32 ? 1e6 : 1e16
        let magnitude = abs(value)
        if value == 0 || (magnitude >= 1e-4 && magnitude < cutoff) {
            let text = shortest.positionalText
            return text.hasSuffix(".") ? text + "0" : text
        }
        let rest = shortest.digits.dropFirst()
        return (shortest.isNegative ? "-" : "") + String(shortest.digits.first!) + (rest.isEmpty ? "" : "." + rest)
            + "e" + exponentText(power)
    }

    static func exponentText(_ power: Int) -> String {
        let magnitude = String(abs(power))
        return (power < 0 ? "-" : "+") + (magnitude.count < 2 ? "0" + magnitude : magnitude)
    }

    /// Drops trailing zeros after the point, keeping the point itself.
    private static func trimmed(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var result = Substring(text)
        while result.last == "0" { result = result.dropLast() }
        return String(result)
    }
}
