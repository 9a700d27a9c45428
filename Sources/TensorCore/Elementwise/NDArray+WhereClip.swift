extension NDArray {
    /// `np.where(condition)` with one argument: the same as `condition.nonzero()`.
    public static func `where`(_ condition: NDArray) throws(TensorError) -> [NDArray] {
        try condition.nonzero()
    }

    /// `np.where(condition, x, y)`: `x` where the condition is true, else `y`, broadcast
    /// together. The result's dtype is `result_type(x, y)`; a Python integer that does not
    /// fit it wraps, as in NumPy.
    public static func `where`(_ condition: Operand, _ x: Operand, _ y: Operand) throws(TensorError) -> NDArray {
        let dtype = resultType(of: [x, y])
        let shape = try Broadcasting.shape(of: [condition.shape, x.shape, y.shape])
        let mask = try materialize(condition, as: .bool).broadcast(to: shape, readOnly: false)
        let chosen = try materialize(x, as: dtype).broadcast(to: shape, readOnly: false)
        let other = try materialize(y, as: dtype).broadcast(to: shape, readOnly: false)
        let result = try NDArray(dtype: dtype, shape: shape, matching: [mask, chosen, other])
        NDArray.copyElements(from: other, to: result)
        StridedLoop.forEach(shape: shape, strides: [mask.strides, chosen.strides, result.strides],
                            starts: [mask.offset, chosen.offset, result.offset]) { positions in
            if mask.buffer.base.load(fromByteOffset: positions[0], as: Bool.self) {
                result.storeCast(chosen.loadCast(atByteOffset: positions[1]), atByteOffset: positions[2])
            }
        }
        return result
    }

    /// `np.clip(a, min, max)`. For an integer array, a Python-integer bound that cannot bind
    /// (a minimum at or below the dtype's smallest value, a maximum at or above its largest)
    /// is dropped first, as NumPy 2 does; then one bound is `maximum`/`minimum`, none is a
    /// copy, and two run the clip ufunc: `minimum(maximum(a, min), max)` in the loop
    /// `maximum`'s rules choose for all three operands, NaN propagated. A nil bound is no bound.
    public func clipped(min lower: Operand?, max upper: Operand?) throws(TensorError) -> NDArray {
        var lower = lower
        var upper = upper
        if let info = dtype.integerInfo {
            if case .scalar(let scalar) = lower, Self.isPythonInteger(scalar, atMost: info.min) { lower = nil }
            if case .scalar(let scalar) = upper, Self.isPythonInteger(scalar, atLeast: info.max) { upper = nil }
        }
        switch (lower, upper) {
        case (nil, nil):
            return try UFunc.positive(.array(self))
        case (nil, let upper?):
            return try UFunc.minimum(.array(self), upper)
        case (let lower?, nil):
            return try UFunc.maximum(.array(self), lower)
        case (let lower?, let upper?):
            let operands: [Operand] = [.array(self), lower, upper]
            let (strong, weak) = Operand.split(operands)
            let loop = try UFunc.maximum.resolve(strong: strong, weak: weak).loop
            for case .scalar(let scalar) in operands {
                if case .float = scalar {} else { try Self.checkFits(scalar, in: loop) }
            }
            _ = try Broadcasting.shape(of: operands.map(\.shape))
            let cast = try operands.map { operand throws(TensorError) in Operand.array(try Self.materialize(operand, as: loop)) }
            let raised = try UFunc.maximum(cast[0], cast[1])
            return try UFunc.minimum(.array(raised), cast[2])
        }
    }

    private static func isPythonInteger(_ scalar: Scalar, atMost limit: Int64) -> Bool {
        if case .int(let v) = scalar { return v <= limit }
        return false
    }

    private static func isPythonInteger(_ scalar: Scalar, atLeast limit: UInt64) -> Bool {
        switch scalar {
        case .int(let v): return v >= 0 && UInt64(v) >= limit
        case .uint(let v): return v >= limit
        default: return false
        }
    }

    /// NEP 50's result type of operands, Python scalars weak.
    static func resultType(of operands: [Operand]) -> DType {
        let (strong, weak) = Operand.split(operands)
        return NumPyPromotion.resultType(strong, weak: weak)
    }

    /// An operand as an array of `dtype`; a Python integer that does not fit wraps.
    static func materialize(_ operand: Operand, as dtype: DType) throws(TensorError) -> NDArray {
        switch operand {
        case .array(let array):
            return try array.astype(dtype, copy: false)
        case .scalar(let scalar):
            let value = try NDArray(dtype: dtype, shape: [], zeroed: false)
            FloatingPointStatus.clear()
            value.storeCast(scalar.castValue, atByteOffset: 0)
            FloatingPointStatus.read().emitWarnings(for: "cast")
            return value
        }
    }
}
