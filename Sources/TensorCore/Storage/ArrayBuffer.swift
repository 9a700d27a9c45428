import CBlockCache
import Glibc

/// Reference-counted raw memory for array elements, aligned to 64 bytes (a cache
/// line, and the widest SIMD register). Arrays and their views share one buffer.
///
/// Where the bytes live depends on the size: up to `largestInlineBytes` in the buffer object
/// itself (one allocation, which malloc serves from its per-thread cache); up to 16 KiB in a
/// block from a per-thread cache of recently freed blocks (`course_block_take`: malloc
/// takes its slower path for such sizes); beyond that from a `BufferPool`. Blocks go back
/// where they came from when the buffer is freed.
/// Create one with `ArrayBuffer.allocate(byteCount:zeroed:pool:)`.
public final class ArrayBuffer: ManagedBuffer<ArrayBuffer.Header, UInt8> {
    /// The alignment of every buffer, in bytes.
    public static let alignment = 64
    /// The most bytes kept in the buffer object itself. With its header and alignment
    /// padding the object stays under the 1,032 bytes glibc's per-thread cache serves.
    static let largestInlineBytes = 512

    /// Where a buffer's bytes are and where they go back to. (A `ManagedBuffer` subclass
    /// keeps its fields here: `ManagedBuffer` places the inline bytes right after the
    /// header, leaving no room for stored properties of a subclass.)
    public struct Header {
        let base: UnsafeMutableRawPointer
        let byteCount: Int
        /// The pool the memory returns to, and its size class, for pooled buffers.
        let pool: BufferPool?
        let sizeClass: Int
    }

    /// The first byte.
    public var base: UnsafeMutableRawPointer { fields.base }
    /// The usable size in bytes.
    public var byteCount: Int { fields.byteCount }

    /// The header, read through its address: the header is never written after creation,
    /// and `header` would make every read a dynamically checked access.
    private var fields: Header { withUnsafeMutablePointerToHeader { $0.pointee } }

    /// A buffer of `byteCount` bytes, zero-filled when `zeroed` is true; large buffers are
    /// taken from `pool` (by default `BufferPool.shared`, which small ones never touch).
    public static func allocate(byteCount: Int, zeroed: Bool = false, pool: BufferPool? = nil) -> ArrayBuffer {
        let buffer: ArrayBuffer
        if byteCount >= BufferPool.minimumPooledBytes {
            let pool = pool ?? .shared
            let sizeClass = BufferPool.sizeClass(for: byteCount)
            let base = pool.take(sizeClass: sizeClass)
            buffer = unsafeDowncast(create(minimumCapacity: 0) { _ in
                Header(base: base, byteCount: byteCount, pool: pool, sizeClass: sizeClass)
            }, to: ArrayBuffer.self)
            ArrayMemory.allocated(byteCount)
        } else if byteCount <= largestInlineBytes {
            // The bytes follow the header; `base` is the first 64-byte boundary among them.
            buffer = unsafeDowncast(create(minimumCapacity: Swift.max(byteCount, 1) + alignment - 1) { object in
                let first = object.withUnsafeMutablePointerToElements { Int(bitPattern: $0) }
                let aligned = UnsafeMutableRawPointer(bitPattern: (first + alignment - 1) & -alignment)!
                return Header(base: aligned, byteCount: byteCount, pool: nil, sizeClass: 0)
            }, to: ArrayBuffer.self)
        } else {
            guard let base = course_block_take(byteCount) else { fatalError("out of memory: \(byteCount) bytes") }
            buffer = unsafeDowncast(create(minimumCapacity: 0) { _ in
                Header(base: base, byteCount: byteCount, pool: nil, sizeClass: 0)
            }, to: ArrayBuffer.self)
        }
        if zeroed { buffer.base.initializeMemory(as: UInt8.self, repeating: 0, count: Swift.max(byteCount, 1)) }
        return buffer
    }

    deinit {
        let fields = fields
        if let pool = fields.pool {
            ArrayMemory.freed(fields.byteCount)
            pool.give(fields.base, sizeClass: fields.sizeClass)
        } else if fields.byteCount > Self.largestInlineBytes {
            course_block_give(fields.base, fields.byteCount)
        }
    }

    /// How many freed blocks of the size class serving `byteCount` bytes the calling thread
    /// keeps for reuse (for tests).
    static func keptBlocks(forByteCount byteCount: Int) -> Int { Int(course_block_kept(byteCount)) }

    /// The address of the first byte, as an integer (what `__array_interface__['data'][0]` shows).
    public var address: Int { Int(bitPattern: base) }
}
