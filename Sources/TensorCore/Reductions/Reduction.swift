/// A binary operation used to reduce an array along axes, as `ufunc.reduce` does.
public enum Reduction: String, Sendable {
    case add, multiply, maximum, minimum
    case logicalAnd = "logical_and"
    case logicalOr = "logical_or"

    /// The ufunc's name in NumPy's messages.
    public var name: String { rawValue }

    /// The value an empty reduction gives, when the operation has one.
    var identity: Scalar? {
        switch self {
        case .add: .int(0)
        case .multiply: .int(1)
        case .logicalOr: .bool(false)
        case .logicalAnd: .bool(true)
        case .maximum, .minimum: nil
        }
    }

    /// NumPy's accumulator type: `add` and `multiply` widen booleans and small integers to
    /// int64 (uint64 for unsigned); the logical reductions give bool.
    @_spi(Fusion) public func accumulatorType(for dtype: DType) -> DType {
        switch self {
        case .add, .multiply:
            switch dtype {
            case .bool, .int8, .int16, .int32: return .int64
            case .uint8, .uint16, .uint32: return .uint64
            default: return dtype
            }
        case .logicalAnd, .logicalOr: return .bool
        case .maximum, .minimum: return dtype
        }
    }
}

extension NDArray {
    /// The axes a reduction runs over, normalised, with NumPy's errors. `nil` is every axis;
    /// a zero-dimensional array accepts axis 0 or -1, as NumPy does.
    func reductionAxes(_ axes: [Int]?) throws(TensorError) -> [Int] {
        try Self.reductionAxes(axes, ndim: ndim)
    }

    /// `reductionAxes` for an array of `ndim` dimensions.
    @_spi(Fusion) public static func reductionAxes(_ axes: [Int]?, ndim: Int) throws(TensorError) -> [Int] {
        guard let axes else { return Array(0..<ndim) }
        if ndim == 0, axes.allSatisfy({ $0 == 0 || $0 == -1 }) { return [] }
        var result: [Int] = []
        for axis in axes {
            let normalized = try normalizedAxis(axis, ndim: ndim)
            guard !result.contains(normalized) else { throw TensorError(.valueError, "duplicate value in 'axis'") }
            result.append(normalized)
        }
        return result.sorted()
    }

    /// Whether `axes` names every axis once (nil does): NumPy's iterator then merges the
    /// axes of a C-contiguous array into one, so the reduction is the flat one.
    private func coversEveryAxis(_ axes: [Int]?) -> Bool {
        guard let axes else { return true }
        guard axes.count == ndim, ndim < Int.bitWidth else { return false }
        var seen = 0
        for axis in axes {
            let normalized = axis < 0 ? axis + ndim : axis
            guard (0..<ndim).contains(normalized), seen & (1 << normalized) == 0 else { return false }
            seen |= 1 << normalized
        }
        return true
    }

    /// `ufunc.reduce`: the operation applied along `axes` (all when nil), in NumPy's order.
    ///
    /// The iteration follows NumPy's iterator (smallest strides innermost, mergeable axes
    /// merged): where the innermost axis is reduced, `add` on floats sums each run with
    /// NumPy's pairwise algorithm; elsewhere results accumulate element by element. So
    /// sums are bit-identical to NumPy's, including `sum(axis=0)` versus `sum(axis=1)`.
    public func reduce(
        _ operation: Reduction, axes: [Int]? = nil, dtype: DType? = nil, keepdims: Bool = false,
        initial: Scalar? = nil, where mask: NDArray? = nil
    ) throws(TensorError) -> NDArray {
        if operation == .add, coversEveryAxis(axes), dtype == nil || dtype == self.dtype, !keepdims, initial == nil,
            mask == nil, let total = try contiguousFloatSum()
        {
            return total
        }
        let reduced = try reductionAxes(axes)
        let outputType = dtype ?? operation.accumulatorType(for: self.dtype)
        let keptShape = shape.indices.map { reduced.contains($0) ? 1 : shape[$0] }
        let reducedCount = reduced.reduce(1) { $0 * shape[$1] }
        // NumPy allocates the result in the input's memory order, so the two agree on the
        // iteration order (which decides where pairwise sums run).
        let output = try NDArray(dtype: outputType, shape: keptShape, matching: [self])
        if let initial {
            output.fill(initial)
        } else if let identity = operation.identity {
            output.fill(identity)
        } else if reducedCount == 0 {
            throw TensorError(.valueError, "zero-size array to reduction operation \(operation.name) which has no identity")
        } else if output.size > 0 {
            let first = try view(at: shape.indices.map { reduced.contains($0) ? .slice(start: 0, stop: 1, step: nil) : .all })
            NDArray.copyElements(from: first, to: output)
        }
        let input = try astype(outputType, copy: false)
        let stretchedMask = try mask.map { mask throws(TensorError) in
            try mask.astype(.bool, copy: false).broadcast(to: shape, readOnly: true)
        }
        let outputStrides = shape.indices.map { reduced.contains($0) ? 0 : output.strides[$0] }
        var operandStrides = [outputStrides, input.strides]
        var starts = [output.offset, input.offset]
        if let stretchedMask {
            operandStrides.append(stretchedMask.strides)
            starts.append(stretchedMask.offset)
        }
        let order = IterationOrder(shape: shape, strides: operandStrides)
        // The innermost axes that are all reduced form NumPy's "core". A single axis is
        // reduced in place, in one inner-loop call; several (which could not be merged) are
        // copied into NumPy's buffer in iteration order, as is an input that needs a cast.
        // The buffer holds whole rows of the innermost axis: ⌊8192 / row⌋ rows (or 8192
        // elements of a longer row), each buffer-full reduced by one inner-loop call.
        var core = 0
        while core < order.shape.count, order.strides[0][core] == 0, order.shape[core] > 1 || core == 0 { core += 1 }
        let buffered = core > 1 || input.buffer !== buffer
        FloatingPointStatus.clear()
        outputType.dispatchNumeric(ReductionLoop(
            operation: operation, input: input, output: output, mask: stretchedMask, order: order,
            starts: starts, coreAxes: Swift.max(core, 1), chunk: buffered ? Self.bufferChunk(row: order.shape[0]) : Int.max))
        FloatingPointStatus.read().emitWarnings(for: "reduce")
        return keepdims ? output : try output.reshaped(shape.indices.filter { !reduced.contains($0) }.map { shape[$0] })
    }
}

