extension UFunc {
    /// The types a call runs in: inputs are cast to `loop`, and the result has type `output`.
    struct Resolution: Equatable {
        var loop: DType
        var output: DType
    }

    /// Chooses the loop as NumPy does: each Python scalar takes the dtype `result_type` gives
    /// it with the arrays (weak, NEP 50), and the loop is the first one every operand casts
    /// to safely. True division of integers runs in float64; logical functions run in bool;
    /// a comparison with a Python integer out of the loop's range runs wide enough to answer
    /// exactly. Errors carry NumPy's messages.
    func resolve(strong: [DType], weak: [Scalar]) throws(TensorError) -> Resolution {
        let promoted = NumPyPromotion.resultType(strong, weak: weak)
        let descriptors = strong + weak.map { NumPyPromotion.resultType(strong, weak: [$0]) }
        if promoted == .bool, let message = booleanMessage {
            throw TensorError(.typeError, message)
        }
        if promoted == .bool, self == .sign || self == .positive {
            throw TensorError(
                .ufuncTypeError,
                "ufunc '\(name)' did not contain a loop with signature matching types \(Self.dtypeClassName(.bool)) -> None")
        }
        if self == .trueDivide, !descriptors.contains(where: \.isFloatingPoint) {
            return Resolution(loop: .float64, output: .float64)
        }
        if family == .logical { return Resolution(loop: .bool, output: .bool) }
        guard var loop = loops.first(where: { loop in descriptors.allSatisfy { CastingRule.safe.allows($0, loop) } }) else {
            throw TensorError(
                .typeError,
                "ufunc '\(name)' not supported for the input types, and the inputs could not be safely coerced "
                    + "to any supported types according to the casting rule ''safe''")
        }
        if family == .comparison, weak.contains(where: { (try? NDArray.checkFits($0, in: loop)) == nil }) {
            loop = strong.contains(.uint64) || weak.contains(where: { if case .uint = $0 { true } else { false } }) ? .float64 : .int64
        }
        switch family {
        case .comparison, .logical, .classification: return Resolution(loop: loop, output: .bool)
        default: return Resolution(loop: loop, output: loop)
        }
    }

    /// NumPy's special messages for operators that refuse booleans.
    private var booleanMessage: String? {
        switch self {
        case .negative:
            "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead."
        case .subtract:
            "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead."
        default:
            nil
        }
    }

    /// How NumPy names a dtype's class in "no loop" messages: `<class 'numpy.dtypes.BoolDType'>`.
    static func dtypeClassName(_ dtype: DType) -> String {
        let names: [DType: String] = [
            .bool: "BoolDType", .int8: "Int8DType", .int16: "Int16DType", .int32: "Int32DType", .int64: "Int64DType",
            .uint8: "UInt8DType", .uint16: "UInt16DType", .uint32: "UInt32DType", .uint64: "UInt64DType",
            .float16: "Float16DType", .float32: "Float32DType", .float64: "Float64DType",
        ]
        return "<class 'numpy.dtypes.\(names[dtype]!)'>"
    }
}
