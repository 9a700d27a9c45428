#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The arithmetic of one loop type, as NumPy's C loops compute it: integers wrap,
/// floats follow IEEE 754, float16 is computed in float32 and rounded back.
protocol NumericKernels: ArrayElement {
    static func add(_ a: Self, _ b: Self) -> Self
    static func subtract(_ a: Self, _ b: Self) -> Self
    static func multiply(_ a: Self, _ b: Self) -> Self
    static func floorDivide(_ a: Self, _ b: Self) -> Self
    static func remainder(_ a: Self, _ b: Self) -> Self
    /// Floor division as XLA computes it for JAX (integers divided by zero differ from NumPy).
    static func jaxFloorDivide(_ a: Self, _ b: Self) -> Self
    /// Python's modulo as XLA computes it for JAX.
    static func jaxRemainder(_ a: Self, _ b: Self) -> Self
    /// `accumulator +` the sum of `count` elements read from `base`, `byteStride` apart, as
    /// NumPy's add loop sums a reduction run (pairwise), or nil for types whose sums do not
    /// depend on the order.
    static func pairwiseAdd(_ accumulator: Self, _ base: UnsafeRawPointer, byteStride: Int, count: Int) -> Self?
    /// `accumulator · Π element(i)` for a reduction run, when the type multiplies a run in a
    /// wider type (float16, in float32 as NumPy does), or nil.
    static func widenedProduct(_ accumulator: Self, count: Int, _ element: (Int) -> Self) -> Self?
    static func power(_ a: Self, _ b: Self) -> Self
    static func maximum(_ a: Self, _ b: Self) -> Self
    static func minimum(_ a: Self, _ b: Self) -> Self
    static func fmax(_ a: Self, _ b: Self) -> Self
    static func fmin(_ a: Self, _ b: Self) -> Self
    static func negative(_ a: Self) -> Self
    static func absolute(_ a: Self) -> Self
    static func sign(_ a: Self) -> Self
    static func isLess(_ a: Self, _ b: Self) -> Bool
    static func isEqual(_ a: Self, _ b: Self) -> Bool
    var isTruthy: Bool { get }
    var isNaNValue: Bool { get }
    var isInfiniteValue: Bool { get }
}

extension NumericKernels {
    static func jaxFloorDivide(_ a: Self, _ b: Self) -> Self { floorDivide(a, b) }
    static func jaxRemainder(_ a: Self, _ b: Self) -> Self { remainder(a, b) }
    static func pairwiseAdd(_ accumulator: Self, _ base: UnsafeRawPointer, byteStride: Int, count: Int) -> Self? { nil }
    static func widenedProduct(_ accumulator: Self, count: Int, _ element: (Int) -> Self) -> Self? { nil }
}

extension Bool: NumericKernels {
    static func add(_ a: Bool, _ b: Bool) -> Bool { a || b }
    static func subtract(_ a: Bool, _ b: Bool) -> Bool { a != b }
    static func multiply(_ a: Bool, _ b: Bool) -> Bool { a && b }
    static func floorDivide(_ a: Bool, _ b: Bool) -> Bool { a }
    static func remainder(_ a: Bool, _ b: Bool) -> Bool { false }
    static func power(_ a: Bool, _ b: Bool) -> Bool { a || !b }
    static func maximum(_ a: Bool, _ b: Bool) -> Bool { a || b }
    static func minimum(_ a: Bool, _ b: Bool) -> Bool { a && b }
    static func fmax(_ a: Bool, _ b: Bool) -> Bool { a || b }
    static func fmin(_ a: Bool, _ b: Bool) -> Bool { a && b }
    static func negative(_ a: Bool) -> Bool { a }
    static func absolute(_ a: Bool) -> Bool { a }
    static func sign(_ a: Bool) -> Bool { a }
    static func isLess(_ a: Bool, _ b: Bool) -> Bool { !a && b }
    static func isEqual(_ a: Bool, _ b: Bool) -> Bool { a == b }
    var isTruthy: Bool { self }
    var isNaNValue: Bool { false }
    var isInfiniteValue: Bool { false }
}

/// Integer loops. Division and remainder by zero give 0 and NumPy's divide-by-zero
/// warning; the most negative value divided by -1 overflows, with NumPy's warning.
protocol IntegerKernels: NumericKernels, IntegerArrayElement {}

extension IntegerKernels {
    static func add(_ a: Self, _ b: Self) -> Self { a &+ b }
    static func subtract(_ a: Self, _ b: Self) -> Self { a &- b }
    static func multiply(_ a: Self, _ b: Self) -> Self { a &* b }

    static func floorDivide(_ a: Self, _ b: Self) -> Self {
        if b == 0 {
            FloatingPointStatus.raise(.divideByZero)
            return 0
        }
        if Self.isSigned, a == Self.min, b == -1 as Int8 {
            FloatingPointStatus.raise(.overflow)
            return Self.min
        }
        let quotient = a / b
        return (a % b != 0) && ((a < 0) != (b < 0)) ? quotient &- 1 : quotient
    }

