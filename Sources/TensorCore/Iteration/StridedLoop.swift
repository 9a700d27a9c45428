/// Walks an n-dimensional index space in C order for several operands at once,
/// giving each operand's byte offset at every position.
enum StridedLoop {
    /// Calls `body` with the byte offsets of every operand, element by element in C order.
    /// `strides[k]` and `starts[k]` describe operand `k`; all operands share `shape`.
    static func forEach(shape: [Int], strides: [[Int]], starts: [Int], _ body: ([Int]) -> Void) {
        forEachRun(shape: shape, strides: strides, starts: starts) { runStarts, count, innerStrides in
            var positions = runStarts
            for _ in 0..<count {
                body(positions)
                for operand in positions.indices { positions[operand] += innerStrides[operand] }
            }
        }
    }

    /// Calls `body` once per run along the last axis: the operands' starting offsets, the
    /// run's length and each operand's stride along it. Kernels loop over a run themselves.
    static func forEachRun(
        shape: [Int], strides: [[Int]], starts: [Int], _ body: (_ starts: [Int], _ count: Int, _ strides: [Int]) -> Void
    ) {
        if shape.contains(0) { return }
        guard let last = shape.indices.last else {
            body(starts, 1, strides.map { _ in 0 })
            return
        }
        let innerStrides = strides.map { $0[last] }
        var index = Array(repeating: 0, count: last)
        var positions = starts
        while true {
            body(positions, shape[last], innerStrides)
            var axis = last - 1
            while axis >= 0 {
                index[axis] += 1
                for operand in positions.indices { positions[operand] += strides[operand][axis] }
                if index[axis] < shape[axis] { break }
                for operand in positions.indices { positions[operand] -= strides[operand][axis] * shape[axis] }
                index[axis] = 0
                axis -= 1
            }
            if axis < 0 { return }
        }
    }
}
