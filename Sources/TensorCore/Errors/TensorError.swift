/// An error with NumPy's exception type and its exact message, such as
/// `ValueError: operands could not be broadcast together with shapes (5,9) (5,) `.
public struct TensorError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The Python exception NumPy raises for this error.
    public enum Kind: String, Hashable, Sendable {
        case valueError = "ValueError"
        case indexError = "IndexError"
        case typeError = "TypeError"
        case overflowError = "OverflowError"
        case memoryError = "MemoryError"
        case zeroDivisionError = "ZeroDivisionError"
        /// `numpy._core._exceptions._UFuncNoLoopError` and friends, subclasses of `TypeError`.
        case ufuncTypeError = "UFuncTypeError"
        /// `numpy.exceptions.AxisError`, a subclass of both `ValueError` and `IndexError`.
        case axisError = "AxisError"
        /// `jax.errors.TracerBoolConversionError`: a traced value used as a Python bool.
        case tracerBoolConversionError = "TracerBoolConversionError"
        /// `jax.errors.ConcretizationTypeError`: a traced value used where a concrete one is needed.
        case concretizationTypeError = "ConcretizationTypeError"
    }

    public var kind: Kind
    /// NumPy's message, byte for byte.
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// `Kind: message`, as Python prints the last line of a traceback.
    public var description: String { "\(kind.rawValue): \(message)" }

    /// `axis 2 is out of bounds for array of dimension 2`, with NumPy's optional prefix (`destination: `).
    static func axis(_ axis: Int, ndim: Int, prefix: String? = nil) -> TensorError {
        TensorError(.axisError, (prefix.map { "\($0): " } ?? "") + "axis \(axis) is out of bounds for array of dimension \(ndim)")
    }
}

/// Normalises a possibly negative axis against `ndim`, or throws NumPy's `AxisError`.
func normalizedAxis(_ axis: Int, ndim: Int, prefix: String? = nil) throws(TensorError) -> Int {
    guard axis >= -ndim, axis < ndim else { throw .axis(axis, ndim: ndim, prefix: prefix) }
    return axis < 0 ? axis + ndim : axis
}
