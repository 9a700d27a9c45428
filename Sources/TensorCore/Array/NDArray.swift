/// An n-dimensional array with NumPy's memory model: a shared buffer, a dtype, a shape,
/// strides in bytes and a byte offset to the first element.
///
/// Views (slices, transposes, reshapes that need no copy, broadcasts) share the
/// buffer of the array they come from, so a write through a view is seen by every
/// array on that buffer, exactly as in NumPy.
///
/// ```swift
/// let a = try NDArray.arange(6, dtype: .float64).reshaped([2, 3])
/// a.strides       // [24, 8]
/// a.transposed().strides   // [8, 24]
/// ```
///
/// `@unchecked Sendable` because Swift declares every `ManagedBuffer`, `ArrayBuffer`
/// included, not `Sendable`; the array's other fields are immutable or `Sendable`, and
/// its elements are shared across threads as NumPy shares them.
public struct NDArray: @unchecked Sendable {
    /// The memory the elements live in, possibly shared with other arrays. Settable inside
    /// the module only so that `isKnownUniquelyReferenced` can look at it.
    public internal(set) var buffer: ArrayBuffer
    /// Shape, strides and owner, in one object (see `ArrayLayout`).
    @_spi(Fusion) public let layout: ArrayLayout
    public let dtype: DType
    public var shape: [Int] { layout.shape }
    /// Bytes to step for the next element along each axis (0 for a broadcast axis).
    public var strides: [Int] { layout.strides }
    /// Bytes from the start of the buffer to the first element.
    public let offset: Int
    /// Whether elements may be written through this array.
    public internal(set) var isWriteable: Bool
    /// NumPy's `flags.writeable` as a reader sees it: reading it on an array from
    /// `broadcast_arrays` warns that future versions will make such arrays read-only.
    public var writeableFlag: Bool {
        if warnsOnWrite {
            WarningLog.emit(TensorWarning(
                category: "FutureWarning",
                "future versions will not create a writeable array from broadcast_array. Set the writable flag explicitly to avoid this warning."))
        }
        return isWriteable
    }

    /// Sets `flags.writeable`; setting it explicitly silences `broadcast_arrays`' warnings,
    /// and a read-only array cannot be made writeable when its owner is read-only.
    public mutating func setWriteable(_ writeable: Bool) throws(TensorError) {
        if writeable, let base, !base.isWriteable {
            throw TensorError(.valueError, "cannot set WRITEABLE flag to True of this array")
        }
        isWriteable = writeable
        warnsOnWrite = false
    }

    /// Whether this array allocated its buffer (NumPy's `OWNDATA`).
    public let ownsData: Bool
    /// Whether writing warns, as arrays from `broadcast_arrays` do.
    public internal(set) var warnsOnWrite: Bool = false

