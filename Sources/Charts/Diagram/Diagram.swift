/// A drawing of boxes, text and arrows on a character grid: one unit is one terminal
/// column wide and one line high, so the same diagram is drawn as text and as SVG.
/// Box borders and arrows run through the centres of their cells; where they meet, the
/// terminal drawing joins them (`┬`, `┼`, ...).
public struct Diagram: Sendable, Equatable {
    /// A rectangle whose border runs through the cells from `(column, row)` to
    /// `(column + width - 1, row + height - 1)`, with `text` centred on its middle row.
    public struct Box: Sendable, Equatable {
        public var column: Int
        public var row: Int
        public var width: Int
        public var height: Int
        public var text: String
        /// A dashed border: something that is not really there (a broadcast copy).
        public var dashed: Bool
        /// A filled background: something to notice (a broadcast result, an element of a view).
        public var filled: Bool

        public init(column: Int, row: Int, width: Int, height: Int = 3, text: String = "", dashed: Bool = false, filled: Bool = false) {
            self.column = column
            self.row = row
            self.width = max(2, width)
            self.height = max(2, height)
            self.text = text
            self.dashed = dashed
            self.filled = filled
        }
    }

    /// Text starting at a cell.
    public struct Label: Sendable, Equatable {
        public var column: Int
        public var row: Int
        public var text: String
        /// Drawn bold: a heading.
        public var heading: Bool

        public init(column: Int, row: Int, _ text: String, heading: Bool = false) {
            self.column = column
            self.row = row
            self.text = text
            self.heading = heading
        }
    }

    /// A line through cell centres, each step horizontal or vertical, with a head at the end.
    public struct Arrow: Sendable, Equatable {
        public var points: [(column: Int, row: Int)]

        public init(_ points: [(column: Int, row: Int)]) {
            self.points = points
        }

        public static func == (a: Arrow, b: Arrow) -> Bool {
            a.points.elementsEqual(b.points) { $0.column == $1.column && $0.row == $1.row }
        }
    }

    public var boxes: [Box] = []
    public var labels: [Label] = []
    public var arrows: [Arrow] = []

    public init() {}

    /// Columns and rows the diagram covers.
    public var size: (columns: Int, rows: Int) {
        var columns = 0
        var rows = 0
        for box in boxes {
            columns = max(columns, box.column + box.width)
            rows = max(rows, box.row + box.height)
        }
        for label in labels {
            columns = max(columns, label.column + label.text.count)
            rows = max(rows, label.row + 1)
        }
        for arrow in arrows {
            for point in arrow.points {
                columns = max(columns, point.column + 1)
                rows = max(rows, point.row + 1)
            }
        }
        return (columns, rows)
    }

    /// Text as it reads in a box: centred in `width - 2` columns.
    static func centred(_ text: String, in width: Int) -> String {
        let room = max(0, width - 2)
        let shown = text.count > room ? String(text.prefix(max(0, room - 1))) + "…" : text
        let left = (room - shown.count) / 2
        return String(repeating: " ", count: left) + shown + String(repeating: " ", count: room - shown.count - left)
    }
}
