/// Broadcasting drawn from shapes: the shapes lined up on the right, axis by axis, with
/// each stretched length marked; for results of rank 1 or 2 and up to 6 × 8 elements, a grid
/// per operand where the elements really stored are solid and their broadcast copies
/// dashed, each naming the element it repeats.
public enum BroadcastDiagram {
    /// The diagram of broadcasting operands with these `shapes` (`names` label the rows).
    public static func make(names: [String], shapes: [[Int]]) -> Diagram {
        var diagram = Diagram()
        let rank = shapes.map(\.count).max() ?? 0
        let padded = shapes.map { Array(repeating: -1, count: rank - $0.count) + $0 }
        var result: [Int] = []
        var conflict: Int?
        for axis in 0..<rank {
            let lengths = padded.map { max(1, $0[axis]) }
            let stretched = Set(lengths.filter { $0 != 1 })
            if stretched.count > 1, conflict == nil { conflict = axis }
            result.append(stretched.first ?? 1)
        }
        diagram.labels.append(.init(column: 0, row: 0, "broadcasting " + shapes.map(MemoryLayoutDiagram.tupleText).joined(separator: " with "), heading: true))
        let nameWidth = max(6, (names.map(\.count).max() ?? 0)) + 2
        let cellWidth = 10
        for axis in 0..<rank {
            diagram.labels.append(.init(column: nameWidth + axis * cellWidth, row: 1, pad("axis \(axis)", cellWidth - 1)))
        }
        for (row, (name, lengths)) in zip(names, padded).enumerated() {
            diagram.labels.append(.init(column: 0, row: row + 2, name))
            for axis in 0..<rank {
                let length = lengths[axis]
                let text: String
                if length == -1 {
                    text = conflict == nil ? "(1) → \(result[axis])" : "(1)"
                } else if conflict == axis, length > 1 {
                    // On the clashing axis at least two lengths above 1 differ: each takes part.
                    text = "\(length) ✗"
                } else if length == 1, result[axis] != 1, conflict == nil {
                    text = "1 → \(result[axis])"
                } else {
                    text = "\(length)"
                }
                diagram.labels.append(.init(column: nameWidth + axis * cellWidth, row: row + 2, pad(text, cellWidth - 1)))
            }
        }
        let resultRow = shapes.count + 2
        if let conflict {
            let lengths = padded.map { $0[conflict] }.filter { $0 > 1 }
            diagram.labels.append(.init(column: 0, row: resultRow,
                "no result: on axis \(conflict), " + Set(lengths).sorted().map(String.init).joined(separator: " and ") + " differ and neither is 1"))
            return diagram
        }
        diagram.labels.append(.init(column: 0, row: resultRow, "result"))
        for axis in 0..<rank {
            diagram.labels.append(.init(column: nameWidth + axis * cellWidth, row: resultRow, pad("\(result[axis])", cellWidth - 1)))
        }
        guard (1...2).contains(rank), result.allSatisfy({ $0 <= 8 }), result.first! <= 6 || rank == 1 else { return diagram }
        drawGrids(names: names, padded: padded, result: result, top: resultRow + 2, into: &diagram)
        return diagram
    }

    /// One grid per operand and one for the result, side by side.
    private static func drawGrids(names: [String], padded: [[Int]], result: [Int], top: Int, into diagram: inout Diagram) {
        let rows = result.count == 2 ? result[0] : 1
        let columns = result.last!
        let box = 5
        var left = 0
        for (name, lengths) in zip(names + ["result"], padded + [result]) {
            let isResult = name == "result" && lengths == result
            let own = lengths.map { max(1, $0) }
            diagram.labels.append(.init(column: left, row: top, name))
            for i in 0..<rows {
                for j in 0..<columns {
                    let ownRow = own.count == 2 && own[0] > 1 ? i : 0
                    let ownColumn = own.last! > 1 ? j : 0
                    let real = ownRow == i && ownColumn == j
                    let text = isResult ? "" : String(own.count == 2 ? ownRow * own.last! + ownColumn : ownColumn)
                    diagram.boxes.append(.init(
                        column: left + j * box, row: top + 1 + i * 3, width: box, text: text,
                        dashed: !isResult && !real, filled: isResult))
                }
            }
            left += columns * box + 3
        }
        diagram.labels.append(.init(column: 0, row: top + 1 + rows * 3,
            "solid: elements stored; dashed: the same element read again (stride 0)"))
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
