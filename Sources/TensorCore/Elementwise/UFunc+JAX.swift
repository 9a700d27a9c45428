/// An input under JAX's semantics: an array with its weak-type flag, or a Python scalar.
public enum JAXOperand: Sendable {
    case array(NDArray, weak: Bool = false)
    case scalar(Scalar)
}

/// A JAX result: the array and whether it is weakly typed (`weak_type=True`).
public struct JAXResult: Sendable {
    public var array: NDArray
    public var isWeak: Bool
}

extension UFunc {
    /// Applies the function as `jax.numpy` does: JAX's promotion lattice with weak types
    /// (`int8 + 1` stays int8, `int8 + 1.5` is a weak float32), integers sent to the default
    /// float type by floating-point functions, Python integers that do not fit wrapped
    /// rather than refused, XLA's integer division by zero, JAX's messages and no warnings.
    public func applyJAX(_ operands: [JAXOperand], x64: Bool = JAXPromotion.isX64Enabled) throws(TensorError) -> JAXResult {
        let signature = try jaxSignature(operands.map(\.operandType), x64: x64)
        if let exponent = signature.integerExponent, case .array(let base, let baseWeak) = operands[0] {
            return try integerPower(base, weak: baseWeak, exponent: exponent, x64: x64)
        }
        let (loop, shape) = (signature.loop, signature.shape)
        // JAX raises no floating-point warnings: whatever the casts and the loop report is dropped.
        let result = try WarningLog.collecting { () throws(TensorError) -> NDArray in
            let inputs = try operands.map { operand throws(TensorError) -> NDArray in
                switch operand {
                case .array(let array, _):
                    return try array.astype(loop, copy: false).broadcast(to: shape, readOnly: false)
                case .scalar(let scalar):
                    return try NDArray.materialize(.scalar(scalar), as: loop).broadcast(to: shape, readOnly: false)
                }
            }
            let destination = try NDArray(dtype: signature.output, shape: shape, zeroed: false)
            loop.dispatchNumeric(ElementwiseLoop(function: self, inputs: inputs, output: destination, semantics: .jax))
            return destination
        }.value
        return JAXResult(array: result, isWeak: signature.isWeak)
    }

    /// What a `jax.numpy` call on operands of these types computes, without computing it:
    /// the loop and output types, the result's weakness and shape (JAX's checks and
    /// messages), and, for `x ** n` with a Python integer `n`, the exponent of
    /// `lax.integer_pow`.
    @_spi(Fusion) public func jaxSignature(_ operands: [OperandType], x64: Bool = JAXPromotion.isX64Enabled) throws(TensorError) -> CallSignature {
        guard operands.count == arity else {
            throw TensorError(.typeError, "\(jaxName)() takes \(arity) positional arguments but \(operands.count) were given")
        }
        let nodes: [JAXPromotion.Node] = operands.map { operand in
            switch operand {
            case .array(let dtype, let weak, _):
                if weak { return dtype.isFloatingPoint ? .weakFloat : .weakInteger }
                return .dtype(JAXPromotion.canonical(dtype, x64: x64))
            case .scalar(.bool): return .dtype(.bool)
            case .scalar(.float): return .weakFloat
            case .scalar: return .weakInteger
            }
        }
        if self == .power, case .array(let baseType, let baseWeak, let shape) = operands[0], case .scalar(let exponent) = operands[1],
            let count = exponent.integerValue
        {
            var dtype = JAXPromotion.canonical(baseType, x64: x64)
            if dtype == .bool { dtype = x64 ? .int64 : .int32 }
            if count < 0, !dtype.isFloatingPoint {
                let dimensions = shape.map(String.init).joined(separator: ",")
                throw TensorError(
                    .typeError,
                    "Integers cannot be raised to negative powers, got integer_pow(\(dtype.name)[\(dimensions)], \(count))")
            }
            return CallSignature(loop: dtype, output: dtype, isWeak: baseWeak, shape: shape, integerExponent: count)
        }
        let joined = JAXPromotion.resultType(nodes, x64: x64)
        var (loop, output, isWeak) = try jaxTypes(joined.dtype, weak: joined.isWeak, x64: x64)
        // jnp.hypot rescales its operands, and the result loses the weak type.
        if self == .hypot { isWeak = false }
        let shapes = operands.map(\.shape)
        guard let shape = try? Broadcasting.shape(of: shapes) else {
            throw TensorError(
                .typeError,
                "\(jaxName) got incompatible shapes for broadcasting: \(shapes.map(ShapeText.tuple).joined(separator: ", ")).")
        }
        return CallSignature(loop: loop, output: output, isWeak: isWeak, shape: shape, integerExponent: nil)
    }