    /// A new, C-ordered array with uninitialised or zeroed elements.
    public init(dtype: DType, shape: [Int], zeroed: Bool = true) throws(TensorError) {
        let count = try Self.elementCount(of: shape)
        let (bytes, overflow) = count.multipliedReportingOverflow(by: dtype.itemSize)
        guard !overflow else {
            throw TensorError(.valueError, "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
        }
        try ArrayLimits.check(bytes: bytes, shape: shape, dtype: dtype)
        self.init(buffer: ArrayBuffer.allocate(byteCount: bytes, zeroed: zeroed), dtype: dtype,
                  layout: ArrayLayout(contiguousShape: shape, itemSize: dtype.itemSize))
    }

    /// A new array for a ufunc's result, laid out as NumPy allocates it: in the iteration
    /// order of the (broadcast) operands' strides, C order where they disagree.
    init(dtype: DType, shape: [Int], matching operands: [NDArray]) throws(TensorError) {
        try self.init(dtype: dtype, shape: shape, zeroed: false)
        guard byteCount > 0, ndim > 1 else { return }
        let strides = IterationOrder.allocationStrides(shape: shape, operands: operands.map(\.strides), itemSize: dtype.itemSize)
        self = NDArray(buffer: buffer, dtype: dtype, layout: ArrayLayout(shape: shape, strides: strides, itemSize: dtype.itemSize))
    }

    /// A new array laid out in memory like `prototype` (NumPy's `order='K'`): C order when
    /// `prototype` is C-contiguous or one-dimensional, Fortran order when it is
    /// F-contiguous, otherwise the axes ordered by decreasing stride.
    init(dtype: DType, layoutLike prototype: NDArray) throws(TensorError) {
        try self.init(dtype: dtype, shape: prototype.shape, zeroed: false)
        guard byteCount > 0, prototype.ndim > 1, !prototype.isCContiguous else { return }
        let order: [Int]
        if prototype.isFContiguous {
            order = Array(prototype.shape.indices)
        } else {
            order = prototype.shape.indices.sorted { a, b in
                let x = abs(prototype.strides[a])
                let y = abs(prototype.strides[b])
                return x == y ? a < b : x > y
            }.reversed()
        }
        var newStrides = strides
        var step = dtype.itemSize
        for axis in order {
            newStrides[axis] = step
            step *= shape[axis]
        }
        self = NDArray(buffer: buffer, dtype: dtype, layout: ArrayLayout(shape: shape, strides: newStrides, itemSize: dtype.itemSize))
    }

    /// A new, uninitialised array with `layout`, which must be C-ordered for `dtype` and
    /// own its memory (from `ArrayLayout(contiguousShape:itemSize:)`, or the layout of
    /// another array of the same item size that owns its memory): it is shared, not rebuilt.
    @_spi(Fusion) public init(sharing layout: ArrayLayout, dtype: DType) {
        self.init(buffer: ArrayBuffer.allocate(byteCount: layout.elementCount * dtype.itemSize), dtype: dtype, layout: layout)
    }

    /// An array that owns `buffer` with the given layout.
    private init(buffer: ArrayBuffer, dtype: DType, layout: ArrayLayout) {
        self.buffer = buffer
        self.dtype = dtype
        self.layout = layout
        offset = 0
        isWriteable = true
        ownsData = true
    }

    /// A view of `source`'s memory with another shape, strides and offset.
    init(viewOf source: NDArray, shape: [Int], strides: [Int], offset: Int, dtype: DType? = nil) {
        buffer = source.buffer
        let dtype = dtype ?? source.dtype
        self.dtype = dtype
        layout = ArrayLayout(
            shape: shape, strides: strides, itemSize: dtype.itemSize, owner: source.ownsData ? source : source.layout.owner)
        self.offset = offset
        isWriteable = source.isWriteable
        ownsData = false
        warnsOnWrite = source.warnsOnWrite
    }

    // MARK: - Attributes

    public var ndim: Int { shape.count }
    /// The number of elements.
    public var size: Int { shape.reduce(1, *) }
    public var itemSize: Int { dtype.itemSize }
    /// Bytes the elements take (`size * itemsize`), whatever the strides.
    public var byteCount: Int { size * itemSize }
    /// The address of the first element: `__array_interface__['data'][0]`.
    public var address: Int { buffer.address + offset }
    /// The array that owns this view's memory, or nil when this array owns its data.
    public var base: NDArray? { layout.owner }

    /// C order: the last axis varies fastest and nothing is skipped. Axes of length 1
    /// do not count, and an empty array is contiguous.
    public var isCContiguous: Bool { layout.isCContiguous }

    /// Fortran order: the first axis varies fastest and nothing is skipped.
    public var isFContiguous: Bool {
        Self.isContiguous(shape: shape, strides: strides, itemSize: itemSize, order: shape.indices)
    }

    /// Whether the axes, walked in `order` (fastest first), step through memory one element
    /// at a time. Generic over the order so that the check allocates nothing.
    static func isContiguous(shape: [Int], strides: [Int], itemSize: Int, order: some Sequence<Int>) -> Bool {
        if shape.contains(0) { return true }
        var expected = itemSize
        for axis in order where shape[axis] != 1 {
            if strides[axis] != expected { return false }
            expected *= shape[axis]
        }
        return true
    }

    // MARK: - Shape arithmetic

    /// The strides of a C-ordered array of `shape`.
    static func contiguousStrides(shape: [Int], itemSize: Int) -> [Int] {
        var strides = Array(repeating: itemSize, count: shape.count)
        var step = itemSize
        for axis in shape.indices.reversed() {
            strides[axis] = step
            step *= Swift.max(shape[axis], 1)
        }
        return strides
    }

    /// The number of elements of `shape`, or NumPy's error for a negative dimension or overflow.
    static func elementCount(of shape: [Int]) throws(TensorError) -> Int {
        var count = 1
        for length in shape {
            guard length >= 0 else { throw TensorError(.valueError, "negative dimensions are not allowed") }
            let (product, overflow) = count.multipliedReportingOverflow(by: length)
            guard !overflow else {
                throw TensorError(.valueError, "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
            }
            count = product
        }
        return count
    }

    /// The byte offsets of every element in C order of the index.
    func elementOffsets() -> [Int] {
        var offsets: [Int] = []
        offsets.reserveCapacity(size)
        StridedLoop.forEach(shape: shape, strides: [strides], starts: [offset]) { positions in
            offsets.append(positions[0])
        }
        return offsets
    }
}

/// Limits that keep a runaway request from exhausting memory.
public enum ArrayLimits {
    private static let state = LockedValue<Int>(1 << 34)

    /// The largest array, in bytes, that creation may allocate (default 16 GiB); a larger
    /// request throws `MemoryError` instead of allocating.
    public static var maximumBytes: Int {
        get { state.value }
        set { state.value = newValue }
    }

    static func check(bytes: Int, shape: [Int], dtype: DType) throws(TensorError) {
        guard bytes <= maximumBytes else {
            let shapeText = "(" + shape.map(String.init).joined(separator: ", ") + (shape.count == 1 ? ",)" : ")")
            throw TensorError(
                .memoryError,
                "Unable to allocate \(ByteCountText.format(bytes)) for an array with shape \(shapeText) and data type \(dtype.name)")
        }
    }
}

/// NumPy's human-readable byte counts in allocation errors (`_size_to_string`):
/// `7.28 TiB`, `800. MiB`, `1024 bytes`.
enum ByteCountText {
    static func format(_ bytes: Int) -> String {
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
        var unit = Swift.max(Int.bitWidth - bytes.leadingZeroBitCount - 1, 1) / 10
        var count = Double(bytes) / Double(1 << (unit * 10))
        if count.rounded() == 1024 {
            unit += 1
            count /= 1024
        }
        if unit == 0 { return CFormat.format("%.0f", count) + " bytes" }
        if count.rounded() < 1000 { return CFormat.format("%#.3g", count) + " " + units[unit] }
        return CFormat.format("%#.0f", count) + " " + units[unit]
    }
}
