import TensorCore

/// How a fused loop reads one leaf for a given call: the array stretched to the loop's
/// shape is either one repeated element, laid out exactly like the loop (read in place),
/// or anything else (copied block by block into scratch through its strides).
struct LeafAccess {
    enum Layout {
        case repeated
        case contiguous
        case gathered(shape: [Int], strides: [Int])
    }

    /// The first element.
    let base: UnsafeRawPointer
    let itemSize: Int
    let layout: Layout
    /// Keeps the array's memory alive while the loop reads it.
    let array: NDArray

    init(_ value: NDArray, loopShape: [Int]) throws(TensorError) {
        let stretched = try value.broadcast(to: loopShape)
        array = value
        base = UnsafeRawPointer(stretched.buffer.base + stretched.offset)
        itemSize = stretched.itemSize
        let significant = loopShape.indices.filter { loopShape[$0] != 1 }
        if significant.allSatisfy({ stretched.strides[$0] == 0 }) {
            layout = .repeated
            return
        }
        var expected = itemSize
        var contiguous = true
        for axis in loopShape.indices.reversed() where loopShape[axis] != 1 {
            if stretched.strides[axis] != expected { contiguous = false }
            expected *= loopShape[axis]
        }
        layout = contiguous ? .contiguous : .gathered(shape: loopShape, strides: stretched.strides)
    }

    var isRepeated: Bool {
        if case .repeated = layout { return true }
        return false
    }

    /// Copies the elements at flat positions `start..<start + count` (C order of the loop's
    /// shape) to `destination`.
    func gather(start: Int, count: Int, into destination: UnsafeMutableRawPointer) {
        guard case .gathered(let shape, let strides) = layout else {
            if isRepeated {
                for i in 0..<count { destination.advanced(by: i * itemSize).copyMemory(from: base, byteCount: itemSize) }
            } else {
                destination.copyMemory(from: base + start * itemSize, byteCount: count * itemSize)
            }
            return
        }
        let last = shape.count - 1
        var index = Array(repeating: 0, count: shape.count)
        var rest = start
        for axis in shape.indices.reversed() {
            index[axis] = rest % shape[axis]
            rest /= shape[axis]
        }
        var written = 0
        while written < count {
            var offset = 0
            for axis in shape.indices { offset += index[axis] * strides[axis] }
            let run = Swift.min(shape[last] - index[last], count - written)
            copyRun(from: base + offset, stride: strides[last], count: run, to: destination + written * itemSize)
            written += run
            index[last] += run
            var axis = last
            while axis > 0, index[axis] == shape[axis] {
                index[axis] = 0
                axis -= 1
                index[axis] += 1
            }
        }
    }

    private func copyRun(from source: UnsafeRawPointer, stride: Int, count: Int, to destination: UnsafeMutableRawPointer) {
        switch itemSize {
        case 1: copyRun(UInt8.self, source, stride, count, destination)
        case 2: copyRun(UInt16.self, source, stride, count, destination)
        case 4: copyRun(UInt32.self, source, stride, count, destination)
        default: copyRun(UInt64.self, source, stride, count, destination)
        }
    }

    private func copyRun<Word: FixedWidthInteger>(
        _: Word.Type, _ source: UnsafeRawPointer, _ stride: Int, _ count: Int, _ destination: UnsafeMutableRawPointer
    ) {
        let target = destination.assumingMemoryBound(to: Word.self)
        for i in 0..<count { target[i] = source.loadUnaligned(fromByteOffset: i * stride, as: Word.self) }
    }
}