    /// `x ** n` with a Python integer `n`, which JAX evaluates as `lax.integer_pow`: the base
    /// keeps its dtype (bool becomes the default integer), `n` is used as it is, and integer
    /// bases refuse negative powers.
    private func integerPower(_ base: NDArray, weak: Bool, exponent: Int64, x64: Bool) throws(TensorError) -> JAXResult {
        var dtype = JAXPromotion.canonical(base.dtype, x64: x64)
        if dtype == .bool { dtype = x64 ? .int64 : .int32 }
        let input = try base.astype(dtype)
        let result = try NDArray(dtype: dtype, shape: base.shape, zeroed: false)
        dtype.dispatchNumeric(IntegerPower(input: input, output: result, exponent: exponent))
        return JAXResult(array: result, isWeak: weak)
    }

    /// The loop type, output type and weakness of a JAX call whose operands join at `dtype`.
    private func jaxTypes(_ dtype: DType, weak: Bool, x64: Bool) throws(TensorError) -> (DType, DType, Bool) {
        let defaultInt: DType = x64 ? .int64 : .int32
        let defaultFloat: DType = x64 ? .float64 : .float32
        switch family {
        case .logical:
            return (.bool, .bool, false)
        case .classification:
            return (dtype, .bool, false)
        case .comparison:
            return (dtype, .bool, weak)
        case .bitwise:
            guard dtype == .bool || dtype.isInteger else { throw jaxDTypeError(dtype, accepted: "integer, bool") }
            return (dtype, dtype, weak)
        case .shift:
            guard dtype == .bool || dtype.isInteger else { throw jaxDTypeError(dtype, accepted: "integer") }
            let loop = dtype == .bool ? defaultInt : dtype
            return (loop, loop, weak)
        case .floatingOnly:
            let loop = dtype.isFloatingPoint ? dtype : defaultFloat
            return (loop, loop, weak)
        case .arithmetic:
            if dtype == .bool {
                switch self {
                case .negative, .sign, .subtract:
                    throw jaxDTypeError(dtype, accepted: "integer, floating, complexfloating")
                case .floorDivide, .remainder, .power, .square:
                    return (defaultInt, defaultInt, weak)
                default:
                    break
                }
            }
            return (dtype, dtype, weak)
        }
    }

    /// JAX's `TypeError` for a dtype a lax primitive refuses.
    private func jaxDTypeError(_ dtype: DType, accepted: String) -> TensorError {
        let position = arity == 2 ? " at position 0" : ""
        return TensorError(
            .typeError,
            "\(laxName) does not accept dtype \(dtype.name)\(position). Accepted dtypes\(position) are subtypes of \(accepted).")
    }

    /// The `jax.numpy` name of the function.
    var jaxName: String { self == .trueDivide ? "true_divide" : name }

    /// The lax primitive JAX names in dtype errors.
    private var laxName: String {
        switch self {
        case .negative: "neg"
        case .subtract: "sub"
        case .bitwiseAnd: "and"
        case .bitwiseOr: "or"
        case .bitwiseXor: "xor"
        case .invert: "not"
        case .leftShift: "shift_left"
        case .rightShift: "shift_right_arithmetic"
        default: name
        }
    }
}

/// `lax.integer_pow`: repeated squaring in the array's own type.
struct IntegerPower: NumericVisitor {
    let input: NDArray
    let output: NDArray
    let exponent: Int64

    func visit<T: NumericKernels>(_ type: T.Type) {
        StridedLoop.forEach(shape: input.shape, strides: [input.strides, output.strides], starts: [input.offset, output.offset]) {
            positions in
            let value = input.buffer.base.load(fromByteOffset: positions[0], as: T.self)
            output.buffer.base.storeBytes(of: T.integerPower(value, exponent), toByteOffset: positions[1], as: T.self)
        }
    }
}

extension NumericKernels {
    /// `lax.integer_pow`: repeated squaring in this type; a negative power inverts the result.
    static func integerPower(_ base: Self, _ exponent: Int64) -> Self {
        var factor = base
        var remaining = exponent.magnitude
        var result = cast(from: .signed(1))
        while remaining > 0 {
            if remaining & 1 == 1 { result = multiply(result, factor) }
            factor = multiply(factor, factor)
            remaining >>= 1
        }
        if exponent < 0 { result = cast(from: .floating(1.0 / result.castValue.doubleValue)) }
        return result
    }
}
