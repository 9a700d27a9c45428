#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// NumPy's `np.random.Generator` on PCG64, as `np.random.default_rng(seed)` makes it:
/// `random`, `uniform`, `integers` (Lemire's bounded method), `standard_normal` and
/// `normal` (the ziggurat) bit for bit.
public final class RandomGenerator: @unchecked Sendable {
    private var bits: PCG64

    /// `default_rng(seed)`; nil seeds from the system's entropy (128 bits, as NumPy's
    /// `SeedSequence()` draws).
    public init(seed: Int64? = nil) throws(TensorError) {
        if let seed {
            bits = PCG64(seedSequence: try SeedSequence(seed: seed))
        } else {
            var system = SystemRandomNumberGenerator()
            bits = PCG64(seedSequence: SeedSequence(entropy: (0..<4).map { _ in UInt32.random(in: 0...UInt32.max, using: &system) }))
        }
    }

    /// `random(size)`: doubles in [0, 1).
    public func random(_ shape: [Int] = []) throws(TensorError) -> NDArray {
        try NDArray.drawingDoubles(shape) { bits.nextDouble() }
    }

    /// `uniform(low, high, size)`: `low + (high - low) * random`.
    public func uniform(low: Double = 0, high: Double = 1, _ shape: [Int] = []) throws(TensorError) -> NDArray {
        let span = high - low
        guard span.isFinite else { throw TensorError(.overflowError, "high - low range exceeds valid bounds") }
        return try NDArray.drawingDoubles(shape) { low + span * bits.nextDouble() }
    }

    /// `standard_normal(size)`: normal draws by the 256-layer ziggurat.
    public func standardNormal(_ shape: [Int] = []) throws(TensorError) -> NDArray {
        try NDArray.drawingDoubles(shape) { nextNormal() }
    }

    /// `normal(loc, scale, size)`: `loc + scale * standard_normal`.
    public func normal(loc: Double = 0, scale: Double = 1, _ shape: [Int] = []) throws(TensorError) -> NDArray {
        guard scale >= 0 else { throw TensorError(.valueError, "scale < 0") }
        return try NDArray.drawingDoubles(shape) { loc + scale * nextNormal() }
    }

    /// One ziggurat draw: a 64-bit output gives the layer (8 bits), the sign (1 bit) and a
    /// 52-bit magnitude; most draws fall inside their layer's rectangle and return at once.
    /// The base layer's tail is sampled by Marsaglia's exponential method.
    func nextNormal() -> Double {
        let tailStart = 3.6541528853610087963519472518
        let inverseTailStart = 0.27366123732975827203338247596
        while true {
            var word = bits.next64()
            let layer = Int(word & 0xFF)
            word >>= 8
            let negative = word & 1 == 1
            let magnitude = (word >> 1) & 0x000F_FFFF_FFFF_FFFF
            var x = Double(magnitude) * ZigguratTables.wi[layer]
            if negative { x = -x }
            if magnitude < ZigguratTables.ki[layer] { return x }
            if layer == 0 {
                while true {
                    let tail = -inverseTailStart * log1p(-bits.nextDouble())
                    let height = -log1p(-bits.nextDouble())
                    if height + height > tail * tail {
                        return (magnitude >> 8) & 1 == 1 ? -(tailStart + tail) : tailStart + tail
                    }
                }
            }
            let edge = ZigguratTables.fi[layer]
            if (ZigguratTables.fi[layer - 1] - edge) * bits.nextDouble() + edge < exp(-0.5 * x * x) {
                return x
            }
        }
    }

    /// `integers(low, high, size, dtype, endpoint)`: integers in [low, high) ([low, high]
    /// with `endpoint`; [0, low) without `high`), by Lemire's multiply-and-reject method.
    public func integers(
        _ low: Int64, _ high: Int64? = nil, _ shape: [Int] = [], dtype: DType = .int64, endpoint: Bool = false
    ) throws(TensorError) -> NDArray {
        let (lower, upper) = high.map { (low, $0) } ?? (0, low)
        guard endpoint ? upper >= lower : upper > lower else {
            let message = high == nil ? (endpoint ? "high < 0" : "high <= 0") : (endpoint ? "low > high" : "low >= high")
            throw TensorError(.valueError, message)
        }
        guard dtype.isInteger || dtype == .bool else {
            throw TensorError(.typeError, "Unsupported dtype dtype('\(dtype.name)') for integers")
        }
        try NDArray.checkDrawBounds(lowest: lower, highest: endpoint ? upper : upper - 1, dtype: dtype)
        let range = UInt64(bitPattern: upper &- lower &- (endpoint ? 0 : 1))
        if dtype.itemSize >= 4 {
            return try NDArray.drawingIntegers(shape, dtype: dtype, lower: lower) { nextBounded(range) }
        }
        var pieces = PieceBuffer(for: dtype)
        return try NDArray.drawingIntegers(shape, dtype: dtype, lower: lower) {
            pieces.nextLemire(range) { bits.next32() }
        }
    }

    /// A value in [0, range] (NumPy's `random_bounded_uint64` without masking).
    private func nextBounded(_ range: UInt64) -> UInt64 {
        if range == 0 { return 0 }
        if range <= UInt64(UInt32.max) {
            if range == UInt64(UInt32.max) { return UInt64(bits.next32()) }
            let exclusive = UInt32(range) &+ 1
            var product = UInt64(bits.next32()) &* UInt64(exclusive)
            var leftover = UInt32(truncatingIfNeeded: product)
            if leftover < exclusive {
                let threshold = (UInt32.max &- UInt32(range)) % exclusive
                while leftover < threshold {
                    product = UInt64(bits.next32()) &* UInt64(exclusive)
                    leftover = UInt32(truncatingIfNeeded: product)
                }
            }
            return product >> 32
        }
        if range == UInt64.max { return bits.next64() }
        let exclusive = range &+ 1
        var product = UInt128(bits.next64()) &* UInt128(exclusive)
        var leftover = UInt64(truncatingIfNeeded: product)
        if leftover < exclusive {
            let threshold = (UInt64.max &- range) % exclusive
            while leftover < threshold {
                product = UInt128(bits.next64()) &* UInt128(exclusive)
                leftover = UInt64(truncatingIfNeeded: product)
            }
        }
        return UInt64(truncatingIfNeeded: product >> 64)
    }

}
