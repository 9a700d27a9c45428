import TensorCore

/// How a fused loop reads one leaf for a given call: the array stretched to the loop's
/// shape is either one repeated element, laid out exactly like the loop (read in place),
/// or anything else (copied block by block into scratch through its strides).
struct LeafAccess: @unchecked Sendable {
    enum Layout {
        case repeated
        case contiguous
        case gathered(shape: [Int], strides: [Int])
    }

    /// The first element.
    let base: UnsafeRawPointer
    let itemSize: Int
    let layout: Layout

    init(base: UnsafeRawPointer, itemSize: Int, layout: Layout) {
        (self.base, self.itemSize, self.layout) = (base, itemSize, layout)
    }

    /// The access for `value` stretched to `loopShape` (which it broadcasts to). The array
    /// must stay alive while the loop reads it (the plan holds every leaf until it returns).
    init(_ value: NDArray, loopShape: [Int]) {
        base = UnsafeRawPointer(value.buffer.base + value.offset)
        itemSize = value.itemSize
        if value.size == 1 {
            layout = .repeated
            return
        }
        if value.isCContiguous, value.shape == loopShape {
            layout = .contiguous
            return
        }
        // Broadcast strides: 0 on axes the value lacks or has length 1 on.
        let missing = loopShape.count - value.ndim
        var strides = Array(repeating: 0, count: loopShape.count)
        var repeated = true
        var contiguous = true
        var expected = itemSize
        for axis in loopShape.indices.reversed() {
            let sourceAxis = axis - missing
            let stride = sourceAxis >= 0 && value.shape[sourceAxis] != 1 ? value.strides[sourceAxis] : 0
            strides[axis] = stride
            guard loopShape[axis] != 1 else { continue }
            if stride != 0 { repeated = false }
            if stride != expected { contiguous = false }
            expected *= loopShape[axis]
        }
        if repeated {
            layout = .repeated
        } else {
            layout = contiguous ? .contiguous : .gathered(shape: loopShape, strides: strides)
        }
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
