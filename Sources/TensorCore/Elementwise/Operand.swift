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
}
