extension NDArray {
    /// `np.concatenate(arrays, axis)`: the arrays joined along an existing axis, in the
    /// dtype NumPy's promotion gives them all. `axis: nil` joins the flattened arrays.
    /// Errors carry NumPy's messages (ranks or other lengths that differ, no arrays,
    /// zero-dimensional arrays).
    public static func concatenate(_ arrays: [NDArray], axis: Int? = 0) throws(TensorError) -> NDArray {
        guard let first = arrays.first else { throw TensorError(.valueError, "need at least one array to concatenate") }
        var parts = arrays
        if axis == nil {
            parts = try arrays.map { array throws(TensorError) in try array.reshaped([array.size]) }
        }
        guard first.ndim > 0 || axis == nil else { throw TensorError(.valueError, "zero-dimensional arrays cannot be concatenated") }
        let rank = parts[0].ndim
        let joined = try normalizedAxis(axis ?? 0, ndim: rank)
        var shape = parts[0].shape
        shape[joined] = 0
        for (index, part) in parts.enumerated() {
            guard part.ndim == rank else {
                throw TensorError(
                    .valueError,
                    "all the input arrays must have same number of dimensions, but the array at index 0 has \(rank) dimension(s) and the array at index \(index) has \(part.ndim) dimension(s)")
            }
            for dimension in 0..<rank where dimension != joined && part.shape[dimension] != parts[0].shape[dimension] {
                throw TensorError(
                    .valueError,
                    "all the input array dimensions except for the concatenation axis must match exactly, but along dimension \(dimension), the array at index 0 has size \(parts[0].shape[dimension]) and the array at index \(index) has size \(part.shape[dimension])")
            }
            shape[joined] += part.shape[joined]
        }
        let result = try NDArray(dtype: NumPyPromotion.resultType(parts.map(\.dtype)), shape: shape, zeroed: false)
        var start = 0
        for part in parts {
            var index = Array(repeating: IndexComponent.all, count: rank)
            index[joined] = .slice(start: start, stop: start + part.shape[joined], step: 1)
            copyElements(from: part, to: try result.view(at: index))
            start += part.shape[joined]
        }
        return result
    }
}
