/// The Threefry-2x32 block cipher (20 rounds), the function behind every JAX random draw:
/// it encrypts a pair of 32-bit counters under a pair of 32-bit key words.
enum Threefry {
    private static let rotations: [[UInt32]] = [[13, 15, 26, 6], [17, 29, 16, 24]]

    /// The two output words for `counter` under `key`.
    static func hash(key: (UInt32, UInt32), counter: (UInt32, UInt32)) -> (UInt32, UInt32) {
        let parity = key.0 ^ key.1 ^ 0x1BD1_1BDA
        func schedule(_ index: Int) -> UInt32 { index == 0 ? key.0 : index == 1 ? key.1 : parity }
        var x0 = counter.0 &+ key.0
        var x1 = counter.1 &+ key.1
        for injection in 1...5 {
            for rotation in rotations[(injection - 1) % 2] {
                x0 = x0 &+ x1
                x1 = (x1 << rotation) | (x1 >> (32 - rotation))
                x1 ^= x0
            }
            x0 = x0 &+ schedule(injection % 3)
            x1 = x1 &+ schedule((injection + 1) % 3) &+ UInt32(injection)
        }
        return (x0, x1)
    }

    /// `hash` of the flat C-order position of every element of `count` elements (the 64-bit
    /// position split into high and low words, JAX's `iota_2x32_shape`).
    static func hashPositions(key: (UInt32, UInt32), count: Int) -> [(UInt32, UInt32)] {
        (0..<count).map { position in
            let wide = UInt64(position)
            return hash(key: key, counter: (UInt32(truncatingIfNeeded: wide >> 32), UInt32(truncatingIfNeeded: wide)))
        }
    }
}
