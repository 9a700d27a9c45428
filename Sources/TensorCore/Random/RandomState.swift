#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// NumPy's legacy generator, `np.random.RandomState` (what `np.random.seed`,
/// `np.random.normal` and friends use): MT19937 with NumPy's exact algorithms, so a
/// seeded stream gives NumPy's numbers bit for bit — including the polar method's cached
/// second normal value.
public final class RandomState: @unchecked Sendable {
    private var generator: MT19937
    /// The polar method makes normals in pairs; the second waits here for the next call.
    private var cachedGaussian: Double?

    /// A generator seeded from `seed`, or from the system's entropy when nil.
    public init(seed: Int64? = nil) throws(TensorError) {
        generator = MT19937(seed: 0)
        try self.seed(seed)
    }

    /// `np.random.seed(seed)`: restarts the stream (nil draws a seed from the system).
    public func seed(_ seed: Int64?) throws(TensorError) {
        guard let seed else {
            var system = SystemRandomNumberGenerator()
            generator = MT19937(key: (0..<624).map { _ in UInt32.random(in: 0...UInt32.max, using: &system) })
            cachedGaussian = nil
            return
        }
        guard seed >= 0, seed <= Int64(UInt32.max) else {
            throw TensorError(.valueError, "Seed must be between 0 and 2**32 - 1")
        }
        generator = MT19937(seed: UInt32(seed))
        cachedGaussian = nil
    }

    // MARK: - Single draws

    /// A double in [0, 1).
    public func nextDouble() -> Double { generator.nextDouble() }

    /// A standard normal draw by Marsaglia's polar method, NumPy's legacy `gauss`.
    public func nextGaussian() -> Double {
        if let cached = cachedGaussian {
            cachedGaussian = nil
            return cached
        }
        var x1 = 0.0
        var x2 = 0.0
        var r2 = 0.0
        repeat {
            x1 = 2.0 * generator.nextDouble() - 1.0
            x2 = 2.0 * generator.nextDouble() - 1.0
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1.0 || r2 == 0.0
        let f = (-2.0 * Glibc.log(r2) / r2).squareRoot()
        cachedGaussian = f * x1
        return f * x2
    }

    /// A value in [0, range] by masked rejection, as NumPy's legacy `random_interval` and
    /// bounded integers draw it: on 32-bit outputs when `range` fits them.
    func nextBounded(_ range: UInt64) -> UInt64 {
        if range == 0 { return 0 }
        let mask = range.coveringMask
        var value: UInt64
        if range <= UInt64(UInt32.max) {
            repeat { value = UInt64(generator.next32()) & mask } while value > range
        } else {
            repeat { value = generator.next64() & mask } while value > range
        }
        return value
    }

    // MARK: - Arrays

    /// `random_sample(size)` (also `random`, `rand`): doubles in [0, 1).
    public func randomSample(_ shape: [Int] = []) throws(TensorError) -> NDArray {
        try NDArray.drawingDoubles(shape) { generator.nextDouble() }
    }

    /// `standard_normal(size)` (also `randn`).
    public func standardNormal(_ shape: [Int] = []) throws(TensorError) -> NDArray {
        try NDArray.drawingDoubles(shape) { nextGaussian() }
    }

    /// `normal(loc, scale, size)`: `loc + scale * gauss`.
    public func normal(loc: Double = 0, scale: Double = 1, _ shape: [Int] = []) throws(TensorError) -> NDArray {
        guard scale >= 0 else { throw TensorError(.valueError, "scale < 0") }
        return try NDArray.drawingDoubles(shape) { loc + scale * nextGaussian() }
    }

    /// `uniform(low, high, size)`: `low + (high - low) * random`.
    public func uniform(low: Double = 0, high: Double = 1, _ shape: [Int] = []) throws(TensorError) -> NDArray {
        let span = high - low
        guard span.isFinite else { throw TensorError(.overflowError, "Range exceeds valid bounds") }
        return try NDArray.drawingDoubles(shape) { low + span * generator.nextDouble() }
    }

    /// `randint(low, high, size, dtype)`: integers in [low, high) (in [0, low) without `high`).
    public func randint(_ low: Int64, _ high: Int64? = nil, _ shape: [Int] = [], dtype: DType = .int64) throws(TensorError) -> NDArray {
        let (lower, upper) = high.map { (low, $0) } ?? (0, low)
        guard upper > lower else { throw TensorError(.valueError, high == nil ? "high <= 0" : "low >= high") }
        try NDArray.checkDrawBounds(lowest: lower, highest: upper - 1, dtype: dtype)
        let range = UInt64(bitPattern: upper &- lower &- 1)
        if dtype.itemSize >= 4 {
            return try NDArray.drawingIntegers(shape, dtype: dtype, lower: lower) { nextBounded(range) }
        }
        var pieces = PieceBuffer(for: dtype)
        return try NDArray.drawingIntegers(shape, dtype: dtype, lower: lower) {
            pieces.nextMasked(range) { generator.next32() }
        }
    }

    /// `shuffle(x)`: Fisher–Yates along the first axis, in place, from the last element down.
    public func shuffle(_ array: NDArray) throws(TensorError) {
        guard array.ndim > 0 else { throw TensorError(.typeError, "len() of unsized object") }
        let length = array.shape[0]
        guard length > 1 else { return }
        for i in stride(from: length - 1, through: 1, by: -1) {
            let j = Int(nextBounded(UInt64(i)))
            guard i != j else { continue }
            if array.ndim == 1 {
                let a = array.offset + i * array.strides[0]
                let b = array.offset + j * array.strides[0]
                let value = array.loadCast(atByteOffset: a)
                array.storeCast(array.loadCast(atByteOffset: b), atByteOffset: a)
                array.storeCast(value, atByteOffset: b)
            } else {
                let first = try array.view(at: [.integer(i)]).copy()
                try array.assign(array.view(at: [.integer(j)]), at: [.integer(i)])
                try array.assign(first, at: [.integer(j)])
            }
        }
    }

    /// `permutation(n)`: a shuffled `arange(n)`.
    public func permutation(_ count: Int) throws(TensorError) -> NDArray {
        let result = try NDArray.arange(count)
        try shuffle(result)
        return result
    }

    /// `permutation(array)`: a shuffled copy along the first axis.
    public func permutation(_ array: NDArray) throws(TensorError) -> NDArray {
        let result = try array.copy()
        try shuffle(result)
        return result
    }

    /// `choice(n, size, replace=True)`: positions in [0, n) (NumPy's legacy algorithm:
    /// `randint` with replacement, a permutation's prefix without).
    public func choice(_ count: Int, _ shape: [Int] = [], replace: Bool = true) throws(TensorError) -> NDArray {
        let size = shape.reduce(1, *)
        guard count > 0 || size == 0 else {
            throw TensorError(.valueError, "a must be greater than 0 unless no samples are taken")
        }
        if replace { return try randint(0, Int64(count), shape) }
        guard size <= count else {
            throw TensorError(.valueError, "Cannot take a larger sample than population when 'replace=False'")
        }
        return try permutation(count).view(at: [.slice(start: 0, stop: size, step: nil)]).copy().reshaped(shape)
    }
}
