/// NumPy's bounded draws for 8- and 16-bit dtypes and bool: each 32-bit output is split
/// into pieces (low bits first, single bits for bool), a buffer that lives for one call
/// that fills an array. The legacy `RandomState` bounds pieces by masked rejection, the
/// `Generator` by Lemire's method at the piece's width.
struct PieceBuffer {
    /// Bits per piece: 1, 8 or 16.
    let bits: Int
    private var buffer: UInt32 = 0
    private var remaining = 0

    /// Pieces for a dtype: single bits for bool, the dtype's width otherwise.
    init(for dtype: DType) {
        bits = dtype == .bool ? 1 : dtype.itemSize * 8
    }

    private var pieceMask: UInt64 { (1 << UInt64(bits)) - 1 }

    private mutating func piece(_ source: () -> UInt32) -> UInt64 {
        if remaining == 0 {
            buffer = source()
            remaining = 32 / bits - 1
        } else {
            buffer >>= UInt32(bits)
            remaining -= 1
        }
        return UInt64(buffer) & pieceMask
    }

    /// A value in [0, range] by masked rejection (the legacy generator's way).
    mutating func nextMasked(_ range: UInt64, _ source: () -> UInt32) -> UInt64 {
        if range == 0 { return 0 }
        if bits == 1 || range == pieceMask { return piece(source) }
        let mask = range.coveringMask
        var value: UInt64
        repeat { value = piece(source) & mask } while value > range
        return value
    }

    /// A value in [0, range] by Lemire's multiply-and-reject method (the Generator's way).
    mutating func nextLemire(_ range: UInt64, _ source: () -> UInt32) -> UInt64 {
        if range == 0 { return 0 }
        if bits == 1 || range == pieceMask { return piece(source) }
        let exclusive = range + 1
        var product = piece(source) * exclusive
        var leftover = product & pieceMask
        if leftover < exclusive {
            let threshold = (pieceMask - range) % exclusive
            while leftover < threshold {
                product = piece(source) * exclusive
                leftover = product & pieceMask
            }
        }
        return product >> UInt64(bits)
    }
}

extension UInt64 {
    /// The smallest all-ones mask (2^k - 1) at least this value.
    var coveringMask: UInt64 {
        self == 0 ? 0 : UInt64.max >> UInt64(leadingZeroBitCount)
    }
}
