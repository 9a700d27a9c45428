/// The Mersenne Twister MT19937, as NumPy's legacy `RandomState` runs it.
struct MT19937 {
    private static let size = 624
    private static let shift = 397
    private var state = [UInt32](repeating: 0, count: 624)
    private var position = 624

    /// `init_genrand`: the state from one 32-bit seed (what `np.random.seed(n)` does).
    init(seed: UInt32) {
        state[0] = seed
        for i in 1..<Self.size {
            state[i] = 1812433253 &* (state[i - 1] ^ (state[i - 1] >> 30)) &+ UInt32(i)
        }
        position = Self.size
    }

    /// `init_by_array`: the state from a key of 32-bit words (for seeds given as arrays).
    init(key: [UInt32]) {
        self.init(seed: 19650218)
        var i = 1
        var j = 0
        for _ in 0..<Swift.max(Self.size, key.count) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1664525)) &+ key[j] &+ UInt32(j)
            i += 1
            j += 1
            if i >= Self.size {
                state[0] = state[Self.size - 1]
                i = 1
            }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<(Self.size - 1) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1566083941)) &- UInt32(i)
            i += 1
            if i >= Self.size {
                state[0] = state[Self.size - 1]
                i = 1
            }
        }
        state[0] = 0x8000_0000
        position = Self.size
    }

    private mutating func regenerate() {
        let upper: UInt32 = 0x8000_0000
        let lower: UInt32 = 0x7FFF_FFFF
        for k in 0..<Self.size {
            let y = (state[k] & upper) | (state[(k + 1) % Self.size] & lower)
            state[k] = state[(k + Self.shift) % Self.size] ^ (y >> 1) ^ (y & 1 == 1 ? 0x9908_B0DF : 0)
        }
        position = 0
    }

    /// The next 32 random bits, tempered.
    mutating func next32() -> UInt32 {
        if position >= Self.size { regenerate() }
        var y = state[position]
        position += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    /// 64 bits from two draws, the first in the high half (NumPy's `next_uint64`).
    mutating func next64() -> UInt64 {
        UInt64(next32()) << 32 | UInt64(next32())
    }

    /// A double in [0, 1) with 53 random bits (NumPy's `random_standard_uniform`).
    mutating func nextDouble() -> Double {
        let a = Double(next32() >> 5)
        let b = Double(next32() >> 6)
        return (a * 67108864.0 + b) / 9007199254740992.0
    }
}
