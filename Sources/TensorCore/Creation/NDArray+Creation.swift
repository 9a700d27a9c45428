extension NDArray {
    /// `np.zeros(shape, dtype)`.
    public static func zeros(_ shape: [Int], dtype: DType = .float64) throws(TensorError) -> NDArray {
        try NDArray(dtype: dtype, shape: shape, zeroed: true)
    }

    /// `np.ones(shape, dtype)`.
    public static func ones(_ shape: [Int], dtype: DType = .float64) throws(TensorError) -> NDArray {
        try full(shape, 1, dtype: dtype)
    }

    /// `np.empty(shape, dtype)`: elements are whatever the memory held.
    public static func empty(_ shape: [Int], dtype: DType = .float64) throws(TensorError) -> NDArray {
        try NDArray(dtype: dtype, shape: shape, zeroed: false)
    }

    /// `np.full(shape, value, dtype)`; without a dtype, the value's own (`int` → int64).
    public static func full(_ shape: [Int], _ value: Scalar, dtype: DType? = nil) throws(TensorError) -> NDArray {
        let result = try NDArray(dtype: dtype ?? value.defaultDType, shape: shape, zeroed: false)
        result.fill(value)
        return result
    }

    /// `np.zeros_like(a)`: same shape, and the same dtype unless another is given.
    public static func zeros(like other: NDArray, dtype: DType? = nil) throws(TensorError) -> NDArray {
        try zeros(other.shape, dtype: dtype ?? other.dtype)
    }

    /// `np.ones_like(a)`.
    public static func ones(like other: NDArray, dtype: DType? = nil) throws(TensorError) -> NDArray {
        try ones(other.shape, dtype: dtype ?? other.dtype)
    }

    /// `np.empty_like(a)`.
    public static func empty(like other: NDArray, dtype: DType? = nil) throws(TensorError) -> NDArray {
        try empty(other.shape, dtype: dtype ?? other.dtype)
    }

    /// `np.full_like(a, value)`: the value is cast to `a`'s dtype unless another is given.
    public static func full(like other: NDArray, _ value: Scalar, dtype: DType? = nil) throws(TensorError) -> NDArray {
        try full(other.shape, value, dtype: dtype ?? other.dtype)
    }

    /// `np.eye(n, m, k)`: ones on the `k`-th diagonal.
    public static func eye(_ rows: Int, _ columns: Int? = nil, k diagonal: Int = 0, dtype: DType = .float64)
        throws(TensorError) -> NDArray
    {
        let columns = columns ?? rows
        let result = try zeros([rows, columns], dtype: dtype)
        for row in 0..<rows {
            let column = row + diagonal
            guard column >= 0, column < columns else { continue }
            result.storeCast(.signed(1), atByteOffset: row * result.strides[0] + column * result.strides[1])
        }
        return result
    }

    /// `np.identity(n)`.
    public static func identity(_ n: Int, dtype: DType = .float64) throws(TensorError) -> NDArray {
        try eye(n, dtype: dtype)
    }

    /// Sets every element to `value`, cast to the array's dtype (`ndarray.fill`).
    public func fill(_ value: Scalar) {
        let cast = value.castValue
        StridedLoop.forEach(shape: shape, strides: [strides], starts: [offset]) { positions in
            storeCast(cast, atByteOffset: positions[0])
        }
    }

    /// Stores `value`, cast to this array's dtype, at a byte offset into the buffer.
    func storeCast(_ value: CastValue, atByteOffset byteOffset: Int) {
        let base = buffer.base
        switch dtype {
        case .bool: base.storeBytes(of: Bool.cast(from: value), toByteOffset: byteOffset, as: Bool.self)
        case .int8: base.storeBytes(of: Int8.cast(from: value), toByteOffset: byteOffset, as: Int8.self)
        case .int16: base.storeBytes(of: Int16.cast(from: value), toByteOffset: byteOffset, as: Int16.self)
        case .int32: base.storeBytes(of: Int32.cast(from: value), toByteOffset: byteOffset, as: Int32.self)
        case .int64: base.storeBytes(of: Int64.cast(from: value), toByteOffset: byteOffset, as: Int64.self)
        case .uint8: base.storeBytes(of: UInt8.cast(from: value), toByteOffset: byteOffset, as: UInt8.self)
        case .uint16: base.storeBytes(of: UInt16.cast(from: value), toByteOffset: byteOffset, as: UInt16.self)
        case .uint32: base.storeBytes(of: UInt32.cast(from: value), toByteOffset: byteOffset, as: UInt32.self)
        case .uint64: base.storeBytes(of: UInt64.cast(from: value), toByteOffset: byteOffset, as: UInt64.self)
        case .float16: base.storeBytes(of: Float16.cast(from: value), toByteOffset: byteOffset, as: Float16.self)
        case .float32: base.storeBytes(of: Float.cast(from: value), toByteOffset: byteOffset, as: Float.self)
        case .float64: base.storeBytes(of: Double.cast(from: value), toByteOffset: byteOffset, as: Double.self)
        }
    }

    /// The element at a byte offset into the buffer, exactly.
    func loadCast(atByteOffset byteOffset: Int) -> CastValue {
        let base = buffer.base
        switch dtype {
        case .bool: return base.load(fromByteOffset: byteOffset, as: Bool.self).castValue
        case .int8: return base.load(fromByteOffset: byteOffset, as: Int8.self).castValue
        case .int16: return base.load(fromByteOffset: byteOffset, as: Int16.self).castValue
        case .int32: return base.load(fromByteOffset: byteOffset, as: Int32.self).castValue
        case .int64: return base.load(fromByteOffset: byteOffset, as: Int64.self).castValue
        case .uint8: return base.load(fromByteOffset: byteOffset, as: UInt8.self).castValue
        case .uint16: return base.load(fromByteOffset: byteOffset, as: UInt16.self).castValue
        case .uint32: return base.load(fromByteOffset: byteOffset, as: UInt32.self).castValue
        case .uint64: return base.load(fromByteOffset: byteOffset, as: UInt64.self).castValue
        case .float16: return base.load(fromByteOffset: byteOffset, as: Float16.self).castValue
        case .float32: return base.load(fromByteOffset: byteOffset, as: Float.self).castValue
        case .float64: return base.load(fromByteOffset: byteOffset, as: Double.self).castValue
        }
    }

    /// Every element in C order, exactly.
    public var elements: [CastValue] {
        elementOffsets().map { loadCast(atByteOffset: $0) }
    }
}

