#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Scratch memory for fused loops, kept between calls: a fused loop needs a few hundred
/// KiB at most, and allocating that much afresh each call would map and fault new pages
/// every time (glibc serves it with mmap).
final class ScratchCache: @unchecked Sendable {
    static let shared = ScratchCache()

    private var lock = pthread_mutex_t()
    private var free: [(pointer: UnsafeMutableRawPointer, byteCount: Int)] = []
    /// At most this many idle buffers are kept (one per thread of a few concurrent calls).
    private let capacity = 16

    private init() { pthread_mutex_init(&lock, nil) }

    /// A buffer of at least `byteCount` bytes, aligned to 64.
    func take(byteCount: Int) -> (pointer: UnsafeMutableRawPointer, byteCount: Int) {
        pthread_mutex_lock(&lock)
        if let index = free.firstIndex(where: { $0.byteCount >= byteCount }) {
            let buffer = free.remove(at: index)
            pthread_mutex_unlock(&lock)
            return buffer
        }
        pthread_mutex_unlock(&lock)
        return (UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: 64), byteCount)
    }

    /// Gives a buffer back; beyond the capacity the smallest buffer is freed.
    func give(_ buffer: (pointer: UnsafeMutableRawPointer, byteCount: Int)) {
        pthread_mutex_lock(&lock)
        free.append(buffer)
        var evicted: UnsafeMutableRawPointer?
        if free.count > capacity, let smallest = free.indices.min(by: { free[$0].byteCount < free[$1].byteCount }) {
            evicted = free.remove(at: smallest).pointer
        }
        pthread_mutex_unlock(&lock)
        evicted?.deallocate()
    }
}
