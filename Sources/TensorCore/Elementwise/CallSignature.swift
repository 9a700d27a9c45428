/// What an elementwise call needs to know about one operand before any data exists:
/// an array's dtype, weakness and shape, or a Python scalar.
public enum OperandType: Hashable, Sendable {
    case array(DType, weak: Bool, shape: [Int])
    case scalar(Scalar)

    /// The operand's shape (a scalar's is `[]`).
    public var shape: [Int] {
        if case .array(_, _, let shape) = self { return shape }
        return []
    }
}

/// The types and shape of an elementwise call, decided before it runs.
public struct CallSignature: Hashable, Sendable {
    /// The type every input is cast to and the loop runs in.
    public var loop: DType
    /// The result's dtype.
    public var output: DType
    /// Whether the result is weakly typed (JAX).
    public var isWeak: Bool
    /// The broadcast shape of the result.
    public var shape: [Int]
    /// For JAX's `x ** n` with a Python integer `n`: `n`, computed as `lax.integer_pow`.
    public var integerExponent: Int64?
}

extension JAXOperand {
    var operandType: OperandType {
        switch self {
        case .array(let array, let weak): .array(array.dtype, weak: weak, shape: array.shape)
        case .scalar(let scalar): .scalar(scalar)
        }
    }
}

extension UFunc {
    /// What NumPy's call on operands of these types computes, without computing it: the loop
    /// and output types and the broadcast shape, with NumPy's checks and messages.
    @_spi(Fusion) public func numpySignature(_ operands: [OperandType]) throws(TensorError) -> CallSignature {
        guard operands.count == arity else {
            throw TensorError(.typeError, wrongArgumentCountMessage(given: operands.count))
        }
        var strong: [DType] = []
        var weak: [Scalar] = []
        for operand in operands {
            switch operand {
            case .array(let dtype, _, _): strong.append(dtype)
            case .scalar(let scalar): weak.append(scalar)
            }
        }
        let resolution = try resolve(strong: strong, weak: weak)
        for case .scalar(let scalar) in operands {
            if case .float = scalar {} else if family != .comparison { try NDArray.checkFits(scalar, in: resolution.loop) }
        }
        let shapes = operands.map(\.shape)
        guard let shape = try? Broadcasting.shape(of: shapes) else {
            throw TensorError(
                .valueError,
                "operands could not be broadcast together with shapes " + shapes.map { ShapeText.compact($0, ending: " ") }.joined())
        }
        return CallSignature(loop: resolution.loop, output: resolution.output, isWeak: false, shape: shape, integerExponent: nil)
    }
}

extension UFunc {
    /// Runs a call whose types were decided by `jaxSignature` or `numpySignature` on inputs
    /// already of the loop type (a Python scalar as a 0-d array of that type): the eager
    /// kernel over the whole broadcast shape, with no warnings reported.
    @_spi(Fusion) public func run(_ signature: CallSignature, jax: Bool, inputs: [NDArray]) throws(TensorError) -> NDArray {
        try WarningLog.collecting { () throws(TensorError) -> NDArray in
            if let exponent = signature.integerExponent {
                let result = try NDArray(dtype: signature.output, shape: signature.shape, zeroed: false)
                signature.loop.dispatchNumeric(IntegerPower(input: try inputs[0].astype(signature.loop, copy: false), output: result, exponent: exponent))
                return result
            }
            let stretched = try inputs.map { input throws(TensorError) in
                try input.astype(signature.loop, copy: false).broadcast(to: signature.shape, readOnly: false)
            }
            // NumPy lays a result out like its operands (order 'K'); JAX's are always C-ordered.
            let result = jax
                ? try NDArray(dtype: signature.output, shape: signature.shape, zeroed: false)
                : try NDArray(dtype: signature.output, shape: signature.shape, matching: stretched)
            signature.loop.dispatchNumeric(ElementwiseLoop(function: self, inputs: stretched, output: result, semantics: jax ? .jax : .numpy))
            return result
        }.value
    }
}

extension NDArray {
    /// A Python scalar as a 0-d array of `dtype`, converted as a ufunc converts it.
    @_spi(Fusion) public static func scalarArray(_ scalar: Scalar, dtype: DType) throws(TensorError) -> NDArray {
        try WarningLog.collecting { () throws(TensorError) -> NDArray in try materialize(.scalar(scalar), as: dtype) }.value
    }
}
