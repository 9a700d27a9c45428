/// A Swift type that stores the elements of one dtype: `Bool`, the fixed-width
/// integers, `Float16`, `Float` and `Double`.
public protocol ArrayElement: Sendable {
    static var dtype: DType { get }
    /// The value, exactly, in the widest type of its kind.
    var castValue: CastValue { get }
    /// `value` converted as NumPy's casts do (C conversions: integers wrap, floats
    /// truncate toward zero, out-of-range floats give what x86-64 gives).
    static func cast(from value: CastValue) -> Self
}

/// An element's exact value, widened to the largest type of its kind; the hub through
/// which every cast between two dtypes goes.
public enum CastValue: Hashable, Sendable {
    case bool(Bool)
    case signed(Int64)
    case unsigned(UInt64)
    /// Every float16, float32 and float64 value is exactly a `Double`.
    case floating(Double)
}

extension Bool: ArrayElement {
    public static var dtype: DType { .bool }
    public var castValue: CastValue { .bool(self) }
    public static func cast(from value: CastValue) -> Bool {
        switch value {
        case .bool(let b): b
        case .signed(let v): v != 0
        case .unsigned(let v): v != 0
        case .floating(let d): d != 0
        }
    }
}

/// Integer element types: casts wrap (two's complement), and floats convert as C does on x86-64.
public protocol IntegerArrayElement: ArrayElement, FixedWidthInteger {}

extension IntegerArrayElement {
    public static func cast(from value: CastValue) -> Self {
        switch value {
        case .bool(let b): b ? 1 : 0
        case .signed(let v): Self(truncatingIfNeeded: v)
        case .unsigned(let v): Self(truncatingIfNeeded: v)
        case .floating(let d): Self(truncatingIfNeeded: FloatToInteger.convert(d, bits: bitWidth, signed: isSigned))
        }
    }
}

extension IntegerArrayElement where Self: SignedInteger {
    public var castValue: CastValue { .signed(Int64(self)) }
}

extension IntegerArrayElement where Self: UnsignedInteger {
    public var castValue: CastValue { .unsigned(UInt64(self)) }
}

extension Int8: IntegerArrayElement { public static var dtype: DType { .int8 } }
extension Int16: IntegerArrayElement { public static var dtype: DType { .int16 } }
extension Int32: IntegerArrayElement { public static var dtype: DType { .int32 } }
extension Int64: IntegerArrayElement { public static var dtype: DType { .int64 } }
extension UInt8: IntegerArrayElement { public static var dtype: DType { .uint8 } }
extension UInt16: IntegerArrayElement { public static var dtype: DType { .uint16 } }
extension UInt32: IntegerArrayElement { public static var dtype: DType { .uint32 } }
extension UInt64: IntegerArrayElement { public static var dtype: DType { .uint64 } }

/// Floating-point element types: casts round to nearest, ties to even.
public protocol FloatingArrayElement: ArrayElement, BinaryFloatingPoint {}

extension FloatingArrayElement {
    public var castValue: CastValue { .floating(Double(self)) }

    /// A finite value too large for the type becomes infinite and raises the overflow
    /// flag (which NumPy reports as "overflow encountered in cast"); float16 conversions
    /// are done in software and would not raise it themselves.
    public static func cast(from value: CastValue) -> Self {
        let result: Self
        switch value {
        case .bool(let b): return b ? 1 : 0
        case .signed(let v): result = Self(v)
        case .unsigned(let v): result = Self(v)
        case .floating(let d):
            result = Self(d)
            if !d.isFinite { return result }
        }
        if result.isInfinite { FloatingPointStatus.raise(.overflow) }
        return result
    }
}

extension Float16: FloatingArrayElement { public static var dtype: DType { .float16 } }
extension Float: FloatingArrayElement { public static var dtype: DType { .float32 } }
extension Double: FloatingArrayElement { public static var dtype: DType { .float64 } }

/// Float-to-integer conversion as compiled C code does it on x86-64, which is what
/// NumPy's casts produce: truncation toward zero, and for NaN, infinities and values
/// out of range, the "integer indefinite" result of `cvttsd2si`.
enum FloatToInteger {
    /// The result as 64 bits, to be truncated to `bits`.
    static func convert(_ value: Double, bits: Int, signed: Bool) -> Int64 {
        switch (bits, signed) {
        case (64, true):
            return cvtt64(value)
        case (64, false):
            // Values from 2^63 up convert after subtracting 2^63, then get the top bit back.
            let top = 9223372036854775808.0
            return value >= top ? cvtt64(value - top) ^ Int64.min : cvtt64(value)
        case (32, false):
            let top = 2147483648.0
            let low = value >= top ? UInt32(bitPattern: cvtt32(value - top)) ^ 0x8000_0000 : UInt32(bitPattern: cvtt32(value))
            return Int64(low)
        default:
            // 8-, 16- and 32-bit signed, 8- and 16-bit unsigned: a 32-bit conversion, then truncation.
            return Int64(cvtt32(value))
        }
    }

    /// Float → uint32 as NumPy's scalar loops do it: a 64-bit conversion, truncated (NaN and
    /// infinities give 0). NumPy uses this for float16 sources, for strided and
    /// zero-dimensional copies, and for the tail of a contiguous copy; its vectorised body
    /// (`convert` above) differs only for values that C leaves undefined.
    static func scalarLoopUInt32(_ value: Double) -> UInt32 {
        UInt32(truncatingIfNeeded: cvtt64(value))
    }

    /// `cvttsd2si` to 64 bits: out of range (or NaN) gives the "integer indefinite" and
    /// raises the invalid flag, as the instruction does.
    private static func cvtt64(_ value: Double) -> Int64 {
        guard value.isFinite, value >= -9223372036854775808.0, value < 9223372036854775808.0 else {
            FloatingPointStatus.raise(.invalid)
            return Int64.min
        }
        return Int64(value.rounded(.towardZero))
    }

    /// `cvttsd2si` to 32 bits.
    private static func cvtt32(_ value: Double) -> Int32 {
        guard value.isFinite, value > -2147483649.0, value < 2147483648.0 else {
            FloatingPointStatus.raise(.invalid)
            return Int32.min
        }
        return Int32(value.rounded(.towardZero))
    }
}
