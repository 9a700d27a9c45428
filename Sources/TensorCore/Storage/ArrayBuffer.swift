import Glibc

/// Reference-counted raw memory for array elements, aligned to 64 bytes (a cache
/// line, and the widest SIMD register). Arrays and their views share one buffer.
/// Buffers of 16 KiB or more come from a `BufferPool` and return to it when freed.
public final class ArrayBuffer: @unchecked Sendable {
    /// The alignment of every buffer, in bytes.
    public static let alignment = 64

    /// The first byte.
    public let base: UnsafeMutableRawPointer
    /// The usable size in bytes.
    public let byteCount: Int

    /// The pool the memory returns to, and its size class, for pooled buffers.
    private let pool: BufferPool?
    private let sizeClass: Int
    /// What `malloc` returned for a small buffer; `base` is the first 64-byte boundary in it.
    /// (`posix_memalign` would split off and free the misaligned ends of each block, and
    /// glibc then consolidates those fragments on the next large request, every call.)
    private let allocation: UnsafeMutableRawPointer?

    /// Allocates `byteCount` bytes, zero-filled when `zeroed` is true; large buffers are
    /// taken from `pool`.
    public init(byteCount: Int, zeroed: Bool = false, pool: BufferPool = .shared) {
        self.byteCount = byteCount
        if byteCount >= BufferPool.minimumPooledBytes {
            self.pool = pool
            sizeClass = BufferPool.sizeClass(for: byteCount)
            base = pool.take(sizeClass: sizeClass)
            allocation = nil
        } else {
            self.pool = nil
            sizeClass = 0
            guard let memory = malloc(Swift.max(byteCount, 1) + Self.alignment - 1) else {
                fatalError("out of memory allocating \(byteCount) bytes")
            }
            allocation = memory
            let address = (Int(bitPattern: memory) + Self.alignment - 1) & -Self.alignment
            base = UnsafeMutableRawPointer(bitPattern: address)!
        }
        ArrayMemory.allocated(byteCount)
        if zeroed { base.initializeMemory(as: UInt8.self, repeating: 0, count: Swift.max(byteCount, 1)) }
    }

    deinit {
        ArrayMemory.freed(byteCount)
        if let pool {
            pool.give(base, sizeClass: sizeClass)
        } else {
            free(allocation)
        }
    }

    /// The address of the first byte, as an integer (what `__array_interface__['data'][0]` shows).
    public var address: Int { Int(bitPattern: base) }
}
