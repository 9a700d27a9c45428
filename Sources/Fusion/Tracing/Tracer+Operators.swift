import TensorCore

/// Python's arithmetic operators on traced values, with Python numbers on either side.
extension Tracer {
    public static func + (a: Tracer, b: Tracer) throws(TensorError) -> Tracer { try apply(.add, .tracer(a), .tracer(b)) }
    public static func + (a: Tracer, b: Double) throws(TensorError) -> Tracer { try apply(.add, .tracer(a), .scalar(.float(b))) }
    public static func + (a: Double, b: Tracer) throws(TensorError) -> Tracer { try apply(.add, .scalar(.float(a)), .tracer(b)) }
    public static func + (a: Tracer, b: Int) throws(TensorError) -> Tracer { try apply(.add, .tracer(a), .scalar(.int(Int64(b)))) }
    public static func + (a: Int, b: Tracer) throws(TensorError) -> Tracer { try apply(.add, .scalar(.int(Int64(a))), .tracer(b)) }

    public static func - (a: Tracer, b: Tracer) throws(TensorError) -> Tracer { try apply(.subtract, .tracer(a), .tracer(b)) }
    public static func - (a: Tracer, b: Double) throws(TensorError) -> Tracer { try apply(.subtract, .tracer(a), .scalar(.float(b))) }
    public static func - (a: Double, b: Tracer) throws(TensorError) -> Tracer { try apply(.subtract, .scalar(.float(a)), .tracer(b)) }
    public static func - (a: Tracer, b: Int) throws(TensorError) -> Tracer { try apply(.subtract, .tracer(a), .scalar(.int(Int64(b)))) }
    public static func - (a: Int, b: Tracer) throws(TensorError) -> Tracer { try apply(.subtract, .scalar(.int(Int64(a))), .tracer(b)) }

    public static func * (a: Tracer, b: Tracer) throws(TensorError) -> Tracer { try apply(.multiply, .tracer(a), .tracer(b)) }
    public static func * (a: Tracer, b: Double) throws(TensorError) -> Tracer { try apply(.multiply, .tracer(a), .scalar(.float(b))) }
    public static func * (a: Double, b: Tracer) throws(TensorError) -> Tracer { try apply(.multiply, .scalar(.float(a)), .tracer(b)) }
    public static func * (a: Tracer, b: Int) throws(TensorError) -> Tracer { try apply(.multiply, .tracer(a), .scalar(.int(Int64(b)))) }
    public static func * (a: Int, b: Tracer) throws(TensorError) -> Tracer { try apply(.multiply, .scalar(.int(Int64(a))), .tracer(b)) }

    public static func / (a: Tracer, b: Tracer) throws(TensorError) -> Tracer { try apply(.trueDivide, .tracer(a), .tracer(b)) }
    public static func / (a: Tracer, b: Double) throws(TensorError) -> Tracer { try apply(.trueDivide, .tracer(a), .scalar(.float(b))) }
    public static func / (a: Double, b: Tracer) throws(TensorError) -> Tracer { try apply(.trueDivide, .scalar(.float(a)), .tracer(b)) }
    public static func / (a: Tracer, b: Int) throws(TensorError) -> Tracer { try apply(.trueDivide, .tracer(a), .scalar(.int(Int64(b)))) }
    public static func / (a: Int, b: Tracer) throws(TensorError) -> Tracer { try apply(.trueDivide, .scalar(.int(Int64(a))), .tracer(b)) }

    public static prefix func - (a: Tracer) throws(TensorError) -> Tracer { try apply(.negative, .tracer(a)) }

    /// `x ** n`: JAX computes a Python integer power as `lax.integer_pow`.
    public func power(_ exponent: Int) throws(TensorError) -> Tracer {
        try Self.apply(.power, .tracer(self), .scalar(.int(Int64(exponent))))
    }
}
