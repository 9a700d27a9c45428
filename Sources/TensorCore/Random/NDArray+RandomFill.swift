extension NDArray {
    /// A new float64 array of `shape` whose elements, in C order, are successive `draw()`s.
    static func drawingDoubles(_ shape: [Int], _ draw: () -> Double) throws(TensorError) -> NDArray {
        let result = try NDArray(dtype: .float64, shape: shape, zeroed: false)
        let pointer = result.buffer.base.assumingMemoryBound(to: Double.self)
        for index in 0..<result.size { pointer[index] = draw() }
        return result
    }

    /// A new integer array of `shape` and `dtype` holding `lower + draw()` for each element
    /// (wrapping, as NumPy adds the offset to the drawn value in unsigned arithmetic).
    static func drawingIntegers(_ shape: [Int], dtype: DType, lower: Int64, _ draw: () -> UInt64) throws(TensorError) -> NDArray {
        let result = try NDArray(dtype: dtype, shape: shape, zeroed: false)
        for index in 0..<result.size {
            result.storeCast(.signed(lower &+ Int64(bitPattern: draw())), atByteOffset: index * dtype.itemSize)
        }
        return result
    }

    /// NumPy's checks that a draw's range fits the requested integer dtype.
    static func checkDrawBounds(lowest: Int64, highest: Int64, dtype: DType) throws(TensorError) {
        if dtype == .bool {
            guard lowest >= 0 else { throw TensorError(.valueError, "low is out of bounds for bool") }
            guard highest <= 1 else { throw TensorError(.valueError, "high is out of bounds for bool") }
            return
        }
        guard let info = dtype.integerInfo else { return }
        guard lowest >= info.min else { throw TensorError(.valueError, "low is out of bounds for \(dtype.name)") }
        guard highest < 0 || UInt64(highest) <= info.max else { throw TensorError(.valueError, "high is out of bounds for \(dtype.name)") }
    }
}
