import Synchronization

/// Bytes held by live array buffers of `BufferPool.minimumPooledBytes` (16 KiB) or more,
/// and the most held at once since the last reset: how benchmarks show that a fused
/// expression allocates only its result (no temporaries). Smaller buffers are not counted:
/// they come and go on every small call, where two atomic updates of a shared counter
/// cost about a tenth of the call, and the arrays this measures are large.
public enum ArrayMemory {
    private static let live = Atomic<Int>(0)
    private static let peak = Atomic<Int>(0)

    /// Bytes in counted array buffers that are alive now.
    public static var liveBytes: Int { live.load(ordering: .relaxed) }

    /// The most bytes alive at once since `resetPeak()`.
    public static var peakBytes: Int { peak.load(ordering: .relaxed) }

    /// Starts a new peak measurement from the bytes alive now.
    public static func resetPeak() {
        peak.store(live.load(ordering: .relaxed), ordering: .relaxed)
    }

    static func allocated(_ bytes: Int) {
        let now = live.add(bytes, ordering: .relaxed).newValue
        var seen = peak.load(ordering: .relaxed)
        while now > seen {
            let (exchanged, current) = peak.compareExchange(expected: seen, desired: now, ordering: .relaxed)
            if exchanged { break }
            seen = current
        }
    }

    static func freed(_ bytes: Int) {
        live.subtract(bytes, ordering: .relaxed)
    }
}
