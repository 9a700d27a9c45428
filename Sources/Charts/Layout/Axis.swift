import Foundation

/// A tick mark on an axis and its label.
public struct Tick: Sendable, Equatable {
    public var value: Double
    /// The label as plain text (`0.5`, `200`, `1e-05`).
    public var text: String
    /// For a decade on a log axis: the power of ten, which renderers show as 10 raised to it.
    public var exponent: Int?

    /// The label with the exponent in Unicode superscripts (`10⁻⁵`), for the terminal.
    public var unicodeText: String {
        guard let exponent else { return text }
        let digits: [Character: Character] = [
            "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻",
        ]
        return "10" + String(String(exponent).map { digits[$0] ?? $0 })
    }
}

/// One axis of a panel with its range and ticks worked out, mapping data to [0, 1].
public struct Axis: Sendable, Equatable {
    public var scale: Scale
    /// The data values at the two ends (`low` at the left or bottom unless `inverted`).
    public var low: Double
    public var high: Double
    /// For images: the first row at the top, as `imshow` draws it.
    public var inverted = false
    public var ticks: [Tick]

    /// The position of `value` along the axis, from 0 at the start to 1 at the end, or nil
    /// when it cannot be drawn (not finite, or not positive on a log axis).
    public func fraction(_ value: Double) -> Double? {
        guard value.isFinite else { return nil }
        let position: Double
        switch scale {
        case .linear:
            position = (value - low) / (high - low)
        case .log:
            guard value > 0 else { return nil }
            position = (log10(value) - log10(low)) / (log10(high) - log10(low))
        }
        return inverted ? 1 - position : position
    }

    /// An axis covering `values` with matplotlib's 5% margins (none with `tight`), or the
    /// explicit `limits`, with about `tickCount` ticks at round numbers.
    public static func covering(_ values: [Double], scale: Scale, limits: ClosedRange<Double>? = nil, tight: Bool = false, tickCount: Int = 6) -> Axis {
        let usable = values.filter { $0.isFinite && (scale == .linear || $0 > 0) }
        var low = usable.min() ?? (scale == .log ? 1 : 0)
        var high = usable.max() ?? (scale == .log ? 10 : 1)
        if let limits {
            (low, high) = (limits.lowerBound, limits.upperBound)
        } else if scale == .log {
            var (a, b) = (log10(low), log10(high))
            if a == b { (a, b) = (a - 1, b + 1) }
            let margin = tight ? 0 : (b - a) * 0.05
            (low, high) = (pow(10, a - margin), pow(10, b + margin))
        } else {
            if low == high { (low, high) = low == 0 ? (-1, 1) : (low - abs(low) * 0.1, high + abs(high) * 0.1) }
            let margin = tight ? 0 : (high - low) * 0.05
            (low, high) = (low - margin, high + margin)
        }
        let ticks = scale == .log ? logTicks(low, high, count: tickCount) : linearTicks(low, high, count: tickCount)
        return Axis(scale: scale, low: low, high: high, ticks: ticks)
    }

    /// Ticks at multiples of 1, 2, 2.5 or 5 times a power of ten, at most `count` + 1 of them.
    static func linearTicks(_ low: Double, _ high: Double, count: Int) -> [Tick] {
        let span = high - low
        guard span > 0, span.isFinite else { return [] }
        let raw = span / Double(max(1, count))
        let power = pow(10, floor(log10(raw)))
        let step = [1, 2, 2.5, 5, 10].map { $0 * power }.first { $0 >= raw * 0.999 } ?? 10 * power
        var values: [Double] = []
        var value = (low / step).rounded(.up) * step
        while value <= high + step * 1e-9 {
            values.append(abs(value) < step * 1e-9 ? 0 : value)
            value += step
        }
        let decimals = max(0, -Int(floor(log10(step) + 1e-9))) + (step / power == 2.5 ? 1 : 0)
        let largest = values.map(abs).max() ?? 0
        let scientific = largest >= 1e5 || (largest > 0 && largest < 1e-3)
        return values.map { Tick(value: $0, text: scientific ? compactText($0) : String(format: "%.\(decimals)f", $0)) }
    }

    /// Ticks at powers of ten; when fewer than two fit, at 1, 2 and 5 times them.
    static func logTicks(_ low: Double, _ high: Double, count: Int) -> [Tick] {
        guard low > 0, high > low else { return [] }
        let first = Int(ceil(log10(low) - 1e-9))
        let last = Int(floor(log10(high) + 1e-9))
        if last - first >= 1 {
            let stride = max(1, (last - first + count) / (count + 1))
            return Swift.stride(from: first, through: last, by: stride).map { Tick(value: pow(10, Double($0)), text: "1e\($0)", exponent: $0) }
        }
        var ticks: [Tick] = []
        for decade in (first - 1)...(last + 1) {
            for multiple in [1.0, 2, 5] {
                let value = multiple * pow(10, Double(decade))
                if value >= low * (1 - 1e-9), value <= high * (1 + 1e-9) { ticks.append(Tick(value: value, text: compactText(value))) }
            }
        }
        return ticks
    }

    /// The shortest of `%g` with up to six significant digits.
    static func compactText(_ value: Double) -> String {
        String(format: "%g", value)
    }
}
