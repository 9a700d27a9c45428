/// Where rendered text goes: how wide the lines may be and whether ANSI styles are used.
public struct RenderOptions: Hashable, Sendable {
    /// The most columns a line may take.
    public var width: Int
    /// Whether to emit ANSI escape sequences for styles.
    public var color: Bool

    public init(width: Int = 80, color: Bool = false) {
        self.width = width
        self.color = color
    }
}
