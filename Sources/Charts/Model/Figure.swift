/// A figure as `matplotlib.pyplot` builds it: a size and panels placed on subplot grids.
/// A value: the interpreter records one, the renderers draw it.
public struct Figure: Sendable, Equatable {
    /// Width and height in inches (matplotlib's default 6.4 × 4.8); SVG uses 100 pixels per inch.
    public var width: Double
    public var height: Double
    /// `suptitle`, above every panel.
    public var title: String?
    public var panels: [Panel]
    /// A diagram drawn instead of panels (a memory layout, a broadcast), sized by its grid.
    public var diagram: Diagram?

    public init(width: Double = 6.4, height: Double = 4.8, title: String? = nil, panels: [Panel] = []) {
        self.width = width
        self.height = height
        self.title = title
        self.panels = panels
    }

    /// How matplotlib shows a figure as text: `<Figure size 640x480 with 2 Axes>`.
    /// A figure that shows `diagram`, as large as its grid.
    public init(diagram: Diagram) {
        let (columns, rows) = diagram.size
        self.init(width: Double(columns + 2) * Diagram.cellWidth / 100, height: Double(rows + 1) * Diagram.cellHeight / 100)
        self.diagram = diagram
    }

    public var summary: String {
        "<Figure size \(Int(width * 100))x\(Int(height * 100)) with \(panels.count) Axes>"
    }
}

/// Where a panel sits: cell `index` (from 1, row by row) of a `rows` × `columns` grid,
/// as `subplot(rows, columns, index)` says.
public struct GridPosition: Sendable, Equatable {
    public var rows: Int
    public var columns: Int
    public var index: Int

    public init(rows: Int = 1, columns: Int = 1, index: Int = 1) {
        self.rows = rows
        self.columns = columns
        self.index = index
    }

    public static let whole = GridPosition()
}

/// How an axis maps values to positions.
public enum Scale: String, Sendable, Equatable {
    case linear
    case log
}

/// One set of axes (matplotlib's `Axes`): lines, at most one image, labels and decorations.
public struct Panel: Sendable, Equatable {
    public var position: GridPosition
    public var title: String?
    public var xLabel: String?
    public var yLabel: String?
    public var xScale = Scale.linear
    public var yScale = Scale.linear
    /// Limits set with `xlim`/`ylim`; otherwise they follow the data.
    public var xLimits: ClosedRange<Double>?
    public var yLimits: ClosedRange<Double>?
    public var lines: [LineSeries] = []
    public var image: ImageLayer?
    public var showsGrid = false
    public var showsLegend = false
    public var showsColorbar = false

    public init(position: GridPosition = .whole) {
        self.position = position
    }

    /// The colour the next line gets when none is given: matplotlib's cycle.
    public var nextColor: Color {
        Color.cycle[lines.count % Color.cycle.count]
    }
}

/// The look of a line's segments.
public enum LineStyle: String, Sendable, Equatable {
    case solid = "-"
    case dashed = "--"
    case dotted = ":"
    case dashDot = "-."
    /// Markers only.
    case none = ""
}

/// The symbol drawn at each point of a line.
public enum Marker: String, Sendable, Equatable, CaseIterable {
    case point = "."
    case circle = "o"
    case square = "s"
    case triangle = "^"
    case plus = "+"
    case cross = "x"
    case star = "*"
    case diamond = "D"
}

/// A line through points, as `plot` draws it. Points whose coordinates are not finite
/// (or not positive on a log axis) break the line, as matplotlib does.
public struct LineSeries: Sendable, Equatable {
    public var x: [Double]
    public var y: [Double]
    public var label: String?
    public var color: Color
    public var style: LineStyle
    public var marker: Marker?
    public var width: Double

    public init(x: [Double], y: [Double], label: String? = nil, color: Color, style: LineStyle = .solid, marker: Marker? = nil, width: Double = 1.5) {
        self.x = x
        self.y = y
        self.label = label
        self.color = color
        self.style = style
        self.marker = marker
        self.width = width
    }
}

/// A matrix shown as colours, as `imshow` draws it: row 0 at the top, each value mapped
/// through the colormap between `low` and `high`.
public struct ImageLayer: Sendable, Equatable {
    public var rows: Int
    public var columns: Int
    /// Row-major values; NaN is drawn transparent.
    public var values: [Double]
    public var low: Double
    public var high: Double
    public var colormap: Colormap
    /// `aspect="equal"` keeps square pixels; `"auto"` fills the axes.
    public var equalAspect: Bool
    /// `interpolation="none"` or `"nearest"` draws blocks; other values smooth between them.
    public var smooth: Bool

    public init(rows: Int, columns: Int, values: [Double], low: Double? = nil, high: Double? = nil, colormap: Colormap = .viridis, equalAspect: Bool = true, smooth: Bool = false) {
        self.rows = rows
        self.columns = columns
        self.values = values
        let finite = values.filter(\.isFinite)
        self.low = low ?? finite.min() ?? 0
        self.high = high ?? finite.max() ?? 1
        self.colormap = colormap
        self.equalAspect = equalAspect
        self.smooth = smooth
    }

    public func value(row: Int, column: Int) -> Double { values[row * columns + column] }

    /// Where `value` falls between `low` and `high`, from 0 to 1 (clamped).
    public func fraction(_ value: Double) -> Double {
        guard high > low else { return 0.5 }
        return min(1, max(0, (value - low) / (high - low)))
    }
}
