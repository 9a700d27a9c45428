/// Python's `repr` of a float: the shortest digits that read back as the same value, in
/// positional notation when the decimal exponent is between -4 and 16, else scientific
/// (`1e-05`, `1.5e+16`), always with a `.0` when positional and integral.
enum FloatRepr {
    static func repr(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        let (digits, exponent) = shortestDigits(abs(value))
        let sign = value < 0 ? "-" : ""
        // `exponent` places the point: value = 0.digits × 10^exponent.
        if exponent > -4 && exponent <= 16 {
            if exponent <= 0 { return sign + "0." + String(repeating: "0", count: -exponent) + digits }
            if exponent >= digits.count { return sign + digits + String(repeating: "0", count: exponent - digits.count) + ".0" }
            let split = digits.index(digits.startIndex, offsetBy: exponent)
            return sign + digits[..<split] + "." + digits[split...]
        }
        let mantissa = digits.count == 1 ? digits : String(digits.prefix(1)) + "." + digits.dropFirst()
        let power = exponent - 1
        let powerText = String(abs(power))
        return sign + mantissa + "e" + (power < 0 ? "-" : "+") + (powerText.count < 2 ? "0" : "") + powerText
    }

    /// The shortest round-tripping decimal digits of a positive finite value (Swift's
    /// `description` finds them) and the position of the decimal point.
    static func shortestDigits(_ value: Double) -> (digits: String, exponent: Int) {
        let text = value.description
        let parts = text.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0]
        let power = parts.count > 1 ? Int(parts[1])! : 0
        let point = mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count
        var digits = Substring(mantissa.filter { $0 != "." })
        var exponent = point + power
        while digits.first == "0", digits.count > 1 {
            digits = digits.dropFirst()
            exponent -= 1
        }
        while digits.last == "0", digits.count > 1 { digits = digits.dropLast() }
        return (String(digits), exponent)
    }
}