    static func remainder(_ a: Self, _ b: Self) -> Self {
        if b == 0 {
            FloatingPointStatus.raise(.divideByZero)
            return 0
        }
        if Self.isSigned, b == -1 as Int8 { return 0 }
        let rest = a % b
        return rest != 0 && ((rest < 0) != (b < 0)) ? rest &+ b : rest
    }

    /// XLA: a signed integer divided by zero is -1 for 0 and -2 otherwise after JAX's floor
    /// correction; an unsigned one gives all ones. The most negative value over -1 stays.
    static func jaxFloorDivide(_ a: Self, _ b: Self) -> Self {
        if b == 0 { return Self.isSigned ? (a == 0 ? 0 &- 1 : 0 &- 2) : Self.max }
        if Self.isSigned, a == Self.min, b == -1 as Int8 { return Self.min }
        return floorDivide(a, b)
    }

    /// XLA: the remainder of a division by zero is 0.
    static func jaxRemainder(_ a: Self, _ b: Self) -> Self {
        b == 0 ? 0 : remainder(a, b)
    }

    static func power(_ base: Self, _ exponent: Self) -> Self {
        var result: Self = 1
        var factor = base
        var remaining = exponent
        while remaining > 0 {
            if remaining & 1 == 1 { result = result &* factor }
            factor = factor &* factor
            remaining >>= 1
        }
        return result
    }

    static func maximum(_ a: Self, _ b: Self) -> Self { a > b ? a : b }
    static func minimum(_ a: Self, _ b: Self) -> Self { a < b ? a : b }
    static func fmax(_ a: Self, _ b: Self) -> Self { a > b ? a : b }
    static func fmin(_ a: Self, _ b: Self) -> Self { a < b ? a : b }
    static func negative(_ a: Self) -> Self { 0 &- a }
    static func absolute(_ a: Self) -> Self { a < 0 ? 0 &- a : a }
    static func sign(_ a: Self) -> Self { a > 0 ? 1 : (a < 0 ? 0 &- 1 : 0) }
    static func isLess(_ a: Self, _ b: Self) -> Bool { a < b }
    static func isEqual(_ a: Self, _ b: Self) -> Bool { a == b }
    var isTruthy: Bool { self != 0 }
    var isNaNValue: Bool { false }
    var isInfiniteValue: Bool { false }
}

extension Int8: IntegerKernels {}
extension Int16: IntegerKernels {}
extension Int32: IntegerKernels {}
extension Int64: IntegerKernels {}
extension UInt8: IntegerKernels {}
extension UInt16: IntegerKernels {}
extension UInt32: IntegerKernels {}
extension UInt64: IntegerKernels {}

/// Floating-point loops: IEEE arithmetic, Python's floor division and modulo conventions,
/// NaN-propagating `maximum`/`minimum` and NaN-ignoring `fmax`/`fmin`.
protocol FloatingKernels: NumericKernels, FloatingArrayElement {
    /// The value in the type NumPy computes this type's functions in (float32 for float16).
    var computed: Double { get }
    init(computedResult: Double)
}

extension FloatingKernels {
    static func add(_ a: Self, _ b: Self) -> Self { a + b }
    static func subtract(_ a: Self, _ b: Self) -> Self { a - b }
    static func multiply(_ a: Self, _ b: Self) -> Self { a * b }

    /// Python's `a // b`: the floor of the quotient, computed from `fmod` as NumPy does. By
    /// zero it is the plain division, whose own flags decide the warnings (none for NaN or
    /// infinity, divide-by-zero for a finite number, invalid for zero).
    static func floorDivide(_ a: Self, _ b: Self) -> Self {
        if b == 0 { return a / b }
        return divmod(a, b).quotient
    }

    /// Python's `a % b`: the sign follows the divisor.
    static func remainder(_ a: Self, _ b: Self) -> Self {
        if b == 0 { return Self(computedResult: FloatMath.x86NaN(Glibc.fmod(a.computed, b.computed), a.computed, b.computed)) }
        return divmod(a, b).remainder
    }

    private static func divmod(_ a: Self, _ b: Self) -> (quotient: Self, remainder: Self) {
        var rest = Self(computedResult: Glibc.fmod(a.computed, b.computed))
        var quotient = (a - rest) / b
        if rest != 0 {
            if (b < 0) != (rest < 0) {
                rest += b
                quotient -= 1
            }
        } else {
            rest = Self(signOf: b, magnitudeOf: 0)
        }
        var floored: Self
        if quotient != 0 {
            floored = quotient.rounded(.down)
            if quotient - floored > 0.5 { floored += 1 }
        } else {
            floored = Self(signOf: a / b, magnitudeOf: 0)
        }
        return (floored, rest)
    }

