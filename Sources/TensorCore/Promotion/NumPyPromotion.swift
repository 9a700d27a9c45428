/// NumPy 2's type promotion (NEP 50): the dtypes of arrays and NumPy scalars decide,
/// and Python `bool`, `int` and `float` values are "weak": they take the other operand's
/// type unless their kind is higher.
public enum NumPyPromotion {
    /// `np.promote_types(a, b)`: the smallest dtype both can be cast to safely.
    public static func promoteTypes(_ a: DType, _ b: DType) -> DType {
        if a == b { return a }
        if a == .bool { return b }
        if b == .bool { return a }
        switch (a.kind, b.kind) {
        case (.floating, .floating):
            return a.itemSize >= b.itemSize ? a : b
        case (.floating, _):
            return floatHolding(integer: b, float: a)
        case (_, .floating):
            return floatHolding(integer: a, float: b)
        case (let x, let y) where x == y:
            return a.itemSize >= b.itemSize ? a : b
        default:
            let (signed, unsigned) = a.kind == .signedInteger ? (a, b) : (b, a)
            if unsigned.itemSize < signed.itemSize { return signed }
            switch unsigned.itemSize {
            case 1: return .int16
            case 2: return .int32
            case 4: return .int64
            default: return .float64
            }
        }
    }

    /// The smallest float at least as wide as `float` that holds every value of `integer` exactly enough:
    /// 8-bit integers fit float16, 16-bit float32, wider ones float64.
    private static func floatHolding(integer: DType, float: DType) -> DType {
        let needed: DType = integer.itemSize == 1 ? .float16 : integer.itemSize == 2 ? .float32 : .float64
        return needed.itemSize >= float.itemSize ? needed : float
    }

    /// `np.result_type(*operands)`: strong dtypes promoted together, then each weak Python
    /// scalar folded in. A weak scalar of a kind no higher than the strong result's leaves
    /// it unchanged (`int8` with `1` stays `int8`); a higher kind brings in its default
    /// dtype (`int8` with `1.5` gives `float64`). Only weak scalars: their default dtype.
    public static func resultType(_ strong: [DType], weak: [Scalar] = []) -> DType {
        var result = strong.dropFirst().reduce(strong.first) { partial, next in partial.map { promoteTypes($0, next) } }
        for scalar in weak.sorted(by: { kindRank($0.defaultDType) < kindRank($1.defaultDType) }) {
            let defaultType = scalar.defaultDType == .uint64 ? DType.int64 : scalar.defaultDType
            guard let current = result else {
                result = defaultType
                continue
            }
            if kindRank(defaultType) > kindRank(current) {
                result = promoteTypes(current, defaultType)
            }
        }
        return result ?? .float64
    }

    /// Kinds in promotion order: bool, unsigned and signed integers (one level), floats.
    private static func kindRank(_ dtype: DType) -> Int {
        switch dtype.kind {
        case .boolean: 0
        case .signedInteger, .unsignedInteger: 1
        case .floating: 2
        }
    }
}

/// NumPy's casting rules (`np.can_cast(from, to, casting)`).
public enum CastingRule: String, CaseIterable, Sendable {
    /// Only the identical type.
    case no, equiv
    /// Only casts that keep every value (int8 → int16, uint8 → float16).
    case safe
    /// Safe casts, and casts within a kind or up the kinds bool < unsigned < signed < float.
    case sameKind = "same_kind"
    /// Any cast.
    case unsafe

    /// Whether `from` may be cast to `to` under this rule.
    public func allows(_ from: DType, _ to: DType) -> Bool {
        switch self {
        case .no, .equiv: return from == to
        case .unsafe: return true
        case .safe: return Self.isSafe(from, to)
        case .sameKind: return Self.isSafe(from, to) || Self.kindOrder(from) <= Self.kindOrder(to)
        }
    }

    private static func isSafe(_ from: DType, _ to: DType) -> Bool {
        NumPyPromotion.promoteTypes(from, to) == to
    }

    private static func kindOrder(_ dtype: DType) -> Int {
        switch dtype.kind {
        case .boolean: 0
        case .unsignedInteger: 1
        case .signedInteger: 2
        case .floating: 3
        }
    }
}
