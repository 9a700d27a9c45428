/// A single value given to an array function, typed the way Python values are: a
/// `bool`, an `int` (exact, within 64 bits) or a `float`.
///
/// NumPy infers dtypes from these kinds (`bool` → bool, `int` → int64, `float` →
/// float64), and NEP 50 treats them as "weak" in promotion.
public enum Scalar: Hashable, Sendable, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    case bool(Bool)
    case int(Int64)
    /// An integer above `Int64.max`, as Python allows and uint64 holds.
    case uint(UInt64)
    case float(Double)

    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .float(value) }

    /// The dtype NumPy gives an array built from this value alone.
    public var defaultDType: DType {
        switch self {
        case .bool: .bool
        case .int: .int64
        case .uint: .uint64
        case .float: .float64
        }
    }

    var castValue: CastValue {
        switch self {
        case .bool(let b): .bool(b)
        case .int(let v): .signed(v)
        case .uint(let v): .unsigned(v)
        case .float(let d): .floating(d)
        }
    }

    /// The value when it is a Python integer that fits 64 bits.
    public var integerValue: Int64? {
        if case .int(let value) = self { return value }
        return nil
    }

    /// The value as a double (exact for floats, rounded for large integers).
    public var doubleValue: Double {
        switch self {
        case .bool(let b): b ? 1 : 0
        case .int(let v): Double(v)
        case .uint(let v): Double(v)
        case .float(let d): d
        }
    }
}
