/// NumPy's reductions: `sum`, `prod`, `min`, `max`, `any`, `all`, `mean`, `var`, `std`,
/// `argmin`, `argmax`, `count_nonzero`, `cumsum`, `cumprod`, `nansum`, `nanmean`.
///
/// `axis` is nil for every axis (NumPy's `None`), or the list of axes (one for an int).
/// Results are arrays; a full reduction gives a zero-dimensional one, where NumPy returns
/// a scalar. The derived ones (`mean`, `var`, …) follow NumPy's own formulas step by step,
/// so that their rounding is NumPy's.
extension NDArray {
    public func sum(axis: [Int]? = nil, dtype: DType? = nil, keepdims: Bool = false, initial: Scalar? = nil,
                    where mask: NDArray? = nil) throws(TensorError) -> NDArray {
        try reduce(.add, axes: axis, dtype: dtype, keepdims: keepdims, initial: initial, where: mask)
    }

    public func prod(axis: [Int]? = nil, dtype: DType? = nil, keepdims: Bool = false, initial: Scalar? = nil,
                     where mask: NDArray? = nil) throws(TensorError) -> NDArray {
        try reduce(.multiply, axes: axis, dtype: dtype, keepdims: keepdims, initial: initial, where: mask)
    }

    public func max(axis: [Int]? = nil, keepdims: Bool = false, initial: Scalar? = nil,
                    where mask: NDArray? = nil) throws(TensorError) -> NDArray {
        try reduce(.maximum, axes: axis, keepdims: keepdims, initial: initial, where: mask)
    }

    public func min(axis: [Int]? = nil, keepdims: Bool = false, initial: Scalar? = nil,
                    where mask: NDArray? = nil) throws(TensorError) -> NDArray {
        try reduce(.minimum, axes: axis, keepdims: keepdims, initial: initial, where: mask)
    }

    public func any(axis: [Int]? = nil, keepdims: Bool = false, where mask: NDArray? = nil) throws(TensorError) -> NDArray {
        try reduce(.logicalOr, axes: axis, keepdims: keepdims, where: mask)
    }

    public func all(axis: [Int]? = nil, keepdims: Bool = false, where mask: NDArray? = nil) throws(TensorError) -> NDArray {
        try reduce(.logicalAnd, axes: axis, keepdims: keepdims, where: mask)
    }

    /// `np.count_nonzero`: the number of truthy elements, as int64.
    public func countNonzero(axis: [Int]? = nil, keepdims: Bool = false) throws(TensorError) -> NDArray {
        try UFunc.notEqual(.array(self), .scalar(0)).sum(axis: axis, dtype: .int64, keepdims: keepdims)
    }

    /// The number of elements a reduction over `axis` combines, per output element.
    func reducedCount(axis: [Int]?) throws(TensorError) -> Int {
        try reductionAxes(axis).reduce(1) { $0 * shape[$1] }
    }

    /// `np.mean`: the sum (in float64 for integers and booleans, float32 for float16) divided
    /// by the count; an empty slice warns "Mean of empty slice" and gives NaN.
    public func mean(axis: [Int]? = nil, dtype: DType? = nil, keepdims: Bool = false) throws(TensorError) -> NDArray {
        let count = try reducedCount(axis: axis)
        if count == 0 { WarningLog.emit(TensorWarning("Mean of empty slice")) }
        var accumulator = dtype
        var roundToHalf = false
        if dtype == nil {
            if self.dtype.isInteger || self.dtype == .bool { accumulator = .float64 }
            if self.dtype == .float16 {
                accumulator = .float32
                roundToHalf = true
            }
        }
        let total = try sum(axis: axis, dtype: accumulator, keepdims: keepdims)
        let average = try total.divided(by: count, scalarDivide: total.ndim == 0 && !keepdims)
        return roundToHalf ? try average.astype(.float16) : average
    }

    /// `np.var`: the mean of squared deviations from the mean, divided by `count - ddof`.
    public func variance(axis: [Int]? = nil, dtype: DType? = nil, ddof: Int = 0, keepdims: Bool = false) throws(TensorError) -> NDArray {
        let count = try reducedCount(axis: axis)
        if ddof >= count { WarningLog.emit(TensorWarning("Degrees of freedom <= 0 for slice")) }
        let accumulator = dtype ?? (self.dtype.isInteger || self.dtype == .bool ? .float64 : nil)
        let mean = try sum(axis: axis, dtype: accumulator, keepdims: true).divided(by: count, scalarDivide: false)
        let deviations = try UFunc.subtract(.array(self), .array(mean))
        let squares = try UFunc.square(.array(deviations), out: deviations)
        let total = try squares.sum(axis: axis, dtype: accumulator, keepdims: keepdims)
        return try total.divided(by: Swift.max(count - ddof, 0), scalarDivide: total.ndim == 0 && !keepdims)
    }

