/// The methods every binary ufunc has: `reduce`, `accumulate`, `outer`, `at`, `reduceat`.
///
/// `add`, `multiply`, `maximum`, `minimum` and the logical reductions run on the reduction
/// engine (so `np.add.reduce` sums pairwise exactly as NumPy); the others combine slices
/// in order, which is the only order NumPy allows them (they are not reorderable).
extension UFunc {
    /// The reduction engine's operation for this ufunc, when it has one.
    var reduction: Reduction? {
        switch self {
        case .add: .add
        case .multiply: .multiply
        case .maximum: .maximum
        case .minimum: .minimum
        case .logicalAnd: .logicalAnd
        case .logicalOr: .logicalOr
        default: nil
        }
    }

    /// Whether NumPy lets a reduction of this ufunc run over several axes at once.
    var isReorderable: Bool {
        switch self {
        case .add, .multiply, .maximum, .minimum, .fmax, .fmin, .logicalAnd, .logicalOr, .logicalXor,
            .bitwiseAnd, .bitwiseOr, .bitwiseXor:
            true
        default:
            false
        }
    }

    /// The dtype a method computes in: the one asked for, else the function's loop for
    /// `dtype`. A loop whose output cannot feed back in (a comparison of numbers gives bool)
    /// is NumPy's "no loop" error.
    private func methodType(_ requested: DType?, for dtype: DType) throws(TensorError) -> DType {
        if let requested { return requested }
        let resolution = try resolve(strong: [dtype, dtype], weak: [])
        guard resolution.output == resolution.loop else {
            throw TensorError(.typeError, "No loop matching the specified signature and casting was found for ufunc \(name)")
        }
        return resolution.output
    }

    /// The value a reduction of nothing gives (NumPy's `ufunc.identity`).
    var identity: Scalar? {
        switch self {
        case .add, .bitwiseOr, .bitwiseXor: .int(0)
        case .multiply: .int(1)
        case .bitwiseAnd: .int(-1)
        case .logicalAnd: .bool(true)
        case .logicalOr, .logicalXor: .bool(false)
        default: nil
        }
    }

    private func requireBinary(_ method: String) throws(TensorError) {
        guard arity == 2 else { throw TensorError(.valueError, "\(method) only supported for binary functions") }
    }

    /// `ufunc.reduce(a, axis=0)`; `axis` nil reduces every axis.
    public func reduce(
        _ array: NDArray, axis: [Int]? = [0], dtype: DType? = nil, keepdims: Bool = false,
        initial: Scalar? = nil, where mask: NDArray? = nil
    ) throws(TensorError) -> NDArray {
        try requireBinary("reduce")
        let axes = try array.reductionAxes(axis)
        if !isReorderable, axes.count > 1 {
            throw TensorError(.valueError, "reduction operation '\(name)' is not reorderable, so at most one axis may be specified")
        }
        if let reduction {
            return try array.reduce(reduction, axes: axes, dtype: dtype, keepdims: keepdims, initial: initial, where: mask)
        }
        let loop = try methodType(dtype, for: array.dtype)
        var result = try array.astype(loop, copy: true)
        var maskView = try mask.map { mask throws(TensorError) in try mask.astype(.bool, copy: false).broadcast(to: array.shape, readOnly: true) }
        for axis in axes.reversed() {
            result = try reduceAlong(axis, result, loop: loop, initial: initial, mask: maskView)
            maskView = nil
        }
        if keepdims { result = try result.reshaped(array.shape.indices.map { axes.contains($0) ? 1 : array.shape[$0] }) }
        return result
    }

    /// Combines the slices along `axis` in order: `initial` (or the identity, or the first
    /// slice) with each next one; where a mask is false the slice is skipped.
    private func reduceAlong(_ axis: Int, _ array: NDArray, loop: DType, initial: Scalar?, mask: NDArray?) throws(TensorError) -> NDArray {
        let length = array.shape[axis]
        func slice(_ index: Int, of source: NDArray) throws(TensorError) -> NDArray {
            try source.view(at: Array(repeating: .all, count: axis) + [.integer(index)])
        }
        var restShape = array.shape
        restShape.remove(at: axis)
        var accumulator: NDArray
        var first = 0
        if let start = initial ?? (mask != nil || length == 0 ? identity : nil) {
            accumulator = try NDArray.full(restShape, start, dtype: loop)
        } else if length > 0, mask == nil {
            accumulator = try slice(0, of: array).copy(dtype: loop)
            first = 1
        } else {
            throw TensorError(
                .valueError,
                mask == nil
                    ? "zero-size array to reduction operation \(name) which has no identity"
                    : "reduction operation '\(name)' does not have an identity, so to use a where mask one has to specify 'initial'")
        }
        for index in first..<length {
            let combined = try apply([.array(accumulator), .array(slice(index, of: array))])
            if let mask {
                accumulator = try NDArray.where(.array(slice(index, of: mask)), .array(combined), .array(accumulator)).astype(loop, copy: false)
            } else {
                accumulator = try combined.astype(loop, copy: false)
            }
        }
        return accumulator
    }

