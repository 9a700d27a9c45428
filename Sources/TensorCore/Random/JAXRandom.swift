#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `jax.random` on threefry2x32 with JAX 0.10's defaults (`jax_threefry_partitionable`
/// on): every draw hashes the element's flat position under the key, so results do not
/// depend on how the array is split, and a key gives the same numbers every time.
public enum JAXRandom {
    /// `jax.random.split(key, shape)`: new keys, key `i` being the hash of position `i`.
    public static func split(_ key: JAXKey, shape: [Int] = [2]) throws(TensorError) -> JAXKey {
        let words = try key.words(for: "split")
        let count = try checkedCount(shape)
        let data = try NDArray(dtype: .uint32, shape: shape + [2], zeroed: false)
        data.storeWords(Threefry.hashPositions(key: words, count: count).flatMap { [$0.0, $0.1] })
        return JAXKey(data: data, isTyped: key.isTyped)
    }

    /// `jax.random.fold_in(key, data)`: a key that depends on `data` (taken modulo 2^32).
    public static func foldIn(_ key: JAXKey, _ data: Int64) throws(TensorError) -> JAXKey {
        let words = try key.words(for: "fold_in")
        let folded = Threefry.hash(key: words, counter: (0, UInt32(truncatingIfNeeded: data)))
        let result = try NDArray(dtype: .uint32, shape: [2], zeroed: false)
        result.storeWords([folded.0, folded.1])
        return JAXKey(data: result, isTyped: key.isTyped)
    }

    /// `jax.random.bits(key, shape, dtype)`: random unsigned integers (uint8 to uint32; the
    /// two hash words are xor-ed and narrow types keep the low bits).
    public static func bits(_ key: JAXKey, shape: [Int] = [], dtype: DType = .uint32) throws(TensorError) -> NDArray {
        guard dtype.kind == .unsignedInteger else {
            throw TensorError(.valueError, "dtype argument to `bits` must be an unsigned int dtype, got \(dtype.name)")
        }
        let words = try key.words(for: "bits")
        let dtype = canonical(dtype)
        guard dtype.itemSize <= 4 else { throw unsupported(dtype, in: "bits") }
        return try draw(words, shape: shape, dtype: dtype) { .unsigned(UInt64($0)) }
    }

    /// `jax.random.uniform(key, shape, float32, minval, maxval)`: the top 23 bits of each
    /// word as the mantissa of a float in [1, 2), minus 1, scaled by one fused multiply-add
    /// (as XLA compiles `u * (maxval - minval) + minval`), and kept at or above `minval`.
    public static func uniform(
        _ key: JAXKey, shape: [Int] = [], dtype: DType = .float32, minval: Float = 0, maxval: Float = 1
    ) throws(TensorError) -> NDArray {
        guard dtype.kind == .floating else {
            throw TensorError(.valueError, "dtype argument to `uniform` must be a float dtype, got \(dtype.name)")
        }
        let words = try key.words(for: "uniform")
        guard canonical(dtype) == .float32 else { throw unsupported(dtype, in: "uniform") }
        return try draw(words, shape: shape, dtype: .float32) { word in
            .floating(Double(Swift.max(minval, minval.addingProduct(unitFloat(word), maxval - minval))))
        }
    }

    /// `jax.random.normal(key, shape, float32)`: `√2 · erfinv(u)` for `u` uniform in
    /// (-1, 1), with XLA's single-precision `erf_inv`, `log1p` and `log` (see `XLAMath`),
    /// so the draws are JAX's bit for bit.
    public static func normal(_ key: JAXKey, shape: [Int] = [], dtype: DType = .float32) throws(TensorError) -> NDArray {
        guard dtype.kind == .floating else {
            throw TensorError(.valueError, "dtype argument to `normal` must be a float or complex dtype, got \(dtype.name)")
        }
        let words = try key.words(for: "normal")
        guard canonical(dtype) == .float32 else { throw unsupported(dtype, in: "normal") }
        let low = Float(-1).nextUp
        let scale = Float(2).squareRoot()
        return try draw(words, shape: shape, dtype: .float32) { word in
            let u = Swift.max(low, low.addingProduct(unitFloat(word), 1 - low))
            return .floating(Double(scale * XLAMath.erfInv(u)))
        }
    }

    /// The dtype JAX draws for a requested one: with x64 off, 64-bit types are truncated to
    /// 32 bits, with JAX's `UserWarning`.
    static func canonical(_ dtype: DType) -> DType {
        guard !JAXPromotion.isX64Enabled, dtype.itemSize == 8 else { return dtype }
        let truncated: DType = dtype == .float64 ? .float32 : dtype == .uint64 ? .uint32 : .int32
        WarningLog.emit(TensorWarning(
            category: "UserWarning",
            "Explicitly requested dtype \(dtype.name) is not available, and will be truncated to dtype \(truncated.name). "
                + "To enable more dtypes, set the jax_enable_x64 configuration option or the JAX_ENABLE_X64 shell "
                + "environment variable. See https://github.com/jax-ml/jax#current-gotchas for more."))
        return truncated
    }

    /// A float in [0, 1) from the top 23 bits of `word`.
    static func unitFloat(_ word: UInt32) -> Float {
        Float(bitPattern: (word >> 9) | 0x3F80_0000) - 1
    }

    private static func draw(
        _ key: (UInt32, UInt32), shape: [Int], dtype: DType, _ value: (UInt32) -> CastValue
    ) throws(TensorError) -> NDArray {
        let count = try checkedCount(shape)
        let result = try NDArray(dtype: dtype, shape: shape, zeroed: false)
        for (index, pair) in Threefry.hashPositions(key: key, count: count).enumerated() {
            result.storeCast(value(pair.0 ^ pair.1), atByteOffset: index * dtype.itemSize)
        }
        return result
    }

    private static func checkedCount(_ shape: [Int]) throws(TensorError) -> Int {
        guard shape.allSatisfy({ $0 >= 0 }) else {
            throw TensorError(.valueError, "negative dimensions are not allowed")
        }
        return shape.reduce(1, *)
    }

    private static func unsupported(_ dtype: DType, in function: String) -> TensorError {
        TensorError(.typeError, "jax.random.\(function) with dtype \(dtype.name) is not supported by TensorCore yet (float32, float64 truncated to float32 with x64 off, and uint8–uint32 are)")
    }
}
