import TensorCore

/// A value inside a function being traced: it has a type (dtype, shape, weakness) but no
/// data. Operations on tracers record nodes in the trace's graph, as `jax.jit` records a
/// jaxpr; the graph is compiled into a plan when the trace ends.
///
/// ```swift
/// let f = JIT("f") { x, y in try 2 * x * y + 3 * y + 1 }
/// let z = try f(a, b)
/// ```
public struct Tracer: Sendable {
    let context: TraceContext
    let id: NodeID

    /// The traced value's type.
    public var type: ValueType { context.type(of: id) }
    public var dtype: DType { type.dtype }
    public var shape: [Int] { type.shape }
    public var ndim: Int { type.shape.count }
    public var size: Int { type.size }
    public var isWeak: Bool { type.isWeak }

    /// An array known when tracing, used by the traced function (JAX's captured constants).
    public func constant(_ array: NDArray) -> Tracer {
        Tracer(context: context, id: context.constant(array))
    }

    /// Applies an elementwise function with the trace's type rules and messages.
    public static func apply(_ function: UFunc, _ operands: TraceOperand...) throws(TensorError) -> Tracer {
        try apply(function, operands)
    }

    /// `apply` with the operands in an array; at least one must be a tracer.
    public static func apply(_ function: UFunc, _ operands: [TraceOperand]) throws(TensorError) -> Tracer {
        guard let context = operands.lazy.compactMap(\.tracer).first?.context else {
            throw TensorError(.typeError, "\(function.name): at least one operand must be a traced value")
        }
        return Tracer(context: context, id: try context.elementwise(function, operands))
    }

    /// `astype`: the value converted to `dtype` (`convert_element_type`).
    public func astype(_ dtype: DType) -> Tracer {
        Tracer(context: context, id: context.convert(id, to: dtype))
    }

    /// `broadcast_to`: the value stretched to `shape`.
    public func broadcast(to shape: [Int]) throws(TensorError) -> Tracer {
        Tracer(context: context, id: try context.broadcast(id, to: shape))
    }

    /// `bool(x)` on a traced value: there is no value to test while tracing, so this always
    /// throws JAX's `TracerBoolConversionError`. Python-level `if`, `while`, `and`, `or`
    /// and `not` on a traced value end here.
    public func truthValue() throws(TensorError) -> Bool {
        throw TensorError(
            .tracerBoolConversionError,
            "Attempted boolean conversion of traced array with shape \(type.dtype.name)[\(type.shape.map(String.init).joined(separator: ","))].\n"
                + context.tracingSentence(for: id) + "\n"
                + "See https://docs.jax.dev/en/latest/errors.html#jax.errors.TracerBoolConversionError")
    }

    /// `float(x)`, `int(x)` or `x.item()` on a traced value: JAX's `ConcretizationTypeError`.
    /// `use` names the Python function (`float`, `int`).
    public func concreteValue(for use: String = "float") throws(TensorError) -> Scalar {
        throw TensorError(
            .concretizationTypeError,
            "Abstract tracer value encountered where concrete value is expected: traced array with shape "
                + "\(type.dtype.name)[\(type.shape.map(String.init).joined(separator: ","))]\n"
                + "The problem arose with the `\(use)` function. If trying to convert the data type of a value, "
                + "try using `x.astype(\(use))` or `jnp.array(x, \(use))` instead.\n"
                + context.tracingSentence(for: id) + "\n\n"
                + "See https://docs.jax.dev/en/latest/errors.html#jax.errors.ConcretizationTypeError")
    }
}

/// An operand of a traced elementwise call: a traced value or a Python scalar.
public enum TraceOperand: Sendable {
    case tracer(Tracer)
    case scalar(Scalar)

    var tracer: Tracer? {
        if case .tracer(let tracer) = self { return tracer }
        return nil
    }
}