extension NDArray {
    /// `sum()` of a non-empty C-contiguous float32 or float64 array: the reduction's own
    /// arithmetic (0 + the pairwise sum of the one run NumPy's iterator makes of it) without
    /// its layout work. Nil for any other array.
    func contiguousFloatSum() throws(TensorError) -> NDArray? {
        guard dtype == .float32 || dtype == .float64, isCContiguous, size > 0 else { return nil }
        let result = try NDArray(dtype: dtype, shape: [], zeroed: false)
        let base = UnsafeRawPointer(buffer.base + offset)
        FloatingPointStatus.clear()
        if dtype == .float32 {
            result.buffer.base.storeBytes(of: Float.pairwiseAdd(0, base, byteStride: 4, count: size)!, as: Float.self)
        } else {
            result.buffer.base.storeBytes(of: Double.pairwiseAdd(0, base, byteStride: 8, count: size)!, as: Double.self)
        }
        FloatingPointStatus.read().emitWarnings(for: "reduce")
        return result
    }
}

extension Reduction {
    /// The binary operation that folds two elements of type `T`.
    func combiner<T: NumericKernels>() -> (T, T) -> T {
        switch self {
        case .add: return T.add
        case .multiply: return T.multiply
        case .maximum: return T.maximum
        case .minimum: return T.minimum
        case .logicalAnd: return { T.cast(from: .bool($0.isTruthy && $1.isTruthy)) }
        case .logicalOr: return { T.cast(from: .bool($0.isTruthy || $1.isTruthy)) }
        }
    }
}

extension NDArray {
    /// NumPy's buffer size, rounded down to whole rows of `row` elements.
    static func bufferChunk(row: Int) -> Int {
        let size = 8192
        return row >= size || row == 0 ? size : (size / row) * row
    }
}

/// The typed loop of a reduction.
private struct ReductionLoop: NumericVisitor {
    let operation: Reduction
    let input: NDArray
    let output: NDArray
    let mask: NDArray?
    let order: IterationOrder
    let starts: [Int]
    /// How many innermost axes the reduction's core spans (1 when the inner axis is not reduced).
    let coreAxes: Int
    /// The longest run one inner-loop call reduces (NumPy's buffer size when buffered).
    let chunk: Int

