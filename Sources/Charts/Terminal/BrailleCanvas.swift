/// A grid of character cells, each holding 2 × 4 dots drawn with Unicode braille
/// patterns, and the colour of the last series that drew in it.
struct BrailleCanvas {
    let columns: Int
    let rows: Int
    private var dots: [UInt8]
    private(set) var colors: [Color?]

    init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
        dots = Array(repeating: 0, count: columns * rows)
        colors = Array(repeating: nil, count: columns * rows)
    }

    var dotWidth: Int { columns * 2 }
    var dotHeight: Int { rows * 4 }

    /// Sets the dot at (`x`, `y`), y counted from the top; dots outside are ignored.
    mutating func set(_ x: Int, _ y: Int, color: Color) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        let bits: [[UInt8]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]
        let cell = (y / 4) * columns + x / 2
        dots[cell] |= bits[y % 4][x % 2]
        colors[cell] = color
    }

    /// A straight line between two dot positions.
    mutating func line(from start: (Double, Double), to end: (Double, Double), color: Color) {
        let steps = max(1, Int(max(abs(end.0 - start.0), abs(end.1 - start.1)).rounded(.up)))
        for step in 0...steps {
            let t = Double(step) / Double(steps)
            set(Int((start.0 + (end.0 - start.0) * t).rounded()), Int((start.1 + (end.1 - start.1) * t).rounded()), color: color)
        }
    }

    /// The character of a cell: a braille pattern, or a space when empty.
    func character(column: Int, row: Int) -> Character {
        let pattern = dots[row * columns + column]
        guard pattern != 0 else { return " " }
        return Character(Unicode.Scalar(0x2800 + UInt32(pattern))!)
    }

    func color(column: Int, row: Int) -> Color? { colors[row * columns + column] }
}
