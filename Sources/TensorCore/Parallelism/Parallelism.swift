#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How large work is split across cores. Only the split changes with the thread count,
/// never the result: elementwise work is cut into disjoint ranges, and sums are cut along
/// NumPy's own pairwise tree, so one thread and many give the same bits.
public enum Parallelism {
    /// The most threads one call may use; `nil` means every available core.
    /// Set it for a scope with `Parallelism.$threadLimit.withValue(1) { ... }`.
    @TaskLocal public static var threadLimit: Int?

    /// The cores this process may run on.
    public static let availableCores: Int = {
        let count = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        return max(1, Int(count))
    }()

    /// Below this many elements a call stays on one thread. Measured on the project's
    /// 2-core machine (`tensorcore-bench threads`, float32, three runs): waking the second
    /// thread costs 0.3–2 µs, so at 2^15 one thread wins or ties (eager `2*x*y + 3*y + 1`
    /// 7.8 µs against 8.7–16.8 µs) and from 2^16 two win or tie on every workload (the same
    /// expression 22.7–24.0 µs against 11.4–19.4 µs, `x + y` 5.8–6.1 against 4.2–5.4 µs).
    public static let elementThreshold = 1 << 16

    /// Replaces `elementThreshold` for a scope (benchmarks measure below it with this).
    /// Work under `minimumSplitElements` stays on one thread whatever it says.
    @TaskLocal public static var thresholdOverride: Int?

    /// Work this small is never split: one thread already wins at four times this size on
    /// every workload of `tensorcore-bench threads` (float32 `x + y` of 2^14 elements
    /// 2.2 µs on one thread, 2.4 µs on two), and deciding so needs no task-local read.
    public static let minimumSplitElements = 4096

    /// The threads to use for `count` elements of streaming work.
    public static func threads(forElements count: Int) -> Int {
        guard count >= minimumSplitElements else { return 1 }
        let threshold = thresholdOverride ?? elementThreshold
        guard count >= threshold else { return 1 }
        let limit = min(threadLimit ?? availableCores, availableCores)
        guard limit > 1 else { return 1 }
        return min(limit, max(1, count / max(1, threshold / 2)))
    }

    /// Runs `body(part)` for `part` in `0..<parts`, concurrently when `parts > 1`.
    /// Floating-point flags raised by any part are raised on the calling thread afterwards,
    /// so warnings are reported as if one thread had done all the work.
    public static func run(parts: Int, _ body: (Int) -> Void) {
        guard parts > 1 else {
            if parts == 1 { body(0) }
            return
        }
        let collected = FlagCollector()
        WorkerPool.shared.run(parts: parts) { part in
            FloatingPointStatus.clear()
            body(part)
            collected.merge(FloatingPointStatus.read())
        }
        FloatingPointStatus.raise(collected.status)
    }

    /// Splits `0..<count` into `parts` ranges of nearly equal size, each starting at a
    /// multiple of `alignment` (except the first, which starts at 0).
    public static func ranges(count: Int, parts: Int, alignment: Int = 64) -> [Range<Int>] {
        guard parts > 1 else { return [0..<count] }
        var bounds = [0]
        for part in 1..<parts {
            let cut = (count * part / parts) / alignment * alignment
            bounds.append(max(bounds.last!, min(cut, count)))
        }
        bounds.append(count)
        return (0..<parts).map { bounds[$0]..<bounds[$0 + 1] }
    }
}

/// The union of the floating-point flags several threads raised.
private final class FlagCollector: @unchecked Sendable {
    private var lock = pthread_mutex_t()
    private(set) var status: FloatingPointStatus = []

    init() { pthread_mutex_init(&lock, nil) }
    deinit { pthread_mutex_destroy(&lock) }

    func merge(_ flags: FloatingPointStatus) {
        guard !flags.isEmpty else { return }
        pthread_mutex_lock(&lock)
        status.formUnion(flags)
        pthread_mutex_unlock(&lock)
    }
}