    func visit<T: NumericKernels>(_ type: T.Type) {
        let combine: (T, T) -> T = operation.combiner()
        let inBase = input.buffer.base
        let outBase = output.buffer.base
        let maskBase = mask?.buffer.base
        guard order.strides[0][0] == 0 else {
            // The inner axis is not reduced: every output element accumulates in order.
            let count = order.shape[0]
            let (outStride, inStride) = (order.strides[0][0], order.strides[1][0])
            let maskStride = mask == nil ? 0 : order.strides[2][0]
            order.forEachRun(starts: starts) { positions in
                for i in 0..<count {
                    if let maskBase, !maskBase.load(fromByteOffset: positions[2] + i * maskStride, as: Bool.self) { continue }
                    let at = positions[0] + i * outStride
                    let value = inBase.load(fromByteOffset: positions[1] + i * inStride, as: T.self)
                    outBase.storeBytes(of: combine(outBase.load(fromByteOffset: at, as: T.self), value), toByteOffset: at, as: T.self)
                }
            }
            return
        }
        if coreAxes == 1, mask == nil {
            reduceSingleAxisCore(combine)
            return
        }
        let coreShape = Array(order.shape.prefix(coreAxes))
        let coreSize = coreShape.reduce(1, *)
        var values: [T] = []
        var selected: [Bool] = []
        values.reserveCapacity(coreSize)
        order.forEachPosition(outerFrom: coreAxes, starts: starts) { positions in
            // The core's elements in iteration order (NumPy's buffer, when it buffers).
            values.removeAll(keepingCapacity: true)
            selected.removeAll(keepingCapacity: true)
            var index = Array(repeating: 0, count: coreAxes)
            for _ in 0..<coreSize {
                var inOffset = positions[1]
                var maskOffset = mask == nil ? 0 : positions[2]
                for axis in 0..<coreAxes {
                    inOffset += index[axis] * order.strides[1][axis]
                    if mask != nil { maskOffset += index[axis] * order.strides[2][axis] }
                }
                values.append(inBase.load(fromByteOffset: inOffset, as: T.self))
                selected.append(maskBase?.load(fromByteOffset: maskOffset, as: Bool.self) ?? true)
                var axis = 0
                while axis < coreAxes {
                    index[axis] += 1
                    if index[axis] < coreShape[axis] { break }
                    index[axis] = 0
                    axis += 1
                }
            }
            var accumulator = outBase.load(fromByteOffset: positions[0], as: T.self)
            // Each buffer chunk is one inner-loop call; with a mask, each run of selected elements.
            var chunkStart = 0
            while chunkStart < coreSize {
                let chunkEnd = Swift.min(chunkStart + chunk, coreSize)
                var start = chunkStart
                while start < chunkEnd {
                    while start < chunkEnd, !selected[start] { start += 1 }
                    var end = start
                    while end < chunkEnd, selected[end] { end += 1 }
                    if end > start { accumulator = reduceRun(accumulator, values, from: start, count: end - start, combine) }
                    start = end
                }
                chunkStart = chunkEnd
            }
            outBase.storeBytes(of: accumulator, toByteOffset: positions[0], as: T.self)
        }
    }

    /// The common case, one reduced innermost axis and no mask: each output element's run is
    /// read straight from the input (in chunks of NumPy's buffer size when it buffers).
    private func reduceSingleAxisCore<T: NumericKernels>(_ combine: (T, T) -> T) {
        let inBase = UnsafeRawPointer(input.buffer.base)
        let outBase = output.buffer.base
        let count = order.shape[0]
        let inStride = order.strides[1][0]
        order.forEachPosition(outerFrom: 1, starts: starts) { positions in
            var accumulator = outBase.load(fromByteOffset: positions[0], as: T.self)
            var chunkStart = 0
            while chunkStart < count {
                let length = Swift.min(chunk, count - chunkStart)
                let first = inBase + positions[1] + chunkStart * inStride
                let element = { (i: Int) -> T in first.load(fromByteOffset: i * inStride, as: T.self) }
                if operation == .add, let sum = T.pairwiseAdd(accumulator, first, byteStride: inStride, count: length) {
                    accumulator = sum
                } else if operation == .multiply, let product = T.widenedProduct(accumulator, count: length, element) {
                    accumulator = product
                } else {
                    for i in 0..<length { accumulator = combine(accumulator, element(i)) }
                }
                chunkStart += length
            }
            outBase.storeBytes(of: accumulator, toByteOffset: positions[0], as: T.self)
        }
    }

    /// One inner-loop call: pairwise for float `add`, in order otherwise.
    private func reduceRun<T: NumericKernels>(
        _ accumulator: T, _ values: [T], from start: Int, count: Int, _ combine: (T, T) -> T
    ) -> T {
        if operation == .add, let sum = values.withUnsafeBytes({ bytes in
            T.pairwiseAdd(accumulator, bytes.baseAddress! + start * MemoryLayout<T>.stride,
                          byteStride: MemoryLayout<T>.stride, count: count)
        }) {
            return sum
        }
        if operation == .multiply, let product = T.widenedProduct(accumulator, count: count, { values[start + $0] }) {
            return product
        }
        var result = accumulator
        for i in start..<(start + count) { result = combine(result, values[i]) }
        return result
    }
}