    /// `np.std`: the square root of `variance`.
    public func standardDeviation(axis: [Int]? = nil, dtype: DType? = nil, ddof: Int = 0, keepdims: Bool = false) throws(TensorError) -> NDArray {
        try UFunc.sqrt(.array(variance(axis: axis, dtype: dtype, ddof: ddof, keepdims: keepdims)))
    }

    /// Division by a count, in the dividend's dtype. Over arrays NumPy divides in place with
    /// unsafe casting (one warning, under "divide"); a reduction to a 0-d result without
    /// `keepdims` holds a scalar, which NumPy divides ("scalar divide" in its warnings) and
    /// converts back to its dtype (an integer mean of NaN also warns "invalid value
    /// encountered in cast").
    private func divided(by count: Int, scalarDivide: Bool) throws(TensorError) -> NDArray {
        let divisor = Operand.scalar(.int(Int64(count)))
        guard scalarDivide else {
            return try UFunc.trueDivide.apply([.array(self), divisor], out: self, casting: .unsafe)
        }
        let (quotient, warnings) = try WarningLog.collecting { () throws(TensorError) -> NDArray in
            try UFunc.trueDivide.apply([.array(self), divisor])
        }
        for warning in warnings {
            WarningLog.emit(TensorWarning(category: warning.category, warning.message.replacingSuffix(" divide", with: " scalar divide")))
        }
        return try quotient.astype(dtype, copy: false)
    }

    /// `np.nansum`: the sum with NaNs counted as zero.
    public func nansum(axis: [Int]? = nil, dtype: DType? = nil, keepdims: Bool = false) throws(TensorError) -> NDArray {
        try replacingNaN(with: 0).sum(axis: axis, dtype: dtype, keepdims: keepdims)
    }

    /// `np.nanmean`: the mean of the elements that are not NaN.
    public func nanmean(axis: [Int]? = nil, keepdims: Bool = false) throws(TensorError) -> NDArray {
        guard dtype.isFloatingPoint else { return try mean(axis: axis, keepdims: keepdims) }
        let counts = try UFunc.logicalNot(.array(UFunc.isnan(.array(self)))).sum(axis: axis, dtype: .int64, keepdims: keepdims)
        let totals = try replacingNaN(with: 0).sum(axis: axis, keepdims: keepdims)
        if counts.elements.contains(where: { $0 == .signed(0) }) {
            WarningLog.emit(TensorWarning("Mean of empty slice"))
        }
        // NumPy's nanmean divides with warnings silenced: only "Mean of empty slice" is shown.
        return try WarningLog.collecting { () throws(TensorError) -> NDArray in
            try UFunc.trueDivide(.array(totals), .array(counts)).astype(totals.dtype, copy: false)
        }.value
    }

    /// A copy in this array's memory order (NumPy's `np.array(a, copy=True)`, as `nansum`
    /// makes it) with NaNs replaced: the layout decides the order of a later sum.
    private func replacingNaN(with value: Double) throws(TensorError) -> NDArray {
        guard dtype.isFloatingPoint else { return self }
        let copy = try NDArray(dtype: dtype, layoutLike: self)
        NDArray.copyElements(from: self, to: copy)
        StridedLoop.forEach(shape: shape, strides: [copy.strides], starts: [copy.offset]) { positions in
            if case .floating(let d) = copy.loadCast(atByteOffset: positions[0]), d.isNaN {
                copy.storeCast(.floating(value), atByteOffset: positions[0])
            }
        }
        return copy
    }

    /// `np.cumsum`: running sums along `axis` (flattened when nil), with `sum`'s dtypes.
    public func cumsum(axis: Int? = nil, dtype: DType? = nil) throws(TensorError) -> NDArray {
        try accumulate(.add, axis: axis, dtype: dtype)
    }

    /// `np.cumprod`: running products.
    public func cumprod(axis: Int? = nil, dtype: DType? = nil) throws(TensorError) -> NDArray {
        try accumulate(.multiply, axis: axis, dtype: dtype)
    }

