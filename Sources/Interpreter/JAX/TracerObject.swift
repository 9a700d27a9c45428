import Fusion
import TensorCore

/// A traced value inside `jax.jit`: operations on it record graph nodes instead of
/// computing, and Python control flow on it raises JAX's errors.
final class TracerObject: PyObject, CustomRepresentable, TruthTestable, JaxOperand, AttributeCapable, FloatConvertible,
    IntConvertible, IndexCapable
{
    let tracer: Tracer
    init(_ tracer: Tracer) { self.tracer = tracer }

    override var typeName: String { "DynamicJaxprTracer" }

    func pythonRepr() throws(PythonError) -> String {
        "Traced<ShapedArray(\(tracer.dtype.name)[\(tracer.shape.map(String.init).joined(separator: ","))]\(tracer.isWeak ? ", weak_type=True" : ""))>with<DynamicJaxprTrace>"
    }

    func truthValue() throws(PythonError) -> Bool { try JaxBridge.run { () throws(TensorError) in try tracer.truthValue() } }

    func floatValue() throws(PythonError) -> Double {
        try JaxBridge.run { () throws(TensorError) in try tracer.concreteValue(for: "float") }.doubleValue
    }

    func intValue() throws(PythonError) -> Value {
        .int(Int(try JaxBridge.run { () throws(TensorError) in try tracer.concreteValue(for: "int") }.doubleValue))
    }

    func indexValue() throws(PythonError) -> Int {
        Int(try JaxBridge.run { () throws(TensorError) in try tracer.concreteValue(for: "int") }.doubleValue)
    }

    func attribute(_ name: String, runtime: Runtime) throws(PythonError) -> Value? {
        switch name {
        case "shape": return .tuple(tracer.shape.map(Value.int))
        case "ndim": return .int(tracer.ndim)
        case "size": return .int(tracer.size)
        case "dtype": return .object(DTypeObject(tracer.dtype))
        case "astype":
            let tracer = self.tracer
            return .object(BuiltinFunction(name) { arguments throws(PythonError) in
                try arguments.expectCount(1...1, "astype")
                guard let dtype = try NumPyBridge.dtype(arguments.positional[0]) else { throw .typeError("astype() needs a dtype") }
                return .object(TracerObject(tracer.astype(JAXPromotion.canonical(dtype))))
            })
        default: break
        }
        guard JaxReductions.names.contains(name) else { return nil }
        let receiver = Value.object(self)
        return .object(BuiltinFunction(name) { arguments throws(PythonError) in
            try JaxReductions.reduce(name, receiver, arguments)
        })
    }

    func setAttribute(_ name: String, _ value: Value) throws(PythonError) -> Bool { false }
}

/// A JAX value (array or tracer) whose operators are JAX's.
protocol JaxOperand: PyObject, OperatorCapable {}

extension JaxOperand {
    func binary(_ operation: BinaryOperator, _ other: Value, reflected: Bool) throws(PythonError) -> Value? {
        try JaxOperators.binary(.object(self), operation, other, reflected: reflected)
    }

    func unary(_ operation: UnaryOperator) throws(PythonError) -> Value? {
        try JaxOperators.unary(.object(self), operation)
    }

    func compare(_ operation: ComparisonOperator, _ other: Value, reflected: Bool) throws(PythonError) -> Value? {
        try JaxOperators.compare(.object(self), operation, other, reflected: reflected)
    }
}

/// JAX's operators: the same ufuncs as NumPy's, under JAX's rules, traced inside `jit`.
enum JaxOperators {
    static func accepts(_ other: Value) -> Bool {
        switch other {
        case .bool, .int, .float, .bigInt, .tuple: true
        case .object(let object):
            object is JaxArrayObject || object is TracerObject || object is ArrayObject || object is NumPyScalar || object is ListObject
        default: false
        }
    }

