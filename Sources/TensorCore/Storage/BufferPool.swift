import Dispatch
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Keeps freed large buffers by size class and hands them out again, so repeated large
/// operations reuse memory whose pages are already mapped instead of faulting fresh ones
/// in on every call. Only buffers whose `ArrayBuffer` has been deinitialised come back,
/// so a pooled block is never still referenced. The pool holds at most `capacity` bytes
/// (beyond it, freed memory goes straight back to the system) and releases everything
/// once it has been idle for `idleInterval` seconds.
public final class BufferPool: Sendable {
    /// The pool every array uses unless given another one.
    public static let shared = BufferPool()
    /// Smaller buffers are allocated and freed directly. From 128 KiB glibc's malloc serves
    /// requests with fresh mappings, whose pages fault in on every use, and below that it
    /// gives a freed block at the top of the heap back to the system once more than 128 KiB
    /// is free there (`brk`), and takes it back on the next call: an eager `2*x*y + 3*y + 1`
    /// at 2^14 float32 elements (64 KiB results) took 36.8–91.6 µs per call that way, with
    /// about 7,000 `brk` calls in a `tensorcore-bench threads` run, and takes 4.8–5.4 µs with
    /// its buffers pooled from 16 KiB (8 `brk` calls).
    public static let minimumPooledBytes = 1 << 14

    /// Counters, for tests and benchmarks.
    public struct Statistics: Sendable, Equatable {
        /// Blocks handed out again.
        public var reused = 0
        /// Blocks taken from the system.
        public var allocated = 0
        /// Bytes held for reuse now.
        public var pooledBytes = 0
    }

    private struct State: Sendable {
        /// Free blocks by size class: their addresses.
        var free: [Int: [Int]] = [:]
        var statistics = Statistics()
        /// Counts calls, so an idle check can tell whether anything happened meanwhile.
        var activity = 0
        var idleCheckScheduled = false
    }

    /// The most bytes kept for reuse.
    public let capacity: Int
    /// Seconds without activity after which every pooled block is released.
    public let idleInterval: Double
    private let state = Mutex(State())

    /// A pool holding at most `capacity` bytes (by default 1 GiB or a quarter of the
    /// machine's memory, whichever is smaller).
    public init(capacity: Int? = nil, idleInterval: Double = 2) {
        let quarterOfMemory = Int(clamping: ProcessMemory.physicalBytes / 4)
        self.capacity = capacity ?? Swift.min(1 << 30, quarterOfMemory)
        self.idleInterval = idleInterval
    }

    /// The size class a request of `byteCount` bytes is served from: the next of four
    /// steps per power of two (so at most 25% is wasted), in whole 4 KiB pages.
    static func sizeClass(for byteCount: Int) -> Int {
        let page = 4096
        guard byteCount > page else { return page }
        let power = Int.bitWidth - (byteCount - 1).leadingZeroBitCount - 1
        let step = Swift.max((1 << power) / 4, page)
        return (byteCount + step - 1) / step * step
    }

    /// A block of `sizeClass` bytes: a pooled one when available, else a new one.
    func take(sizeClass: Int) -> UnsafeMutableRawPointer {
        let reused: Int? = state.withLock { state in
            state.activity += 1
            guard let address = state.free[sizeClass]?.popLast() else {
                state.statistics.allocated += 1
                return nil
            }
            state.statistics.reused += 1
            state.statistics.pooledBytes -= sizeClass
            return address
        }
        if let reused, let pointer = UnsafeMutableRawPointer(bitPattern: reused) { return pointer }
        return Self.allocate(sizeClass)
    }

    /// Huge pages (2 MiB) cover buffers of this size or more.
    static let hugePageBytes = 2 << 20

    /// New memory for a block. Blocks of 2 MiB or more are aligned to 2 MiB and marked for
    /// transparent huge pages, so streaming through them takes 512 times fewer TLB entries
    /// and page faults (the kernel still decides; the contents are the same either way).
    private static func allocate(_ byteCount: Int) -> UnsafeMutableRawPointer {
        guard byteCount >= hugePageBytes else { return .allocate(byteCount: byteCount, alignment: ArrayBuffer.alignment) }
        let pointer = UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: hugePageBytes)
        #if os(Linux)
        _ = madvise(pointer, byteCount, MADV_HUGEPAGE)
        #endif
        return pointer
    }

    /// Takes back a block no array refers to any more, or frees it when the pool is full.
    func give(_ pointer: UnsafeMutableRawPointer, sizeClass: Int) {
        // The activity count to watch when this call starts the idle check, nil otherwise.
        let (kept, checkFrom) = state.withLock { state -> (Bool, Int?) in
            state.activity += 1
            guard state.statistics.pooledBytes + sizeClass <= capacity else { return (false, nil) }
            state.free[sizeClass, default: []].append(Int(bitPattern: pointer))
            state.statistics.pooledBytes += sizeClass
            defer { state.idleCheckScheduled = true }
            return (true, state.idleCheckScheduled ? nil : state.activity)
        }
        if !kept { pointer.deallocate() }
        if let checkFrom { scheduleIdleCheck(after: checkFrom) }
    }

    /// After `idleInterval`, releases everything if nothing happened since `activity`, or
    /// checks again later. Checking and releasing happen under one lock, so a block given
    /// meanwhile always has a check scheduled.
    private func scheduleIdleCheck(after activity: Int) {
        DispatchQueue.global(qos: .utility).asyncAfter(deadline: .now() + idleInterval) { [self] in
            let (idle, current) = state.withLock { state -> ([Int]?, Int) in
                guard state.activity == activity else { return (nil, state.activity) }
                state.idleCheckScheduled = false
                return (Self.takeAll(&state), activity)
            }
            if let idle {
                Self.deallocate(idle)
            } else {
                scheduleIdleCheck(after: current)
            }
        }
    }

    /// Frees every pooled block now.
    public func trim() {
        Self.deallocate(state.withLock { Self.takeAll(&$0) })
    }

    private static func takeAll(_ state: inout State) -> [Int] {
        let all = state.free.values.flatMap { $0 }
        state.free = [:]
        state.statistics.pooledBytes = 0
        return all
    }

    private static func deallocate(_ addresses: [Int]) {
        for address in addresses { UnsafeMutableRawPointer(bitPattern: address)?.deallocate() }
    }

    /// The counters now.
    public var statistics: Statistics { state.withLock { $0.statistics } }
}
