/// How one array's elements are turned into text of a common width, chosen from the
/// elements that will be shown (NumPy's `BoolFormat`, `IntegerFormat`, `FloatingFormat`).
enum ElementFormat {
    case boolean(padTrue: Bool)
    case integer(width: Int)
    case floating(FloatingFormat)

    init(dtype: DType, values: [CastValue], isZeroDimensional: Bool, options: PrintOptions) {
        switch dtype.kind {
        case .boolean:
            self = .boolean(padTrue: !isZeroDimensional)
        case .signedInteger, .unsignedInteger:
            let widths = values.map { Self.integerText($0).count }
            self = .integer(width: widths.max() ?? 0)
        case .floating:
            self = .floating(FloatingFormat(dtype: dtype, values: values.map(\.doubleValue), options: options))
        }
    }

    func format(_ value: CastValue) -> String {
        switch self {
        case .boolean(let padTrue):
            if case .bool(let b) = value, b { return padTrue ? " True" : "True" }
            return "False"
        case .integer(let width):
            let text = Self.integerText(value)
            return String(repeating: " ", count: Swift.max(width - text.count, 0)) + text
        case .floating(let format):
            return format.format(value.doubleValue)
        }
    }

    static func integerText(_ value: CastValue) -> String {
        switch value {
        case .signed(let v): String(v)
        case .unsigned(let v): String(v)
        case .bool(let b): b ? "1" : "0"
        case .floating(let d): String(d)
        }
    }
}

/// NumPy's `FloatingFormat` in its default `maxprec` mode: positional notation unless the
/// non-zero finite values span too much (then scientific with a common number of digits),
/// every element padded to a common width left and right of the point.
struct FloatingFormat {
    let dtype: DType
    let options: PrintOptions
    private(set) var scientific = false
    private(set) var padLeft = 0
    private(set) var padRight = 0
    private(set) var fractionDigits = 0
    private(set) var exponentDigits = 0

    init(dtype: DType, values: [Double], options: PrintOptions) {
        self.dtype = dtype
        self.options = options
        let finite = values.filter(\.isFinite)
        let magnitudes = finite.filter { $0 != 0 }.map(abs)
        if let largest = magnitudes.max(), let smallest = magnitudes.min() {
            let cutoff = pow10(Swift.min(8, dtype.floatingInfo!.precision))
            scientific = largest >= cutoff || (!options.suppressSmall && (smallest < 0.0001 || largest / smallest > 1000))
        }
        if finite.isEmpty {
            padLeft = 0
            padRight = 0
        } else if scientific {
            let texts = finite.map { FloatDigits.scientific($0, dtype: dtype, precision: options.precision) }
            let split = texts.map { text -> (integer: Substring, fraction: Substring, exponent: Substring) in
                let exponentStart = text.firstIndex(of: "e")!
                let mantissa = text[..<exponentStart]
                let point = mantissa.firstIndex(of: ".")!
                return (mantissa[..<point], mantissa[mantissa.index(after: point)...], text[text.index(after: exponentStart)...])
            }
            exponentDigits = (split.map { $0.exponent.count }.max() ?? 3) - 1
            fractionDigits = split.map { $0.fraction.count }.max() ?? 0
            padLeft = split.map { $0.integer.count }.max() ?? 0
            padRight = exponentDigits + 2 + fractionDigits
        } else {
            let texts = finite.map { FloatDigits.positional($0, dtype: dtype, precision: options.precision) }
            let split = texts.map { $0.split(separator: ".", omittingEmptySubsequences: false) }
            padLeft = split.map { $0[0].count }.max() ?? 0
            padRight = split.map { $0.count > 1 ? $0[1].count : 0 }.max() ?? 0
        }
        if finite.count != values.count {
            let negativeInfinity = values.contains { $0.isInfinite && $0 < 0 } ? 1 : 0
            let offset = padRight + 1
            padLeft = Swift.max(padLeft, options.nanText.count - offset, options.infText.count + negativeInfinity - offset)
        }
    }

    func format(_ value: Double) -> String {
        if !value.isFinite {
            let text = value.isNaN ? options.nanText : (value < 0 ? "-" : "") + options.infText
            return String(repeating: " ", count: Swift.max(padLeft + padRight + 1 - text.count, 0)) + text
        }
        if scientific {
            let text = FloatDigits.scientific(
                value, dtype: dtype, precision: options.precision, minimumDigits: fractionDigits)
            let exponentStart = text.firstIndex(of: "e")!
            let mantissa = text[..<exponentStart]
            let point = mantissa.firstIndex(of: ".")!
            let integer = mantissa[..<point]
            let fraction = mantissa[mantissa.index(after: point)...]
            let exponent = text[text.index(after: exponentStart)...]
            let sign = exponent.first!
            let power = exponent.dropFirst()
            return String(repeating: " ", count: Swift.max(padLeft - integer.count, 0)) + integer + "."
                + fraction + String(repeating: "0", count: Swift.max(fractionDigits - fraction.count, 0))
                + "e" + String(sign) + String(repeating: "0", count: Swift.max(exponentDigits - power.count, 0)) + power
        }
        let text = FloatDigits.positional(value, dtype: dtype, precision: options.precision)
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let fraction = parts.count > 1 ? parts[1] : ""
        return String(repeating: " ", count: Swift.max(padLeft - parts[0].count, 0)) + parts[0] + "." + fraction
            + String(repeating: " ", count: Swift.max(padRight - fraction.count, 0))
    }
}

/// `10^exponent` for small non-negative exponents, exactly.
func pow10(_ exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<exponent { result *= 10 }
    return result
}
