/// NumPy's `SeedSequence`: mixes a non-negative integer seed into a pool of four 32-bit
/// words, then hashes the pool into as many words of state as a bit generator asks for.
/// `default_rng(seed)` seeds PCG64 through it.
public struct SeedSequence: Sendable {
    private static let initA: UInt32 = 0x43B0_D7E5
    private static let multA: UInt32 = 0x931E_8875
    private static let initB: UInt32 = 0x8B51_F9DD
    private static let multB: UInt32 = 0x58F3_8DED
    private static let mixLeft: UInt32 = 0xCA01_F9DD
    private static let mixRight: UInt32 = 0x4973_F715
    private static let poolSize = 4

    /// The mixed entropy pool.
    public let pool: [UInt32]

    /// The sequence for `entropy` (its 32-bit words, least significant first).
    public init(entropy words: [UInt32]) {
        var hashConstant = Self.initA
        func hashMix(_ value: UInt32) -> UInt32 {
            var value = value ^ hashConstant
            hashConstant = hashConstant &* Self.multA
            value = value &* hashConstant
            return value ^ (value >> 16)
        }
        func mix(_ x: UInt32, _ y: UInt32) -> UInt32 {
            let result = Self.mixLeft &* x &- Self.mixRight &* y
            return result ^ (result >> 16)
        }
        var mixer = (0..<Self.poolSize).map { hashMix($0 < words.count ? words[$0] : 0) }
        for source in 0..<Self.poolSize {
            for destination in 0..<Self.poolSize where source != destination {
                mixer[destination] = mix(mixer[destination], hashMix(mixer[source]))
            }
        }
        for source in Self.poolSize..<Swift.max(words.count, Self.poolSize) {
            for destination in 0..<Self.poolSize {
                mixer[destination] = mix(mixer[destination], hashMix(words[source]))
            }
        }
        pool = mixer
    }

    /// The sequence for a non-negative integer seed, or NumPy's error for a negative one.
    public init(seed: Int64) throws(TensorError) {
        guard seed >= 0 else {
            throw TensorError(.valueError, "expected non-negative integer")
        }
        var words: [UInt32] = []
        var rest = UInt64(seed)
        repeat {
            words.append(UInt32(truncatingIfNeeded: rest))
            rest >>= 32
        } while rest > 0
        self.init(entropy: words)
    }

    /// `generate_state(n, uint32)`.
    public func generateWords(_ count: Int) -> [UInt32] {
        var hashConstant = Self.initB
        return (0..<count).map { index in
            var value = pool[index % Self.poolSize] ^ hashConstant
            hashConstant = hashConstant &* Self.multB
            value = value &* hashConstant
            return value ^ (value >> 16)
        }
    }

    /// `generate_state(n, uint64)`: pairs of 32-bit words, the first one low.
    public func generateDoubleWords(_ count: Int) -> [UInt64] {
        let words = generateWords(2 * count)
        return (0..<count).map { UInt64(words[2 * $0]) | UInt64(words[2 * $0 + 1]) << 32 }
    }
}
