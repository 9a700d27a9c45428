import Synchronization

/// Scratch memory for fused loops, kept between calls: a fused loop needs a few hundred
/// KiB at most, and allocating that much afresh each call would map and fault new pages
/// every time (glibc serves it with mmap).
final class ScratchCache: Sendable {
    static let shared = ScratchCache()

    /// An idle buffer: its address (as an integer, so the list is `Sendable`) and size.
    private typealias Idle = (address: Int, byteCount: Int)
    private let free = Mutex<[Idle]>([])
    /// At most this many idle buffers are kept (one per thread of a few concurrent calls).
    private let capacity = 16

    private init() {}

    /// A buffer of at least `byteCount` bytes, aligned to 64.
    func take(byteCount: Int) -> (pointer: UnsafeMutableRawPointer, byteCount: Int) {
        let reused = free.withLock { free -> Idle? in
            guard let index = free.firstIndex(where: { $0.byteCount >= byteCount }) else { return nil }
            return free.remove(at: index)
        }
        if let reused { return (UnsafeMutableRawPointer(bitPattern: reused.address)!, reused.byteCount) }
        return (UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: 64), byteCount)
    }

    /// Gives a buffer back; beyond the capacity the smallest buffer is freed.
    func give(_ buffer: (pointer: UnsafeMutableRawPointer, byteCount: Int)) {
        let evicted = free.withLock { free -> Int? in
            free.append((Int(bitPattern: buffer.pointer), buffer.byteCount))
            guard free.count > capacity,
                  let smallest = free.indices.min(by: { free[$0].byteCount < free[$1].byteCount }) else { return nil }
            return free.remove(at: smallest).address
        }
        if let evicted { UnsafeMutableRawPointer(bitPattern: evicted)!.deallocate() }
    }
}
