/// A JAX PRNG key array for the default `threefry2x32` implementation: `shape` keys of two
/// uint32 words each. `jax.random.key` makes typed keys (`dtype=key<fry>`);
/// `jax.random.PRNGKey` makes the legacy raw form, a uint32 array whose last axis is 2.
public struct JAXKey: Sendable {
    /// The key words: uint32 with shape `shape + [2]`.
    public let data: NDArray
    /// Typed (`key<fry>`) rather than a raw uint32 array.
    public let isTyped: Bool

    /// The shape of the key array (the data's shape without its last axis).
    public var shape: [Int] { Array(data.shape.dropLast()) }

    init(data: NDArray, isTyped: Bool) {
        self.data = data
        self.isTyped = isTyped
    }

    /// `jax.random.key(seed)` (typed) or `jax.random.PRNGKey(seed)` (raw). The seed's high
    /// word is used only with x64 enabled; with it off, the seed is taken modulo 2^32, as
    /// JAX converts it to a 32-bit integer first.
    public init(seed: Int64, typed: Bool = true, x64: Bool = JAXPromotion.isX64Enabled) throws(TensorError) {
        let high = x64 ? UInt32(truncatingIfNeeded: UInt64(bitPattern: seed) >> 32) : 0
        let data = try NDArray(dtype: .uint32, shape: [2], zeroed: false)
        data.storeWords([high, UInt32(truncatingIfNeeded: seed)])
        self.init(data: data, isTyped: typed)
    }

    /// The key at `index` along the first axis of a key array (what indexing or unpacking
    /// the result of `split` gives).
    public func element(_ index: Int) throws(TensorError) -> JAXKey {
        guard let count = shape.first else { throw TensorError(.indexError, "Too many indices: 0-dimensional array indexed with 1 regular index.") }
        let resolved = index < 0 ? index + count : index
        guard resolved >= 0, resolved < count else {
            throw TensorError(.indexError, "index \(index) is out of bounds for axis 0 with size \(count)")
        }
        return JAXKey(data: try data.view(at: [.integer(resolved)]).copy(), isTyped: isTyped)
    }

    /// The words of the single key this array holds, or JAX's error for a batch of keys.
    func words(for operation: String) throws(TensorError) -> (UInt32, UInt32) {
        guard shape.isEmpty else {
            throw TensorError(
                .valueError,
                "\(operation) accepts a single key, but was given a key array of shape \(ShapeText.tuple(shape)) != (). Use jax.vmap for batching.")
        }
        let words = data.contiguousWords()
        return (words[0], words[1])
    }

    /// JAX's repr: `Array((), dtype=key<fry>) overlaying:` and the key data for typed keys,
    /// the uint32 array's own repr for raw keys.
    public func repr(options: PrintOptions = .shared) -> String {
        guard isTyped else { return data.jaxRepr(options: options) }
        return "Array(\(ShapeText.tuple(shape)), dtype=key<fry>) overlaying:\n" + data.str(options: options)
    }
}

extension NDArray {
    /// The elements of a uint32 array in C order.
    func contiguousWords() -> [UInt32] {
        let contiguous = (try? copy()) ?? self
        let pointer = (contiguous.buffer.base + contiguous.offset).assumingMemoryBound(to: UInt32.self)
        return Array(UnsafeBufferPointer(start: pointer, count: contiguous.size))
    }

    /// Writes `words` into a freshly allocated contiguous uint32 array.
    func storeWords(_ words: [UInt32]) {
        let pointer = (buffer.base + offset).assumingMemoryBound(to: UInt32.self)
        for (index, word) in words.enumerated() { pointer[index] = word }
    }
}