    /// `ufunc.accumulate(a, axis=0)`: every intermediate result of `reduce` along `axis`.
    public func accumulate(_ array: NDArray, axis: Int = 0, dtype: DType? = nil) throws(TensorError) -> NDArray {
        try requireBinary("accumulate")
        if let reduction { return try array.accumulate(reduction, axis: axis, dtype: dtype) }
        let along = try normalizedAxis(axis, ndim: Swift.max(array.ndim, 1))
        let loop = try methodType(dtype, for: array.dtype)
        let result = try NDArray(dtype: loop, shape: array.shape, zeroed: false)
        guard array.size > 0 else { return result }
        let prefix = Array(repeating: IndexComponent.all, count: along)
        try result.assign(array.view(at: prefix + [.integer(0)]).astype(loop), at: prefix + [.integer(0)])
        for index in 1..<array.shape[along] {
            let previous = try result.view(at: prefix + [.integer(index - 1)])
            let next = try apply([.array(previous), .array(array.view(at: prefix + [.integer(index)]))])
            try result.assign(next, at: prefix + [.integer(index)])
        }
        return result
    }

    /// `ufunc.outer(a, b)`: the function of every pair, with shape `a.shape + b.shape`.
    public func outer(_ a: Operand, _ b: Operand) throws(TensorError) -> NDArray {
        try requireBinary("outer product")
        guard case .array(let left) = a else { return try apply([a, b]) }
        let trailing = b.shape.count
        let expanded = try left.reshaped(left.shape + Array(repeating: 1, count: trailing))
        return try apply([.array(expanded), b])
    }

    /// `ufunc.at(a, indices, b)`: in place and unbuffered, so a repeated index applies the
    /// function once per occurrence (`np.add.at(a, [0, 0], 1)` adds 2). `indices` select along
    /// the first axis; `value` (omitted for a unary function) broadcasts against the selection.
    public func at(_ array: NDArray, indices: [Int], _ value: Operand? = nil) throws(TensorError) {
        guard array.ndim > 0 else {
            throw TensorError(.indexError, "too many indices for array: array is 0-dimensional, but 1 were indexed")
        }
        let length = array.shape[0]
        for index in indices where index < -length || index >= length {
            throw TensorError(.indexError, "index \(index) is out of bounds for axis 0 with size \(length)")
        }
        let selectionShape = [indices.count] + array.shape.dropFirst()
        var values: NDArray?
        if arity == 2 {
            guard let value else { throw TensorError(.typeError, "second operand needed for ufunc") }
            switch value {
            case .array(let given): values = try given.broadcast(to: selectionShape, readOnly: false)
            case .scalar: values = nil
            }
        }
        for (position, index) in indices.enumerated() {
            let target = try array.view(at: [.integer(index < 0 ? index + length : index)])
            if arity == 1 {
                _ = try apply([.array(target)], out: target)
            } else if let values {
                _ = try apply([.array(target), .array(values.view(at: [.integer(position)]))], out: target)
            } else if let value {
                _ = try apply([.array(target), value], out: target)
            }
        }
    }

    /// `ufunc.reduceat(a, indices, axis=0)`: the reduction of each slice
    /// `a[indices[k]:indices[k+1]]`, the last running to the end; where an index is not
    /// below the next, the result is just `a[indices[k]]`.
    public func reduceat(_ array: NDArray, indices: [Int], axis: Int = 0, dtype: DType? = nil) throws(TensorError) -> NDArray {
        try requireBinary("reduceat")
        let along = try normalizedAxis(axis, ndim: Swift.max(array.ndim, 1))
        let length = array.shape[along]
        for index in indices where index < 0 || index >= length {
            throw TensorError(.indexError, "index \(index) out-of-bounds in \(name).reduceat [0, \(length))")
        }
        let loop = try methodType(dtype ?? reduction?.accumulatorType(for: array.dtype), for: array.dtype)
        var shape = array.shape
        shape[along] = indices.count
        let result = try NDArray(dtype: loop, shape: shape, zeroed: false)
        let prefix = Array(repeating: IndexComponent.all, count: along)
        for (k, start) in indices.enumerated() {
            let end = k + 1 < indices.count ? indices[k + 1] : length
            let piece: NDArray
            if start < end {
                let segment = try array.view(at: prefix + [.slice(start: start, stop: end, step: nil)])
                piece = try reduce(segment, axis: [along], dtype: loop)
            } else {
                piece = try array.view(at: prefix + [.integer(start)]).astype(loop)
            }
            try result.assign(piece, at: prefix + [.integer(k)])
        }
        return result
    }
}