    static func binary(_ mine: Value, _ operation: BinaryOperator, _ other: Value, reflected: Bool) throws(PythonError) -> Value? {
        guard accepts(other) else { return nil }
        let operands = reflected ? [other, mine] : [mine, other]
        if operation == .matrixMultiply {
            let a = try JaxBridge.canonicalArray(operands[0])
            let b = try JaxBridge.canonicalArray(operands[1])
            return JaxBridge.wrap(try JaxBridge.run { () throws(TensorError) in try NDArray.matmul(a, b) })
        }
        // `x ** 2` with a Python int exponent is JAX's integer_pow.
        if operation == .power, !reflected, case .object(let tracer as TracerObject) = mine, case .int(let exponent) = other {
            return .object(TracerObject(try JaxBridge.run { () throws(TensorError) in try tracer.tracer.power(exponent) }))
        }
        guard let function = ArrayOperators.ufunc(operation) else { return nil }
        return try JaxBridge.apply(function, operands)
    }

    static func unary(_ mine: Value, _ operation: UnaryOperator) throws(PythonError) -> Value? {
        switch operation {
        case .minus: return try JaxBridge.apply(.negative, [mine])
        case .plus: return try JaxBridge.apply(.positive, [mine])
        case .invert: return try JaxBridge.apply(.invert, [mine])
        case .not: return nil
        }
    }

    static func compare(_ mine: Value, _ operation: ComparisonOperator, _ other: Value, reflected: Bool) throws(PythonError) -> Value? {
        guard let function = ArrayOperators.ufunc(operation), accepts(other) else { return nil }
        return try JaxBridge.apply(function, reflected ? [other, mine] : [mine, other])
    }
}

/// JAX's reductions, eager or traced.
enum JaxReductions {
    static let names: Set<String> = ["sum", "prod", "max", "min", "mean"]

    static func reduce(_ name: String, _ value: Value, _ arguments: Arguments) throws(PythonError) -> Value {
        try arguments.allowOnly(["axis", "keepdims", "dtype"], function: name)
        let axes = try NumPyBridge.axes(arguments.positional.first ?? arguments.keyword("axis"))
        let keepdims = try arguments.keyword("keepdims")?.isTruthy() ?? false
        if case .object(let object as TracerObject) = value {
            let tracer = object.tracer
            let result = try JaxBridge.run { () throws(TensorError) -> Tracer in
                switch name {
                case "sum": return try tracer.sum(axes: axes, keepdims: keepdims)
                case "prod": return try tracer.prod(axes: axes, keepdims: keepdims)
                case "max": return try tracer.max(axes: axes, keepdims: keepdims)
                case "min": return try tracer.min(axes: axes, keepdims: keepdims)
                default:
                    let count = (axes ?? Array(0..<tracer.ndim)).reduce(1) { $0 * tracer.shape[$1 < 0 ? $1 + tracer.ndim : $1] }
                    let total = try tracer.astype(tracer.dtype.kind == .floating ? tracer.dtype : JAXPromotion.canonical(.float64)).sum(axes: axes, keepdims: keepdims)
                    return try total / Scalar.float(Double(count))
                }
            }
            return .object(TracerObject(result))
        }
        let array = try JaxBridge.canonicalArray(value)
        let result = try JaxBridge.run { () throws(TensorError) -> NDArray in
            let computed: NDArray
            switch name {
            case "sum": computed = try array.sum(axis: axes, keepdims: keepdims)
            case "prod": computed = try array.prod(axis: axes, keepdims: keepdims)
            case "max": computed = try array.max(axis: axes, keepdims: keepdims)
            case "min": computed = try array.min(axis: axes, keepdims: keepdims)
            default:
                let floating = array.dtype.kind == .floating ? array : try array.astype(JAXPromotion.canonical(.float64))
                computed = try floating.mean(axis: axes, keepdims: keepdims)
            }
            let target = JAXPromotion.canonical(computed.dtype)
            return target == computed.dtype ? computed : try computed.astype(target)
        }
        return JaxBridge.wrap(result)
    }
}

extension Scalar {
    var doubleValue: Double {
        switch self {
        case .bool(let flag): flag ? 1 : 0
        case .int(let value): Double(value)
        case .uint(let value): Double(value)
        case .float(let value): value
        }
    }
}
