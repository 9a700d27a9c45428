/// How a run of terminal text looks: SGR attributes and an optional foreground colour.
public struct TextStyle: Hashable, Sendable {
    /// The eight basic ANSI foreground colours that matter here, by SGR code.
    public enum Color: Int, Hashable, Sendable {
        case red = 31, green = 32, yellow = 33, blue = 34, magenta = 35, cyan = 36
    }

    public var bold = false
    public var dim = false
    public var italic = false
    public var underline = false
    public var strikethrough = false
    public var color: Color?
    /// The background colour (its SGR code is the foreground's plus 10).
    public var background: Color?

    public init(
        bold: Bool = false, dim: Bool = false, italic: Bool = false, underline: Bool = false,
        strikethrough: Bool = false, color: Color? = nil, background: Color? = nil
    ) {
        self.bold = bold
        self.dim = dim
        self.italic = italic
        self.underline = underline
        self.strikethrough = strikethrough
        self.color = color
        self.background = background
    }

    public static let plain = TextStyle()

    /// This style with `other`'s attributes added; `other`'s colour wins when it has one.
    public func adding(_ other: TextStyle) -> TextStyle {
        TextStyle(
            bold: bold || other.bold, dim: dim || other.dim, italic: italic || other.italic,
            underline: underline || other.underline, strikethrough: strikethrough || other.strikethrough,
            color: other.color ?? color, background: other.background ?? background)
    }

    /// The SGR parameters that select this style, e.g. `1;34` for bold blue; empty for plain.
    var sgrParameters: String {
        var codes: [Int] = []
        if bold { codes.append(1) }
        if dim { codes.append(2) }
        if italic { codes.append(3) }
        if underline { codes.append(4) }
        if strikethrough { codes.append(9) }
        if let color { codes.append(color.rawValue) }
        if let background { codes.append(background.rawValue + 10) }
        return codes.map(String.init).joined(separator: ";")
    }
}
