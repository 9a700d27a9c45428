/// Reference-counted raw memory for array elements, aligned to 64 bytes (a cache
/// line, and the widest SIMD register). Arrays and their views share one buffer.
public final class ArrayBuffer: @unchecked Sendable {
    /// The alignment of every buffer, in bytes.
    public static let alignment = 64

    /// The first byte.
    public let base: UnsafeMutableRawPointer
    /// The usable size in bytes.
    public let byteCount: Int

    /// Allocates `byteCount` bytes, zero-filled when `zeroed` is true.
    public init(byteCount: Int, zeroed: Bool = false) {
        self.byteCount = byteCount
        base = .allocate(byteCount: Swift.max(byteCount, 1), alignment: Self.alignment)
        if zeroed { base.initializeMemory(as: UInt8.self, repeating: 0, count: Swift.max(byteCount, 1)) }
    }

    deinit {
        base.deallocate()
    }

    /// The address of the first byte, as an integer (what `__array_interface__['data'][0]` shows).
    public var address: Int { Int(bitPattern: base) }
}
