import Foundation

/// Accumulates SVG elements, with numbers written compactly and text escaped.
struct SVGWriter {
    private(set) var text = ""

    mutating func line(_ element: String) {
        text += element + "\n"
    }

    /// A number with at most two decimals and no trailing zeros.
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(format: "%.2f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    mutating func text(_ content: String, x: Double, y: Double, size: Double, anchor: String) {
        line("<text x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" font-size=\"\(Self.number(size))\" text-anchor=\"\(anchor)\">\(Self.escape(content))</text>")
    }

    /// A tick label; a decade on a log axis is written as 10 with a raised exponent.
    mutating func tickLabel(_ tick: Tick, x: Double, y: Double, anchor: String) {
        let body = tick.exponent.map { "10<tspan dy=\"-6\" font-size=\"9\">\($0)</tspan>" } ?? Self.escape(tick.text)
        line("<text class=\"tick\" x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" font-size=\"11\" text-anchor=\"\(anchor)\">\(body)</text>")
    }

    mutating func segment(_ from: (Double, Double), _ to: (Double, Double), color: String, width: Double) {
        line("<line x1=\"\(Self.number(from.0))\" y1=\"\(Self.number(from.1))\" x2=\"\(Self.number(to.0))\" y2=\"\(Self.number(to.1))\" stroke=\"\(color)\" stroke-width=\"\(Self.number(width))\"/>")
    }

    mutating func polyline(_ points: [(Double, Double)], color: String, width: Double, dash: String?) {
        let coordinates = points.map { "\(Self.number($0.0)),\(Self.number($0.1))" }.joined(separator: " ")
        let dashing = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
        line("<polyline points=\"\(coordinates)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"\(Self.number(width))\" stroke-linejoin=\"round\" stroke-linecap=\"square\"\(dashing)/>")
    }

    mutating func marker(_ marker: Marker, at point: (Double, Double), color: String) {
        let (x, y) = point
        let n = Self.number
        switch marker {
        case .point: line("<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"2.5\" fill=\"\(color)\"/>")
        case .circle: line("<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"4\" fill=\"\(color)\"/>")
        case .square: line("<rect x=\"\(n(x - 3.5))\" y=\"\(n(y - 3.5))\" width=\"7\" height=\"7\" fill=\"\(color)\"/>")
        case .diamond: line("<polygon points=\"\(n(x)),\(n(y - 4.5)) \(n(x + 4.5)),\(n(y)) \(n(x)),\(n(y + 4.5)) \(n(x - 4.5)),\(n(y))\" fill=\"\(color)\"/>")
        case .triangle: line("<polygon points=\"\(n(x)),\(n(y - 4.5)) \(n(x + 4.5)),\(n(y + 3.5)) \(n(x - 4.5)),\(n(y + 3.5))\" fill=\"\(color)\"/>")
        case .plus:
            segment((x - 4, y), (x + 4, y), color: color, width: 1.5)
            segment((x, y - 4), (x, y + 4), color: color, width: 1.5)
        case .cross, .star:
            segment((x - 3.5, y - 3.5), (x + 3.5, y + 3.5), color: color, width: 1.5)
            segment((x - 3.5, y + 3.5), (x + 3.5, y - 3.5), color: color, width: 1.5)
            if marker == .star { segment((x, y - 4.5), (x, y + 4.5), color: color, width: 1.5) }
        }
    }
}
