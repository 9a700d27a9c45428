/// An array's shape, strides and owner, kept together in one immutable object.
///
/// An `NDArray` is copied on every call that takes it (into an `Operand`, into a closure),
/// and each copy retains every reference the array holds. With the three in one object an
/// array holds two references (this and its buffer) instead of four, and a new array laid
/// out like another that owns its memory shares that array's layout outright.
@_spi(Fusion) public final class ArrayLayout: Sendable {
    let shape: [Int]
    /// Bytes to step for the next element along each axis.
    let strides: [Int]
    /// The array that owns a view's memory (NumPy's `base`); nil for an array that owns it.
    let owner: NDArray?
    /// Whether elements of the item size the layout was made for are in C order with
    /// nothing skipped (see `NDArray.isCContiguous`): asked on every call, so kept.
    let isCContiguous: Bool

    init(shape: [Int], strides: [Int], itemSize: Int, owner: NDArray? = nil) {
        self.shape = shape
        self.strides = strides
        self.owner = owner
        isCContiguous = NDArray.isContiguous(shape: shape, strides: strides, itemSize: itemSize, order: shape.indices.reversed())
    }

    /// The layout of a new C-ordered array of `shape` for items of `itemSize` bytes
    /// (all-zero strides when it has no elements, as NumPy gives a fresh empty array).
    @_spi(Fusion) public convenience init(contiguousShape shape: [Int], itemSize: Int) {
        let strides = shape.contains(0)
            ? Array(repeating: 0, count: shape.count)
            : NDArray.contiguousStrides(shape: shape, itemSize: itemSize)
        self.init(shape: shape, strides: strides, itemSize: itemSize)
    }

    /// Whether `other` has this layout's shape (strides aside).
    func hasShape(of other: ArrayLayout) -> Bool {
        self === other || shape == other.shape
    }

    /// The number of elements.
    var elementCount: Int {
        var count = 1
        for length in shape { count &*= length }
        return count
    }
}
