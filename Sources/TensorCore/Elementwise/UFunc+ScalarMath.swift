extension UFunc {
    /// NumPy's scalar math: an operation on NumPy scalars (and Python numbers) alone, as
    /// `np.float64(1) / 0` or `np.int64(2**62) * 4`. The result is the ufunc's; warnings name
    /// the operation as NumPy's scalar loops do (`divide by zero encountered in scalar
    /// divide`), and an integer add, subtract, multiply, negative or absolute whose exact
    /// value does not fit its dtype warns `overflow encountered in scalar multiply` (arrays
    /// wrap without a word; scalars wrap too, but say so).
    public func applyToScalars(_ operands: [Operand]) throws(TensorError) -> NDArray {
        let (result, warnings) = try WarningLog.collecting { () throws(TensorError) -> NDArray in try apply(operands) }
        for warning in warnings {
            WarningLog.emit(TensorWarning(
                category: warning.category, warning.message.replacingSuffix(" in \(name)", with: " in scalar \(name)")))
        }
        if result.dtype.isInteger, let exact = exactIntegerResult(operands), exact != Self.integer(try result.item()) {
            WarningLog.emit(TensorWarning("overflow encountered in scalar \(name)"))
        }
        return result
    }

    /// The exact value of an integer operation NumPy checks for overflow, if this is one.
    private func exactIntegerResult(_ operands: [Operand]) -> Int128? {
        var values: [Int128] = []
        for operand in operands {
            switch operand {
            case .array(let array):
                guard let item = try? array.item(), let value = Self.integer(item) else { return nil }
                values.append(value)
            case .scalar(.int(let value)): values.append(Int128(value))
            case .scalar(.uint(let value)): values.append(Int128(value))
            case .scalar(.bool(let flag)): values.append(flag ? 1 : 0)
            case .scalar(.float): return nil
            }
        }
        switch (self, values.count) {
        case (.add, 2): return values[0] + values[1]
        case (.subtract, 2): return values[0] - values[1]
        case (.multiply, 2): return values[0] * values[1]
        case (.negative, 1): return -values[0]
        case (.absolute, 1): return values[0] < 0 ? -values[0] : values[0]
        default: return nil
        }
    }

    private static func integer(_ value: CastValue) -> Int128? {
        switch value {
        case .signed(let number): Int128(number)
        case .unsigned(let number): Int128(number)
        case .bool(let flag): flag ? 1 : 0
        case .floating: nil
        }
    }
}
