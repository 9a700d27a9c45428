/// Diagrams of where a container's numbers live: a list (of lists) as separate objects
/// reached through pointers, an array as one buffer walked with strides.
public enum MemoryLayoutDiagram {
    /// An element of a drawn list: a value kept in the slot, or another list it points to.
    public enum Slot: Sendable, Equatable {
        case value(String)
        case list(address: UInt, values: [String])
    }

    /// The most slots or elements drawn per list; the rest are summarised as `…`.
    static let slotLimit = 6
    /// The most inner lists drawn.
    static let listLimit = 3

    /// A list at `address` holding `slots`; inner lists are drawn below with their own
    /// addresses and the distance between them.
    public static func list(named name: String, address: UInt, slots: [Slot]) -> Diagram {
        var diagram = Diagram()
        let inner = slots.compactMap { slot -> (UInt, [String])? in
            if case .list(let address, let values) = slot { return (address, values) }
            return nil
        }
        diagram.labels.append(.init(column: 0, row: 0, "\(name): list at \(hex(address)), \(count(slots.count, "slot"))", heading: true))
        let outerTexts = slots.map { slot -> String in
            if case .value(let text) = slot { return text }
            return "●"
        }
        let outerCenters = row(outerTexts, at: (0, 1), into: &diagram)
        let shownLists = Array(inner.prefix(listLimit))
        let firstAddress = shownLists.first?.0 ?? 0
        let titles = shownLists.map { address, _ in "list at \(hex(address))" }
        var column = 0
        var listColumns: [Int] = []
        for ((_, values), title) in zip(shownLists, titles) {
            listColumns.append(column)
            column += max(rowWidth(values), title.count) + 3
        }
        let listRow = 5 + shownLists.count
        var pointerIndex = 0
        for (slotIndex, slot) in slots.enumerated() where slotIndex < outerCenters.count {
            guard case .list = slot else { continue }
            defer { pointerIndex += 1 }
            guard pointerIndex < shownLists.count else { continue }
            let start = outerCenters[slotIndex]
            let target = listColumns[pointerIndex] + 2
            let turn = 3 + shownLists.count - pointerIndex
            diagram.arrows.append(.init(start == target
                ? [(start, 3), (target, listRow - 1)]
                : [(start, 3), (start, turn), (target, turn), (target, listRow - 1)]))
        }
        for (((address, values), left), title) in zip(zip(shownLists, listColumns), titles) {
            diagram.labels.append(.init(column: left, row: listRow, title))
            _ = row(values, at: (left, listRow + 1), into: &diagram)
            if address != firstAddress {
                let distance = Int64(bitPattern: UInt64(address) &- UInt64(firstAddress))
                diagram.labels.append(.init(column: left, row: listRow + 4, "\(distance.magnitude) bytes \(distance > 0 ? "after" : "before") the first"))
            }
        }
        var captionRow = shownLists.isEmpty ? 5 : listRow + 6
        if inner.count > shownLists.count {
            diagram.labels.append(.init(column: 0, row: captionRow, "… and \(count(inner.count - shownLists.count, "more list"))"))
            captionRow += 1
        }
        let captions = inner.isEmpty
            ? ["The list is one object; each slot holds a value with its type."]
            : ["Every list is a separate object, wherever the allocator found room;",
               "each slot holds a value with its type, or a pointer to another list."]
        for (offset, caption) in (captions + [
            "In CPython every float is one more object (24 bytes) behind a pointer;",
            "this interpreter keeps numbers in the slots, so floats have no address.",
        ]).enumerated() {
            diagram.labels.append(.init(column: 0, row: captionRow + offset, caption))
        }
        return diagram
    }

