/// An input of an elementwise function: an array, or a Python number (weak in promotion).
public enum Operand: Sendable {
    case array(NDArray)
    case scalar(Scalar)

    var shape: [Int] {
        switch self {
        case .array(let array): array.shape
        case .scalar: []
        }
    }

    /// The arrays' dtypes (strong in promotion) and the Python scalars (weak), in order.
    static func split(_ operands: [Operand]) -> (strong: [DType], weak: [Scalar]) {
        var strong: [DType] = []
        var weak: [Scalar] = []
        for operand in operands {
            switch operand {
            case .array(let array): strong.append(array.dtype)
            case .scalar(let scalar): weak.append(scalar)
            }
        }
        return (strong, weak)
    }
}
