/// NumPy's elementwise functions ("universal functions"), with the type loops NumPy
/// defines for each and its rules for choosing one.
///
/// ```swift
/// let c = try UFunc.add(.array(a), .scalar(1))       // a + 1, NEP 50 promotion
/// try UFunc.multiply(.array(a), .array(b), out: a)    // in place
/// ```
public enum UFunc: String, CaseIterable, Sendable {
    case add, subtract, multiply
    case trueDivide = "divide"
    case floorDivide = "floor_divide"
    case remainder, power
    case negative, positive, absolute, sign, sqrt, square
    case exp, expm1, log, log1p, log2, log10
    case sin, cos, tan, arcsin, arccos, arctan, arctan2, sinh, cosh, tanh
    case floor, ceil, trunc, rint
    case maximum, minimum, fmax, fmin, hypot
    case equal
    case notEqual = "not_equal"
    case less
    case lessEqual = "less_equal"
    case greater
    case greaterEqual = "greater_equal"
    case logicalAnd = "logical_and"
    case logicalOr = "logical_or"
    case logicalXor = "logical_xor"
    case logicalNot = "logical_not"
    case bitwiseAnd = "bitwise_and"
    case bitwiseOr = "bitwise_or"
    case bitwiseXor = "bitwise_xor"
    case invert
    case leftShift = "left_shift"
    case rightShift = "right_shift"
    case isnan, isinf, isfinite

    /// NumPy's name for the function, as its messages use it (`divide` for true division).
    public var name: String { rawValue }

    /// NumPy's message for a call given `count` positional arguments, the wrong number
    /// (NumPy's own grammar: "1 was given", "0 were given").
    public func wrongArgumentCountMessage(given count: Int) -> String {
        "\(name)() takes from \(arity) to \(arity + 1) positional arguments but \(count) \(count == 1 ? "was" : "were") given"
    }

    /// The number of inputs.
    public var arity: Int {
        switch self {
        case .negative, .positive, .absolute, .sign, .sqrt, .square, .exp, .expm1, .log, .log1p, .log2, .log10,
            .sin, .cos, .tan, .arcsin, .arccos, .arctan, .sinh, .cosh, .tanh, .floor, .ceil, .trunc, .rint,
            .logicalNot, .invert, .isnan, .isinf, .isfinite:
            1
        default:
            2
        }
    }

    /// The function's family, which decides its loops and its output type.
    enum Family {
        /// Output in the loop's type, every dtype has a loop.
        case arithmetic
        /// Floating-point loops only (float16, float32, float64); integers are cast up safely.
        case floatingOnly
        /// Output bool, computed in the promoted type.
        case comparison
        /// Output bool, inputs read as truth values.
        case logical
        /// Integer and bool loops only.
        case bitwise
        /// Integer loops only (bool is cast to int8).
        case shift
        /// Output bool, every dtype.
        case classification
    }

    var family: Family {
        switch self {
        case .add, .subtract, .multiply, .floorDivide, .remainder, .power, .negative, .positive, .absolute, .sign,
            .square, .maximum, .minimum, .fmax, .fmin, .floor, .ceil, .trunc:
            .arithmetic
        case .trueDivide, .sqrt, .exp, .expm1, .log, .log1p, .log2, .log10, .sin, .cos, .tan, .arcsin, .arccos,
            .arctan, .arctan2, .sinh, .cosh, .tanh, .rint, .hypot:
            .floatingOnly
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
            .comparison
        case .logicalAnd, .logicalOr, .logicalXor, .logicalNot:
            .logical
        case .bitwiseAnd, .bitwiseOr, .bitwiseXor, .invert:
            .bitwise
        case .leftShift, .rightShift:
            .shift
        case .isnan, .isinf, .isfinite:
            .classification
        }
    }

    /// NumPy's loop types for the function, in NumPy's search order.
    var loops: [DType] {
        let integers: [DType] = [.int8, .uint8, .int16, .uint16, .int32, .uint32, .int64, .uint64]
        let floats: [DType] = [.float16, .float32, .float64]
        switch family {
        case .arithmetic:
            switch self {
            case .subtract, .negative, .positive, .sign, .floorDivide, .remainder, .power, .square:
                return self == .square ? [.int8] + Array(integers.dropFirst()) + floats : integers + floats
            default:
                return [.bool] + integers + floats
            }
        case .floatingOnly: return floats
        case .comparison, .logical, .classification: return [.bool] + integers + floats
        case .bitwise: return [.bool] + integers
        case .shift: return integers
        }
    }
}