    /// An array: the bytes its elements span in one buffer, each element labelled with its
    /// index, then an arrow per axis showing the stride from one element to the next.
    /// `values[k]` is the element at `indices[k]`, in C order of the array's shape.
    public static func array(
        named name: String, address: UInt, dtype: String, itemSize: Int, shape: [Int], strides: [Int], values: [String]
    ) -> Diagram {
        var diagram = Diagram()
        let shapeText = tupleText(shape)
        diagram.labels.append(.init(column: 0, row: 0, "\(name): ndarray \(dtype), shape \(shapeText), strides \(tupleText(strides))", heading: true))
        let indices = cIndices(shape)
        let offsets = indices.map { index in zip(index, strides).reduce(0) { $0 + $1.0 * $1.1 } }
        guard let low = offsets.min(), let high = offsets.max(), itemSize > 0 else {
            diagram.labels.append(.init(column: 0, row: 1, "no elements: nothing in the buffer is used"))
            return diagram
        }
        let cellCount = (high - low) / itemSize + 1
        diagram.labels.append(.init(column: 0, row: 1,
            "one buffer: \(count(cellCount * itemSize, "byte")) from \(hex(address &+ UInt(bitPattern: low)))" + (cellCount > indices.count ? ", not all of them in the view" : "")))
        var byCell: [Int: (index: [Int], value: String)] = [:]
        for (position, offset) in offsets.enumerated() where (offset - low) % itemSize == 0 && byCell[(offset - low) / itemSize] == nil {
            byCell[(offset - low) / itemSize] = (indices[position], position < values.count ? values[position] : "")
        }
        let shown = min(cellCount, 12)
        let width = max(7, (byCell.values.map { $0.value.count }.max() ?? 0) + 4, shape.count * 2 + 4)
        for cell in 0..<shown {
            let left = cell * (width - 1)
            let element = byCell[cell]
            diagram.labels.append(.init(column: left + 1, row: 2, "+\((cell) * itemSize)"))
            diagram.boxes.append(.init(column: left, row: 3, width: width, text: element?.value ?? "", dashed: element == nil))
            if let element {
                diagram.labels.append(.init(column: left + 1, row: 6, "[" + element.index.map(String.init).joined(separator: ",") + "]"))
            }
        }
        if cellCount > shown {
            diagram.labels.append(.init(column: shown * (width - 1) + 1, row: 4, "… \(count(cellCount - shown, "more element"))"))
        }
        var arrowRow = 8
        let first = (offsets[0] - low) / itemSize
        for axis in shape.indices.reversed() where shape[axis] > 1 {
            let stride = strides[axis]
            let center = first * (width - 1) + width / 2
            if stride == 0 {
                diagram.labels.append(.init(column: center, row: arrowRow, "axis \(axis): stride 0, the same element \(shape[axis]) times"))
            } else {
                let steps = stride / itemSize
                let target = min(max(0, first + steps), shown - 1)
                let end = target * (width - 1) + width / 2
                diagram.arrows.append(.init([(center, arrowRow - 1), (center, arrowRow), (end, arrowRow)]))
                let text = "axis \(axis): \(stride > 0 ? "+" : "")\(stride) bytes to the next index"
                diagram.labels.append(.init(column: max(center, end) + 2, row: arrowRow, text))
            }
            arrowRow += 2
        }
        return diagram
    }

    /// Draws a row of slots sharing borders from `origin`; returns each slot's centre column.
    @discardableResult
    static func row(_ texts: [String], at origin: (column: Int, row: Int), into diagram: inout Diagram) -> [Int] {
        let width = slotWidth(texts)
        var shown = Array(texts.prefix(slotLimit))
        if texts.count > slotLimit { shown.append("…") }
        if shown.isEmpty { shown = [""] }
        var centers: [Int] = []
        for (index, text) in shown.enumerated() {
            let left = origin.column + index * (width - 1)
            diagram.boxes.append(.init(column: left, row: origin.row, width: width, text: text, dashed: texts.isEmpty))
            centers.append(left + width / 2)
        }
        return Array(centers.prefix(min(texts.count, slotLimit)))
    }

    static func slotWidth(_ texts: [String]) -> Int {
        min(11, max(5, (texts.prefix(slotLimit).map(\.count).max() ?? 1) + 4))
    }

    static func rowWidth(_ texts: [String]) -> Int {
        let slots = min(texts.count, slotLimit) + (texts.count > slotLimit ? 1 : 0)
        return max(1, slots) * (slotWidth(texts) - 1) + 1
    }

    static func hex(_ address: UInt) -> String { "0x" + String(address, radix: 16) }

    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

    static func tupleText(_ values: [Int]) -> String {
        values.count == 1 ? "(\(values[0]),)" : "(" + values.map(String.init).joined(separator: ", ") + ")"
    }

    /// Every index of `shape` in C order (the last axis fastest).
    static func cIndices(_ shape: [Int]) -> [[Int]] {
        guard !shape.contains(0) else { return [] }
        var result: [[Int]] = []
        var index = Array(repeating: 0, count: shape.count)
        while true {
            result.append(index)
            var axis = shape.count - 1
            while axis >= 0 {
                index[axis] += 1
                if index[axis] < shape[axis] { break }
                index[axis] = 0
                axis -= 1
            }
            if axis < 0 { return result }
        }
    }
}
