import TensorCore

/// The reference solution of `broadcast-shapes`: the five pairs of the exercise and the
/// shape TensorCore's broadcasting gives each, or nil where they cannot be broadcast.
public enum BroadcastShapes {
    /// The pairs, in the exercise's order.
    public static let pairs: [([Int], [Int])] = [
        ([7, 1], [7, 4]), ([7], [4, 7]), ([3, 3], [2, 3]), ([1, 1, 1, 8], [1, 9, 1]), ([4, 1, 9], [3, 1]),
    ]

    /// The broadcast shape of each pair, nil for "cannot broadcast".
    public static var answers: [[Int]?] {
        pairs.map { pair in try? Broadcasting.shape(pair.0, pair.1) }
    }

    /// A shape as Python writes a tuple: `(7,)`, `(7, 4)`.
    public static func text(_ shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }
}
