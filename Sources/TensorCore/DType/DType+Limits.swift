/// Machine limits of an integer dtype, as `np.iinfo` reports them.
public struct IntegerInfo: Hashable, Sendable, CustomStringConvertible {
    public let dtype: DType
    /// The smallest value, exactly (it fits an `Int64` for every integer dtype).
    public let min: Int64
    /// The largest value, exactly (`UInt64` holds `uint64`'s).
    public let max: UInt64
    public var bits: Int { dtype.itemSize * 8 }

    /// `nil` unless `dtype` is an integer type.
    public init?(_ dtype: DType) {
        guard dtype.isInteger else { return nil }
        self.dtype = dtype
        let bits = dtype.itemSize * 8
        let magnitude = UInt64.max >> (64 - bits)
        if dtype.kind == .signedInteger {
            max = magnitude >> 1
            min = -Int64(max) - 1
        } else {
            min = 0
            max = magnitude
        }
    }

    /// `iinfo(min=-128, max=127, dtype=int8)`.
    public var description: String { "iinfo(min=\(min), max=\(max), dtype=\(dtype.name))" }
}

/// Machine limits of a floating-point dtype, as `np.finfo` reports them.
public struct FloatingInfo: Hashable, Sendable {
    public let dtype: DType
    /// Bits of the significand stored (52 for float64).
    public let mantissaBits: Int
    /// Bits of the exponent.
    public let exponentBits: Int
    /// The largest finite value.
    public let max: Double
    /// The smallest positive normal value (`tiny`, `smallest_normal`).
    public let smallestNormal: Double
    /// The smallest positive subnormal value.
    public let smallestSubnormal: Double
    /// The gap between 1 and the next larger value.
    public let epsilon: Double

    /// `nil` unless `dtype` is a floating-point type.
    public init?(_ dtype: DType) {
        switch dtype {
        case .float16:
            self.init(dtype, Float16.self)
        case .float32:
            self.init(dtype, Float.self)
        case .float64:
            self.init(dtype, Double.self)
        default:
            return nil
        }
    }

    private init<F: BinaryFloatingPoint>(_ dtype: DType, _ type: F.Type) {
        self.dtype = dtype
        mantissaBits = Int(F.significandBitCount)
        exponentBits = Int(F.exponentBitCount)
        max = Double(F.greatestFiniteMagnitude)
        smallestNormal = Double(F.leastNormalMagnitude)
        smallestSubnormal = Double(F.leastNonzeroMagnitude)
        epsilon = Double(F.ulpOfOne)
    }

    public var bits: Int { dtype.itemSize * 8 }
    /// The most negative finite value.
    public var min: Double { -max }
    /// Decimal digits of precision: `floor(log10(2) * mantissaBits)`, 15 for float64.
    public var precision: Int { Int((Double(mantissaBits) * 0.30102999566398120).rounded(.down)) }
    /// `10 ** -precision`.
    public var resolution: Double { Double("1e-\(precision)")! }
    /// The largest exponent: the first power of two that overflows (1024 for float64).
    public var maxExponent: Int { 1 << (exponentBits - 1) }
    /// The smallest normal exponent (-1022 for float64).
    public var minExponent: Int { 2 - maxExponent }
}

extension DType {
    /// `np.iinfo(dtype)`, or nil for a non-integer type.
    public var integerInfo: IntegerInfo? { IntegerInfo(self) }
    /// `np.finfo(dtype)`, or nil for a non-floating type.
    public var floatingInfo: FloatingInfo? { FloatingInfo(self) }
}
