extension UFunc {
    /// Applies the function elementwise with NumPy's broadcasting, promotion and messages.
    /// With `out`, the result is written there (after NumPy's `same_kind` check) and returned.
    public func callAsFunction(_ operands: Operand..., out: NDArray? = nil) throws(TensorError) -> NDArray {
        try apply(operands, out: out)
    }

    /// `callAsFunction` for the common unary call: the contiguous path needs no operand array.
    public func callAsFunction(_ operand: Operand) throws(TensorError) -> NDArray {
        guard arity == 1 else { return try apply([operand]) }
        if let result = try applyContiguous(operand, nil) { return result }
        return try applyBroadcasting([operand], out: nil, casting: .sameKind)
    }

    /// `callAsFunction` for the common binary call: the contiguous path needs no operand array.
    public func callAsFunction(_ first: Operand, _ second: Operand) throws(TensorError) -> NDArray {
        guard arity == 2 else { return try apply([first, second]) }
        if let result = try applyContiguous(first, second) { return result }
        return try applyBroadcasting([first, second], out: nil, casting: .sameKind)
    }

    /// `callAsFunction` for one array, lent to the call rather than copied into an `Operand`.
    public func callAsFunction(_ array: NDArray) throws(TensorError) -> NDArray {
        guard arity == 1 else { return try apply([.array(array)]) }
        if let result = try applyContiguous(array) { return result }
        return try applyBroadcasting([.array(array)], out: nil, casting: .sameKind)
    }

    /// `callAsFunction` for two arrays, lent to the call rather than copied into `Operand`s.
    public func callAsFunction(_ first: NDArray, _ second: NDArray) throws(TensorError) -> NDArray {
        guard arity == 2 else { return try apply([.array(first), .array(second)]) }
        if let result = try applyContiguous(first, second) { return result }
        return try applyBroadcasting([.array(first), .array(second)], out: nil, casting: .sameKind)
    }

    /// `callAsFunction` with the operands in an array. `casting` is the rule the result must
    /// follow to be written into `out` (NumPy's `casting=`, `same_kind` by default).
    public func apply(_ operands: [Operand], out: NDArray? = nil, casting: CastingRule = .sameKind) throws(TensorError) -> NDArray {
        guard operands.count == arity else {
            throw TensorError(.typeError, wrongArgumentCountMessage(given: operands.count))
        }
        if out == nil, let result = try applyContiguous(operands[0], arity > 1 ? operands[1] : nil) {
            return result
        }
        return try applyBroadcasting(operands, out: out, casting: casting)
    }

    /// The general path of `apply`, for operands of the function's arity that the contiguous
    /// shortcut did not take: promotion, broadcasting, layout and `out=`. Without `out`, the
    /// result goes into `recipient` (an operand's array that nothing else holds) when it fits.
    func applyBroadcasting(_ operands: [Operand], out: NDArray?, casting: CastingRule, recipient: NDArray? = nil) throws(TensorError) -> NDArray {
        let (strong, weak) = Operand.split(operands)
        let resolution = try resolve(strong: strong, weak: weak)
        var inputs: [NDArray] = []
        for operand in operands {
            switch operand {
            case .array(let array):
                inputs.append(array.dtype == resolution.loop ? array : try array.astype(resolution.loop))
            case .scalar(let scalar):
                if case .float = scalar {} else if family != .comparison { try NDArray.checkFits(scalar, in: resolution.loop) }
                let value = try NDArray(dtype: resolution.loop, shape: [], zeroed: false)
                FloatingPointStatus.clear()
                value.storeCast(scalar.castValue, atByteOffset: 0)
                FloatingPointStatus.read().emitWarnings(for: "cast")
                inputs.append(value)
            }
        }
        if let out {
            guard out.isWriteable else { throw TensorError(.valueError, "output array is read-only") }
            guard casting.allows(resolution.output, out.dtype) else {
                throw TensorError(
                    .ufuncTypeError,
                    "Cannot cast ufunc '\(name)' output from dtype('\(resolution.output.name)') to dtype('\(out.dtype.name)') with casting rule '\(casting.rawValue)'")
            }
        }
        let shape = try resultShape(operands.map(\.shape), out: out)
        if self == .power, resolution.loop.kind == .signedInteger, try inputs[1].containsNegative() {
            throw TensorError(.valueError, "Integers to negative integer powers are not allowed.")
        }
        let stretched = try inputs.map { input throws(TensorError) in try input.broadcast(to: shape, readOnly: false) }
        // A recipient takes the result when it has its dtype and shape, laid out in C order as
        // a new result of C-contiguous operands would be.
        let destination = if out == nil, let recipient, recipient.dtype == resolution.output, recipient.shape == shape,
            recipient.isCContiguous {
            recipient
        } else {
            try destination(for: shape, dtype: resolution.output, out: out, inputs: stretched)
        }
        FloatingPointStatus.clear()
        resolution.loop.dispatchNumeric(ElementwiseLoop(function: self, inputs: stretched, output: destination))
        var result = destination
        if let out, destination.buffer !== out.buffer || destination.offset != out.offset || destination.dtype != out.dtype {
            // The cast into `out` is part of the ufunc: its warnings carry the ufunc's name.
            NDArray.copyElements(from: destination, to: out, reportingWarnings: false)
            result = out
        }
        FloatingPointStatus.read().emitWarnings(for: name)
        return result
    }

    /// The broadcast shape of the operands, and of `out` when given, with NumPy's messages.
    private func resultShape(_ shapes: [[Int]], out: NDArray?) throws(TensorError) -> [Int] {
        guard let out else { return try Broadcasting.shape(of: shapes) }
        let inputShape = try? Broadcasting.shape(of: shapes)
        guard let inputShape, (try? Broadcasting.shape(inputShape, out.shape)) != nil else {
            throw TensorError(
                .valueError,
                "operands could not be broadcast together with shapes "
                    + (shapes + [out.shape]).map { ShapeText.compact($0, ending: " ") }.joined())
        }
        let combined = try Broadcasting.shape(inputShape, out.shape)
        guard combined == out.shape else {
            throw TensorError(
                .valueError,
                "non-broadcastable output operand with shape \(ShapeText.compact(out.shape)) doesn't match the broadcast shape \(ShapeText.compact(combined))")
        }
        return combined
    }

    /// Where the loop writes: `out` itself when it has the output dtype and shares no memory
    /// with an input in a way that could overwrite unread elements; otherwise a new array.
    private func destination(for shape: [Int], dtype: DType, out: NDArray?, inputs: [NDArray]) throws(TensorError) -> NDArray {
        guard let out else { return try NDArray(dtype: dtype, shape: shape, matching: inputs) }
        let overlaps = inputs.contains { input in
            input.buffer === out.buffer && !(input.offset == out.offset && input.strides == out.strides && input.shape == out.shape)
        }
        if out.dtype == dtype, !overlaps { return out }
        return try NDArray(dtype: dtype, shape: shape, zeroed: false)
    }
}

extension NDArray {
    /// Whether any element is below zero (for integer power's check).
    func containsNegative() throws(TensorError) -> Bool {
        elements.contains { value in
            if case .signed(let v) = value { return v < 0 }
            return false
        }
    }
}
