/// NumPy's print options (`np.set_printoptions`), with NumPy's defaults.
public struct PrintOptions: Hashable, Sendable {
    /// Digits after the decimal point, at most (`precision`).
    public var precision = 8
    /// Arrays with more elements than this are summarised with `...` (`threshold`).
    public var threshold = 1000
    /// Items shown at each end of a summarised axis (`edgeitems`).
    public var edgeItems = 3
    /// Characters per line (`linewidth`).
    public var lineWidth = 75
    /// Print small floats as zero in positional notation instead of switching to scientific (`suppress`).
    public var suppressSmall = false
    public var nanText = "nan"
    public var infText = "inf"

    public init() {}

    private static let current = LockedValue(PrintOptions())

    /// The options in effect for printing, shared by the whole process.
    public static var shared: PrintOptions {
        get { current.value }
        set { current.value = newValue }
    }
}
