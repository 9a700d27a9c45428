extension Diagram {
    /// The diagram as lines of text: borders and arrows in box-drawing characters, joined
    /// where they meet, dashed borders as `╌` and `╎`, arrow heads as `▶ ◀ ▲ ▼`.
    public var textLines: [String] {
        var canvas = LineCanvas(columns: size.columns, rows: size.rows)
        for box in boxes {
            let right = box.column + box.width - 1
            let bottom = box.row + box.height - 1
            canvas.line(from: (box.column, box.row), to: (right, box.row), dashed: box.dashed)
            canvas.line(from: (box.column, bottom), to: (right, bottom), dashed: box.dashed)
            canvas.line(from: (box.column, box.row), to: (box.column, bottom), dashed: box.dashed)
            canvas.line(from: (right, box.row), to: (right, bottom), dashed: box.dashed)
        }
        for arrow in arrows {
            for (start, end) in zip(arrow.points, arrow.points.dropFirst()) {
                canvas.line(from: start, to: end, dashed: false)
            }
        }
        var text = canvas.characters
        for arrow in arrows {
            guard arrow.points.count >= 2, let end = arrow.points.last else { continue }
            let before = arrow.points[arrow.points.count - 2]
            let head: Character = end.row > before.row ? "▼" : end.row < before.row ? "▲" : end.column > before.column ? "▶" : "◀"
            text[end.row][end.column] = head
        }
        for box in boxes where !box.text.isEmpty {
            let row = box.row + box.height / 2
            for (offset, character) in Diagram.centred(box.text, in: box.width).enumerated() where character != " " {
                text[row][box.column + 1 + offset] = character
            }
        }
        for label in labels {
            for (offset, character) in label.text.enumerated() where label.column + offset < text[label.row].count {
                text[label.row][label.column + offset] = character
            }
        }
        return text.map { String($0).replacingTrailingSpaces() }
    }
}

/// Box-drawing lines on a grid: each cell keeps which of its four sides a line leaves by,
/// so crossings and junctions get the right character.
struct LineCanvas {
    private static let up: UInt8 = 1, down: UInt8 = 2, left: UInt8 = 4, right: UInt8 = 8
    private var sides: [[UInt8]]
    private var dashed: [[Bool]]

    init(columns: Int, rows: Int) {
        sides = Array(repeating: Array(repeating: 0, count: columns), count: rows)
        dashed = Array(repeating: Array(repeating: false, count: columns), count: rows)
    }

    mutating func line(from start: (Int, Int), to end: (Int, Int), dashed isDashed: Bool) {
        let (c0, r0) = start
        let (c1, r1) = end
        if r0 == r1 {
            for column in min(c0, c1)...max(c0, c1) {
                if column > min(c0, c1) { mark(column, r0, Self.left, isDashed) }
                if column < max(c0, c1) { mark(column, r0, Self.right, isDashed) }
            }
        } else if c0 == c1 {
            for row in min(r0, r1)...max(r0, r1) {
                if row > min(r0, r1) { mark(c0, row, Self.up, isDashed) }
                if row < max(r0, r1) { mark(c0, row, Self.down, isDashed) }
            }
        }
    }

    private mutating func mark(_ column: Int, _ row: Int, _ side: UInt8, _ isDashed: Bool) {
        guard sides.indices.contains(row), sides[row].indices.contains(column) else { return }
        if sides[row][column] == 0 { dashed[row][column] = isDashed } else if !isDashed { dashed[row][column] = false }
        sides[row][column] |= side
    }

    var characters: [[Character]] {
        sides.indices.map { row in
            sides[row].indices.map { column in
                Self.character(sides[row][column], dashed: dashed[row][column])
            }
        }
    }

    private static func character(_ sides: UInt8, dashed: Bool) -> Character {
        switch sides {
        case 0: " "
        case left, right, left | right: dashed ? "╌" : "─"
        case up, down, up | down: dashed ? "╎" : "│"
        case down | right: "┌"
        case down | left: "┐"
        case up | right: "└"
        case up | left: "┘"
        case up | down | right: "├"
        case up | down | left: "┤"
        case down | left | right: "┬"
        case up | left | right: "┴"
        default: "┼"
        }
    }
}
