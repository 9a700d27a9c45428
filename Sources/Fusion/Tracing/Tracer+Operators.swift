import TensorCore

/// Python's arithmetic operators on traced values. A literal on the other side is a Python
/// scalar (`2` an int, `2.0` a float), typed weakly as in JAX: `2 * x` keeps `x`'s dtype.
extension Tracer {
    public static func + (a: Tracer, b: Tracer) throws(TensorError) -> Tracer { try apply(.add, .tracer(a), .tracer(b)) }
    public static func + (a: Tracer, b: Scalar) throws(TensorError) -> Tracer { try apply(.add, .tracer(a), .scalar(b)) }
    public static func + (a: Scalar, b: Tracer) throws(TensorError) -> Tracer { try apply(.add, .scalar(a), .tracer(b)) }

    public static func - (a: Tracer, b: Tracer) throws(TensorError) -> Tracer { try apply(.subtract, .tracer(a), .tracer(b)) }
    public static func - (a: Tracer, b: Scalar) throws(TensorError) -> Tracer { try apply(.subtract, .tracer(a), .scalar(b)) }
    public static func - (a: Scalar, b: Tracer) throws(TensorError) -> Tracer { try apply(.subtract, .scalar(a), .tracer(b)) }

    public static func * (a: Tracer, b: Tracer) throws(TensorError) -> Tracer { try apply(.multiply, .tracer(a), .tracer(b)) }
    public static func * (a: Tracer, b: Scalar) throws(TensorError) -> Tracer { try apply(.multiply, .tracer(a), .scalar(b)) }
    public static func * (a: Scalar, b: Tracer) throws(TensorError) -> Tracer { try apply(.multiply, .scalar(a), .tracer(b)) }

    public static func / (a: Tracer, b: Tracer) throws(TensorError) -> Tracer { try apply(.trueDivide, .tracer(a), .tracer(b)) }
    public static func / (a: Tracer, b: Scalar) throws(TensorError) -> Tracer { try apply(.trueDivide, .tracer(a), .scalar(b)) }
    public static func / (a: Scalar, b: Tracer) throws(TensorError) -> Tracer { try apply(.trueDivide, .scalar(a), .tracer(b)) }

    public static prefix func - (a: Tracer) throws(TensorError) -> Tracer { try apply(.negative, .tracer(a)) }

    /// `x ** n`: JAX computes a Python integer power as `lax.integer_pow`.
    public func power(_ exponent: Int) throws(TensorError) -> Tracer {
        try Self.apply(.power, .tracer(self), .scalar(.int(Int64(exponent))))
    }
}
