/// The PCG64 bit generator (128-bit LCG, XSL-RR output), NumPy's default: seeded from a
/// `SeedSequence`, it also hands out 32-bit values by halving a 64-bit output, keeping the
/// high half for the next request, as NumPy does.
struct PCG64: Sendable {
    private static let multiplier = UInt128(0x2360_ED05_1FC6_5DA4) << 64 | UInt128(0x4385_DF64_9FCC_F645)
    private var state: UInt128 = 0
    private let increment: UInt128
    private var pendingHalf: UInt32?

    init(seedSequence: SeedSequence) {
        let words = seedSequence.generateDoubleWords(4)
        let initialState = UInt128(words[0]) << 64 | UInt128(words[1])
        let sequence = UInt128(words[2]) << 64 | UInt128(words[3])
        increment = sequence << 1 | 1
        step()
        state &+= initialState
        step()
    }

    private mutating func step() {
        state = state &* Self.multiplier &+ increment
    }

    mutating func next64() -> UInt64 {
        step()
        let folded = UInt64(truncatingIfNeeded: state >> 64) ^ UInt64(truncatingIfNeeded: state)
        let rotation = UInt64(truncatingIfNeeded: state >> 122)
        return folded >> rotation | folded << ((64 - rotation) & 63)
    }

    mutating func next32() -> UInt32 {
        if let half = pendingHalf {
            pendingHalf = nil
            return half
        }
        let value = next64()
        pendingHalf = UInt32(truncatingIfNeeded: value >> 32)
        return UInt32(truncatingIfNeeded: value)
    }

    /// A double in [0, 1) from the top 53 bits of one output.
    mutating func nextDouble() -> Double {
        Double(next64() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }
}
