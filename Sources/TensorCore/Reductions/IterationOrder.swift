/// The order in which NumPy's iterator (`nditer`) walks several operands: axes sorted so
/// the smallest strides are innermost, then adjacent axes merged where memory allows.
/// Reductions follow it, and it decides which axis a sum runs its pairwise tree along.
struct IterationOrder {
    /// Axis lengths, innermost first.
    var shape: [Int]
    /// Each operand's strides in the same order.
    var strides: [[Int]]
    /// The C axis indices in iteration order, innermost first, before merging.
    var axisOrder: [Int]

    /// NumPy's ordering for operands of one `shape` with the given strides (in C axis order):
    /// the first operand with nonzero strides on both axes decides between two axes (on a
    /// conflict, C order wins); axes of length 1 count as stride 0. Negative strides are kept,
    /// as NumPy's reductions keep them (`NPY_ITER_DONT_NEGATE_STRIDES`).
    init(shape cShape: [Int], strides cStrides: [[Int]]) {
        let operands = cStrides.count
        // Axis data innermost first: the reverse of C order.
        var axes = Array(cShape.indices.reversed())
        func strides(of axis: Int) -> [Int] {
            (0..<operands).map { cShape[axis] == 1 ? 0 : cStrides[$0][axis] }
        }
        for position in 1..<max(axes.count, 1) {
            let moving = axes[position]
            let movingStrides = strides(of: moving)
            var insertAt = position
            var other = position - 1
            while other >= 0 {
                let otherStrides = strides(of: axes[other])
                var ambiguous = true
                var shouldSwap = false
                for operand in 0..<operands where movingStrides[operand] != 0 && otherStrides[operand] != 0 {
                    if abs(otherStrides[operand]) <= abs(movingStrides[operand]) {
                        shouldSwap = false
                    } else if ambiguous {
                        shouldSwap = true
                    }
                    ambiguous = false
                }
                if !ambiguous {
                    if shouldSwap { insertAt = other } else { break }
                }
                other -= 1
            }
            if insertAt != position {
                axes.remove(at: position)
                axes.insert(moving, at: insertAt)
            }
        }
        axisOrder = axes
        var shape = axes.map { cShape[$0] }
        var strides = (0..<operands).map { operand in axes.map { cShape[$0] == 1 ? 0 : cStrides[operand][$0] } }
        // Coalesce: merge an axis into the one inside it when every operand steps evenly across both.
        var index = 0
        while index + 1 < shape.count {
            let (inner, outer) = (shape[index], shape[index + 1])
            let mergeable = (0..<operands).allSatisfy { operand in
                let (a, b) = (strides[operand][index], strides[operand][index + 1])
                return (inner == 1 && a == 0) || (outer == 1 && b == 0) || a * inner == b
            }
            if mergeable {
                shape[index] = inner * outer
                for operand in 0..<operands where strides[operand][index] == 0 {
                    strides[operand][index] = strides[operand][index + 1]
                }
                shape.remove(at: index + 1)
                for operand in 0..<operands { strides[operand].remove(at: index + 1) }
            } else {
                index += 1
            }
        }
        if shape.isEmpty {
            shape = [1]
            strides = (0..<operands).map { _ in [0] }
        }
        self.shape = shape
        self.strides = strides
    }

    /// The strides of a new array laid out as NumPy allocates a ufunc's output (`order='K'`):
    /// contiguous, in the iteration order of `operands`' strides, every stride positive.
    static func allocationStrides(shape: [Int], operands: [[Int]], itemSize: Int) -> [Int] {
        let order = IterationOrder(shape: shape, strides: operands).axisOrder
        var strides = Array(repeating: 0, count: shape.count)
        var step = itemSize
        for axis in order {
            strides[axis] = step
            step *= Swift.max(shape[axis], 1)
        }
        return strides
    }

    /// Calls `body` for each run along the innermost axis: each operand's start offset.
    func forEachRun(starts: [Int], _ body: ([Int]) -> Void) {
        forEachPosition(outerFrom: 1, starts: starts, body)
    }

    /// Calls `body` with each operand's offset at every position of the axes from `first`
    /// outward (the axes inside `first` are left to the caller).
    func forEachPosition(outerFrom first: Int, starts: [Int], _ body: ([Int]) -> Void) {
        if shape.contains(0) { return }
        var index = Array(repeating: 0, count: shape.count)
        var positions = starts
        while true {
            body(positions)
            var axis = first
            while axis < shape.count {
                index[axis] += 1
                for operand in positions.indices { positions[operand] += strides[operand][axis] }
                if index[axis] < shape[axis] { break }
                for operand in positions.indices { positions[operand] -= strides[operand][axis] * shape[axis] }
                index[axis] = 0
                axis += 1
            }
            if axis >= shape.count { return }
        }
    }
}