    /// `ufunc.accumulate`: every intermediate result of the reduction, in order along `axis`.
    public func accumulate(_ operation: Reduction, axis: Int? = nil, dtype: DType? = nil) throws(TensorError) -> NDArray {
        let source = axis == nil ? try raveled() : self
        let along = try normalizedAxis(axis ?? 0, ndim: Swift.max(source.ndim, 1))
        let outputType = dtype ?? operation.accumulatorType(for: self.dtype)
        let input = try source.astype(outputType, copy: false)
        let output = try NDArray(dtype: outputType, shape: source.shape, zeroed: false)
        guard source.ndim > 0, source.size > 0 else {
            if source.ndim == 0 { NDArray.copyElements(from: input, to: output) }
            return output
        }
        FloatingPointStatus.clear()
        outputType.dispatchNumeric(AccumulateLoop(operation: operation, input: input, output: output, axis: along))
        FloatingPointStatus.read().emitWarnings(for: "accumulate")
        return output
    }

    /// `np.argmax`: the index of the first largest element (the first NaN, if any), along
    /// `axis` or in the flattened array.
    public func argmax(axis: Int? = nil, keepdims: Bool = false) throws(TensorError) -> NDArray {
        try argExtremum(axis: axis, keepdims: keepdims, largest: true)
    }

    /// `np.argmin`.
    public func argmin(axis: Int? = nil, keepdims: Bool = false) throws(TensorError) -> NDArray {
        try argExtremum(axis: axis, keepdims: keepdims, largest: false)
    }

    private func argExtremum(axis: Int?, keepdims: Bool, largest: Bool) throws(TensorError) -> NDArray {
        let name = largest ? "argmax" : "argmin"
        let source = axis == nil ? try raveled() : self
        let along = try normalizedAxis(axis ?? 0, ndim: Swift.max(source.ndim, 1))
        guard source.ndim == 0 || source.shape[along] > 0 else {
            throw TensorError(.valueError, "attempt to get \(name) of an empty sequence")
        }
        let moved = source.ndim == 0 ? try source.reshaped([1]) : try source.movingAxes(from: [along], to: [-1])
        let rows = try moved.reshaped([-1, moved.shape.last!])
        let result = try NDArray(dtype: .int64, shape: [rows.shape[0]], zeroed: false)
        dtype.dispatchNumeric(ArgExtremumLoop(rows: rows, output: result, largest: largest))
        var shape = Array(moved.shape.dropLast())
        if keepdims {
            shape = axis == nil ? Array(repeating: 1, count: ndim) : self.shape.indices.map { $0 == along ? 1 : self.shape[$0] }
        }
        return try result.reshaped(shape)
    }
}

/// Running reductions along one axis.
private struct AccumulateLoop: NumericVisitor {
    let operation: Reduction
    let input: NDArray
    let output: NDArray
    let axis: Int

    func visit<T: NumericKernels>(_ type: T.Type) {
        let combine: (T, T) -> T = operation.combiner()
        let length = input.shape[axis]
        let (inStride, outStride) = (input.strides[axis], output.strides[axis])
        var outerShape = input.shape
        outerShape[axis] = 1
        StridedLoop.forEach(shape: outerShape, strides: [input.strides, output.strides], starts: [input.offset, output.offset]) {
            positions in
            var running = input.buffer.base.load(fromByteOffset: positions[0], as: T.self)
            output.buffer.base.storeBytes(of: running, toByteOffset: positions[1], as: T.self)
            for i in 1..<Swift.max(length, 1) {
                running = combine(running, input.buffer.base.load(fromByteOffset: positions[0] + i * inStride, as: T.self))
                output.buffer.base.storeBytes(of: running, toByteOffset: positions[1] + i * outStride, as: T.self)
            }
        }
    }
}

/// The index of the first extreme value in each row (NaN counts as the extreme).
private struct ArgExtremumLoop: NumericVisitor {
    let rows: NDArray
    let output: NDArray
    let largest: Bool

    func visit<T: NumericKernels>(_ type: T.Type) {
        let (count, length) = (rows.shape[0], rows.shape[1])
        for row in 0..<count {
            func element(_ i: Int) -> T {
                rows.buffer.base.load(fromByteOffset: rows.offset + row * rows.strides[0] + i * rows.strides[1], as: T.self)
            }
            var best = element(0)
            var index = 0
            if !best.isNaNValue {
                for i in 1..<Swift.max(length, 1) {
                    let candidate = element(i)
                    if candidate.isNaNValue {
                        index = i
                        break
                    }
                    if largest ? T.isLess(best, candidate) : T.isLess(candidate, best) {
                        best = candidate
                        index = i
                    }
                }
            }
            output.buffer.base.storeBytes(of: Int64(index), toByteOffset: output.offset + row * output.strides[0], as: Int64.self)
        }
    }
}

extension String {
    /// The string with a final `suffix` replaced, or unchanged when it does not end so.
    func replacingSuffix(_ suffix: String, with replacement: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) + replacement : self
    }
}