    static func power(_ a: Self, _ b: Self) -> Self {
        Self(computedResult: FloatMath.x86NaN(pow(a.computed, b.computed), a.computed, b.computed))
    }
    // Ties (such as -0.0 and 0.0) give the second operand, as the x86 max and min
    // instructions in NumPy's float32 and float64 loops do.
    static func maximum(_ a: Self, _ b: Self) -> Self { (a > b || a.isNaN) ? a : b }
    static func minimum(_ a: Self, _ b: Self) -> Self { (a < b || a.isNaN) ? a : b }
    static func fmax(_ a: Self, _ b: Self) -> Self { (a > b || b.isNaN) ? a : b }
    static func fmin(_ a: Self, _ b: Self) -> Self { (a < b || b.isNaN) ? a : b }
    static func negative(_ a: Self) -> Self { -a }
    static func absolute(_ a: Self) -> Self { Swift.abs(a) }
    static func sign(_ a: Self) -> Self { a > 0 ? 1 : (a < 0 ? -1 : (a == 0 ? 0 : a)) }
    static func isLess(_ a: Self, _ b: Self) -> Bool { a < b }
    static func isEqual(_ a: Self, _ b: Self) -> Bool { a == b }
    var isTruthy: Bool { self != 0 }
    var isNaNValue: Bool { isNaN }
    var isInfiniteValue: Bool { isInfinite }
}

extension Float16: FloatingKernels {
    var computed: Double { Double(Float(self)) }
    init(computedResult: Double) { self = Float16(Float(computedResult)) }

    /// float16 products of a run are taken in float32 and rounded once, as NumPy's half loops do.
    static func widenedProduct(_ accumulator: Float16, count: Int, _ element: (Int) -> Float16) -> Float16? {
        var product = Float(accumulator)
        for i in 0..<count { product *= Float(element(i)) }
        return Float16(product)
    }

    /// float16 sums run in float32 and round once, as NumPy's half loops do.
    static func pairwiseAdd(_ accumulator: Float16, _ base: UnsafeRawPointer, byteStride: Int, count: Int) -> Float16? {
        Float16(Float(accumulator) + PairwiseSum.sumSplittingTree(base, byteStride: byteStride, count: count, of: Float16.self, in: Float.self))
    }

    // NumPy's float16 loops are plain C, where ties (-0.0 and 0.0) keep the first operand.
    static func maximum(_ a: Float16, _ b: Float16) -> Float16 { (a >= b || a.isNaN) ? a : b }
    static func minimum(_ a: Float16, _ b: Float16) -> Float16 { (a <= b || a.isNaN) ? a : b }
    static func fmax(_ a: Float16, _ b: Float16) -> Float16 { (a >= b || b.isNaN) ? a : b }
    static func fmin(_ a: Float16, _ b: Float16) -> Float16 { (a <= b || b.isNaN) ? a : b }

    // Floor division and remainder are computed in float32 and rounded once, as NumPy does.
    static func floorDivide(_ a: Float16, _ b: Float16) -> Float16 { Float16(Float.floorDivide(Float(a), Float(b))) }
    static func remainder(_ a: Float16, _ b: Float16) -> Float16 { Float16(Float.remainder(Float(a), Float(b))) }
}

extension Float: FloatingKernels {
    var computed: Double { Double(self) }
    init(computedResult: Double) { self = Float(computedResult) }
    static func pairwiseAdd(_ accumulator: Float, _ base: UnsafeRawPointer, byteStride: Int, count: Int) -> Float? {
        accumulator + PairwiseSum.sumSplittingTree(base, byteStride: byteStride, count: count, of: Float.self, in: Float.self)
    }
}

extension Double: FloatingKernels {
    var computed: Double { self }
    init(computedResult: Double) { self = computedResult }
    static func pairwiseAdd(_ accumulator: Double, _ base: UnsafeRawPointer, byteStride: Int, count: Int) -> Double? {
        accumulator + PairwiseSum.sumSplittingTree(base, byteStride: byteStride, count: count, of: Double.self, in: Double.self)
    }
}

/// Work written once for every element type with its arithmetic (`NumericKernels`).
protocol NumericVisitor {
    func visit<T: NumericKernels>(_ type: T.Type)
}

extension DType {
    /// Runs `visitor` with this dtype's Swift type and its arithmetic.
    func dispatchNumeric<V: NumericVisitor>(_ visitor: V) {
        switch self {
        case .bool: visitor.visit(Bool.self)
        case .int8: visitor.visit(Int8.self)
        case .int16: visitor.visit(Int16.self)
        case .int32: visitor.visit(Int32.self)
        case .int64: visitor.visit(Int64.self)
        case .uint8: visitor.visit(UInt8.self)
        case .uint16: visitor.visit(UInt16.self)
        case .uint32: visitor.visit(UInt32.self)
        case .uint64: visitor.visit(UInt64.self)
        case .float16: visitor.visit(Float16.self)
        case .float32: visitor.visit(Float.self)
        case .float64: visitor.visit(Double.self)
        }
    }
}
