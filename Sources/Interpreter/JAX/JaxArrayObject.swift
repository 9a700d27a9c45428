import Fusion
import TensorCore

/// A JAX array (`jax.Array`): immutable, with JAX's promotion and weak types.
final class JaxArrayObject: PyObject, CustomRepresentable, CustomStringRepresentable, SizedCapable, TruthTestable,
    IterableCapable, FloatConvertible, IntConvertible, IndexCapable, CustomFormattable
{
    let array: NDArray
    let isWeak: Bool

    init(_ array: NDArray, weak: Bool = false) {
        self.array = array
        isWeak = weak
    }

    override var typeName: String { "ArrayImpl" }
    override var pythonType: TypeObject { JaxTypes.array }

    func pythonRepr() throws(PythonError) -> String { array.jaxRepr(weakType: isWeak) }
    func pythonString() -> String { array.ndim == 0 ? ScalarText.str((try? array.item()) ?? .bool(false), dtype: array.dtype) : array.str() }

    /// `format(x, spec)`: as JAX formats its NumPy value (a 0-d array as its scalar).
    func pythonFormat(_ spec: String) throws(PythonError) -> String {
        try ArrayObject.format(array, spec, typeName: "numpy.ndarray")
    }

    func length() throws(PythonError) -> Int {
        guard let first = array.shape.first else { throw .typeError("len() of unsized object") }
        return first
    }

    func truthValue() throws(PythonError) -> Bool {
        guard array.size == 1 else {
            throw .valueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
        }
        return try NumPyScalar(try NumPyBridge.run { () throws(TensorError) in try array.reshaped([]) }).truthValue()
    }

    func makeIterator() throws(PythonError) -> IteratorObject {
        guard array.ndim > 0 else { throw .typeError("iteration over a 0-d array") }
        let count = array.shape[0]
        var index = 0
        let (source, weak) = (array, isWeak)
        return IteratorObject { () throws(PythonError) -> Value? in
            guard index < count else { return nil }
            defer { index += 1 }
            return .object(JaxArrayObject(try NumPyBridge.run { () throws(TensorError) in try source.view(at: [.integer(index)]).copy() }, weak: weak))
        }
    }

    func floatValue() throws(PythonError) -> Double { try NumPyScalar(try scalarArray("float")).floatValue() }
    func intValue() throws(PythonError) -> Value { try NumPyScalar(try scalarArray("int")).intValue() }
    func indexValue() throws(PythonError) -> Int { try NumPyScalar(try scalarArray("index")).indexValue() }

    private func scalarArray(_ use: String) throws(PythonError) -> NDArray {
        guard array.size == 1 else { throw .typeError("only length-1 arrays can be converted to Python scalars") }
        return try NumPyBridge.run { () throws(TensorError) in try array.reshaped([]) }
    }
}

/// The types JAX values report.
enum JaxTypes {
    nonisolated(unsafe) static let array = TypeObject("ArrayImpl", base: BuiltinTypes.object, module: "jaxlib._jax")
    nonisolated(unsafe) static let jitted = TypeObject("PjitFunction", base: BuiltinTypes.object, module: "jaxlib._jax")
    nonisolated(unsafe) static let tracerBoolConversionError = TypeObject(
        "TracerBoolConversionError", base: ExceptionTypes.typeError, module: "jax.errors")
    nonisolated(unsafe) static let concretizationTypeError = TypeObject(
        "ConcretizationTypeError", base: ExceptionTypes.typeError, module: "jax.errors")
}

/// A value of the JAX world as an operation takes it.
enum JaxInput {
    case array(NDArray, weak: Bool)
    case scalar(Scalar)
    case tracer(Tracer)

    /// A cell value as JAX sees it: JAX arrays keep their weak flag, Python numbers are
    /// weak, NumPy arrays and lists become arrays of JAX's default types.
    init(_ value: Value) throws(PythonError) {
        switch value {
        case .object(let jax as JaxArrayObject): self = .array(jax.array, weak: jax.isWeak)
        case .object(let tracer as TracerObject): self = .tracer(tracer.tracer)
        default:
            if let scalar = try NumPyBridge.scalar(value) {
                self = .scalar(scalar)
            } else {
                self = .array(try JaxBridge.canonicalArray(value), weak: false)
            }
        }
    }
}

/// Conversions and errors between the cell language and JAX's world.
enum JaxBridge {
    /// A TensorCore error as JAX's exception (JAX's own error types included).
    static func error(_ error: TensorError) -> PythonError {
        switch error.kind {
        case .tracerBoolConversionError: return PythonError(JaxTypes.tracerBoolConversionError, error.message)
        case .concretizationTypeError: return PythonError(JaxTypes.concretizationTypeError, error.message)
        default: return NumPyBridge.error(error)
        }
    }

    static func run<T>(_ body: () throws(TensorError) -> T) throws(PythonError) -> T {
        do throws(TensorError) { return try body() } catch { throw Self.error(error) }
    }

    /// `jnp.asarray(value)`: JAX's default types (float32, int32 with x64 off).
    static func canonicalArray(_ value: Value, dtype: DType? = nil) throws(PythonError) -> NDArray {
        if case .object(let jax as JaxArrayObject) = value {
            guard let dtype, JAXPromotion.canonical(dtype) != jax.array.dtype else { return jax.array }
            return try run { () throws(TensorError) in try jax.array.astype(JAXPromotion.canonical(dtype)) }
        }
        let array = try NumPyBridge.array(value)
        let target = JAXPromotion.canonical(dtype ?? array.dtype)
        guard target != array.dtype else { return array }
        return try run { () throws(TensorError) in try array.astype(target) }
    }

    /// An elementwise function on JAX inputs: traced when any input is a tracer.
    static func apply(_ function: UFunc, _ values: [Value]) throws(PythonError) -> Value {
        let inputs = try values.map { value throws(PythonError) in try JaxInput(value) }
        if let anchor = inputs.lazy.compactMap({ if case .tracer(let t) = $0 { t } else { nil } }).first {
            let operands = inputs.map { input -> TraceOperand in
                switch input {
                case .tracer(let tracer): .tracer(tracer)
                case .scalar(let scalar): .scalar(scalar)
                case .array(let array, _): .tracer(anchor.constant(array))
                }
            }
            return .object(TracerObject(try run { () throws(TensorError) in try Tracer.apply(function, operands) }))
        }
        let operands = inputs.map { input -> JAXOperand in
            switch input {
            case .array(let array, let weak): .array(array, weak: weak)
            case .scalar(let scalar): .scalar(scalar)
            case .tracer: .scalar(.int(0))
            }
        }
        let result = try run { () throws(TensorError) in try function.applyJAX(operands) }
        return .object(JaxArrayObject(result.array, weak: result.isWeak))
    }

    static func wrap(_ array: NDArray, weak: Bool = false) -> Value {
        .object(JaxArrayObject(array, weak: weak))
    }
}
