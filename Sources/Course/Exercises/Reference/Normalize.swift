import TensorCore

/// The reference solution of `normalize`: every vector along the last axis divided by its
/// Euclidean norm, for an array of any rank, in the array's own dtype
/// (`v / np.sqrt(np.sum(v * v, axis=-1, keepdims=True))`). A zero vector gives nan.
public enum Normalize {
    public static func apply(_ v: NDArray) throws(TensorError) -> NDArray {
        let squares = try UFunc.multiply(.array(v), .array(v))
        let norms = try UFunc.sqrt(.array(squares.sum(axis: [-1], keepdims: true)))
        return try UFunc.trueDivide(.array(v), .array(norms))
    }
}
