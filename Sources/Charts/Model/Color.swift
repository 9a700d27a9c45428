/// An RGB colour with components from 0 to 1.
public struct Color: Sendable, Equatable, Hashable {
    public var red: Double
    public var green: Double
    public var blue: Double

    public init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// From `#rrggbb`.
    public init?(hex: String) {
        var digits = Substring(hex)
        if digits.hasPrefix("#") { digits = digits.dropFirst() }
        guard digits.count == 6, let value = Int(digits, radix: 16) else { return nil }
        self.init(red: Double(value >> 16) / 255, green: Double((value >> 8) & 0xFF) / 255, blue: Double(value & 0xFF) / 255)
    }

    /// `#rrggbb`.
    public var hex: String {
        func byte(_ component: Double) -> String {
            let value = Int((min(1, max(0, component)) * 255).rounded())
            return (value < 16 ? "0" : "") + String(value, radix: 16)
        }
        return "#" + byte(red) + byte(green) + byte(blue)
    }

    /// The components as bytes, for terminal true-colour escapes.
    public var bytes: (Int, Int, Int) {
        (Int((red * 255).rounded()), Int((green * 255).rounded()), Int((blue * 255).rounded()))
    }

    /// matplotlib's default colour cycle ("tab10").
    public static let cycle: [Color] = [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    ].map { Color(hex: $0)! }

    /// Colours by the names and one-letter codes `plot` accepts (`"r"`, `"C1"`, `"tab:blue"`, `"black"`).
    public static func named(_ name: String) -> Color? {
        if let color = Color(hex: name) { return color }
        if name.hasPrefix("C"), let index = Int(name.dropFirst()) { return cycle[index % cycle.count] }
        let table: [String: String] = [
            "b": "#0000ff", "g": "#008000", "r": "#ff0000", "c": "#00bfbf", "m": "#bf00bf", "y": "#bfbf00", "k": "#000000", "w": "#ffffff",
            "blue": "#1f77b4", "orange": "#ff7f0e", "green": "#2ca02c", "red": "#d62728", "purple": "#9467bd", "brown": "#8c564b",
            "pink": "#e377c2", "gray": "#7f7f7f", "grey": "#7f7f7f", "olive": "#bcbd22", "cyan": "#17becf", "black": "#000000", "white": "#ffffff",
        ]
        let key = name.hasPrefix("tab:") ? String(name.dropFirst(4)) : name
        return table[key].flatMap { Color(hex: $0) }
    }
}

/// A map from [0, 1] to colours.
public struct Colormap: Sendable, Equatable {
    public let name: String
    /// Evenly spaced anchor colours, interpolated linearly.
    let anchors: [Color]

    public func color(at fraction: Double) -> Color {
        let position = min(1, max(0, fraction.isNaN ? 0 : fraction)) * Double(anchors.count - 1)
        let index = min(anchors.count - 2, Int(position))
        let weight = position - Double(index)
        let (a, b) = (anchors[index], anchors[index + 1])
        return Color(
            red: a.red + (b.red - a.red) * weight, green: a.green + (b.green - a.green) * weight, blue: a.blue + (b.blue - a.blue) * weight)
    }

    /// The colormaps `imshow(cmap=...)` accepts.
    public static func named(_ name: String) -> Colormap? {
        switch name {
        case "viridis": .viridis
        case "gray", "grey": .gray
        default: nil
        }
    }

    public static let gray = Colormap(name: "gray", anchors: [Color(red: 0, green: 0, blue: 0), Color(red: 1, green: 1, blue: 1)])

    /// matplotlib's default colormap, sampled at 33 evenly spaced points.
    public static let viridis = Colormap(name: "viridis", anchors: [
        (0.2670, 0.0049, 0.3294), (0.2770, 0.0503, 0.3757), (0.2823, 0.0950, 0.4173), (0.2829, 0.1359, 0.4534),
        (0.2788, 0.1755, 0.4834), (0.2706, 0.2141, 0.5071), (0.2590, 0.2515, 0.5247), (0.2450, 0.2877, 0.5373),
        (0.2297, 0.3224, 0.5457), (0.2143, 0.3556, 0.5512), (0.1994, 0.3876, 0.5546), (0.1856, 0.4186, 0.5568),
        (0.1727, 0.4488, 0.5579), (0.1607, 0.4785, 0.5581), (0.1490, 0.5081, 0.5573), (0.1378, 0.5375, 0.5549),
        (0.1276, 0.5669, 0.5506), (0.1206, 0.5964, 0.5436), (0.1206, 0.6258, 0.5335), (0.1323, 0.6550, 0.5197),
        (0.1579, 0.6838, 0.5017), (0.1966, 0.7118, 0.4792), (0.2461, 0.7389, 0.4520), (0.3041, 0.7647, 0.4199),
        (0.3692, 0.7889, 0.3829), (0.4401, 0.8111, 0.3410), (0.5160, 0.8312, 0.2943), (0.5958, 0.8487, 0.2433),
        (0.6785, 0.8637, 0.1895), (0.7624, 0.8764, 0.1371), (0.8456, 0.8873, 0.0997), (0.9261, 0.8973, 0.1041),
        (0.9932, 0.9062, 0.1439),
    ].map { Color(red: $0.0, green: $0.1, blue: $0.2) })
}
