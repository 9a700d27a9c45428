extension CastValue {
    /// The value as a Double: exact for every float and for integers up to 2^53.
    public var doubleValue: Double {
        switch self {
        case .floating(let value): value
        case .signed(let value): Double(value)
        case .unsigned(let value): Double(value)
        case .bool(let flag): flag ? 1 : 0
        }
    }
}
