import Foundation
import Testing
@testable import TensorCore
import TestSupport

/// The pool of large buffers: reuse, size classes, its cap, idle release, and above all
/// that it never hands out memory a live buffer still uses.
@Suite("Buffer pool")
struct BufferPoolTests {
    static let megabyte = 1 << 20

    @Test("a freed large buffer is handed out again for a request of its size class")
    func reuse() {
        let pool = BufferPool(capacity: 64 * Self.megabyte, idleInterval: 60)
        var address = 0
        do {
            let first = ArrayBuffer.allocate(byteCount: 4 * Self.megabyte, pool: pool)
            address = first.address
        }
        let second = ArrayBuffer.allocate(byteCount: 4 * Self.megabyte - 100, pool: pool)
        #expect(second.address == address)
        #expect(pool.statistics == BufferPool.Statistics(reused: 1, allocated: 1, pooledBytes: 0))
    }

    @Test("small buffers bypass the pool")
    func smallBuffers() {
        let pool = BufferPool(capacity: 64 * Self.megabyte, idleInterval: 60)
        _ = ArrayBuffer.allocate(byteCount: BufferPool.minimumPooledBytes - 1, pool: pool)
        #expect(pool.statistics == BufferPool.Statistics())
    }

    @Test("size classes waste at most a quarter and cover the request")
    func sizeClasses() {
        for byteCount in [1, 4096, 4097, Self.megabyte, Self.megabyte + 1, 3 * Self.megabyte + 5, 1 << 30] {
            let size = BufferPool.sizeClass(for: byteCount)
            #expect(size >= byteCount && size % 4096 == 0)
            #expect(byteCount <= 4096 || Double(size) <= Double(byteCount) * 1.25 + 4096)
        }
        #expect(BufferPool.sizeClass(for: 4 * Self.megabyte) == 4 * Self.megabyte)
        #expect(BufferPool.sizeClass(for: 4 * Self.megabyte + 1) == 5 * Self.megabyte)
    }

    @Test("the pool never holds more than its capacity")
    func capacity() {
        let pool = BufferPool(capacity: 8 * Self.megabyte, idleInterval: 60)
        do {
            let buffers = (0..<3).map { _ in ArrayBuffer.allocate(byteCount: 4 * Self.megabyte, pool: pool) }
            #expect(Set(buffers.map(\.address)).count == 3)
        }
        #expect(pool.statistics.pooledBytes == 8 * Self.megabyte)
        pool.trim()
        #expect(pool.statistics.pooledBytes == 0)
    }

    @Test("a reused buffer asked for zeros is zeroed")
    func zeroedReuse() {
        let pool = BufferPool(capacity: 64 * Self.megabyte, idleInterval: 60)
        do {
            let dirty = ArrayBuffer.allocate(byteCount: 2 * Self.megabyte, pool: pool)
            dirty.base.initializeMemory(as: UInt8.self, repeating: 0xAB, count: dirty.byteCount)
        }
        let clean = ArrayBuffer.allocate(byteCount: 2 * Self.megabyte, zeroed: true, pool: pool)
        #expect(pool.statistics.reused == 1)
        let bytes = UnsafeRawBufferPointer(start: clean.base, count: clean.byteCount)
        #expect(bytes.allSatisfy { $0 == 0 })
    }

    @Test("buffers held and released in random orders never share memory")
    func neverAliasesLiveMemory() {
        let pool = BufferPool(capacity: 32 * Self.megabyte, idleInterval: 60)
        var random = SplitMix64(seed: 2026)
        var live: [(buffer: ArrayBuffer, tag: UInt8)] = []
        for step in 0..<400 {
            if live.isEmpty || Int.random(in: 0..<3, using: &random) > 0 {
                let size = [1, 2, 3, 4].randomElement(using: &random)! * Self.megabyte + Int.random(in: 0..<4096, using: &random)
                let buffer = ArrayBuffer.allocate(byteCount: size, pool: pool)
                let tag = UInt8(truncatingIfNeeded: step)
                buffer.base.initializeMemory(as: UInt8.self, repeating: tag, count: buffer.byteCount)
                live.append((buffer, tag))
            } else {
                live.remove(at: Int.random(in: 0..<live.count, using: &random))
            }
            if live.count > 12 { live.removeFirst() }
            let ranges = live.map { $0.buffer.address..<($0.buffer.address + $0.buffer.byteCount) }
            for (i, first) in ranges.enumerated() {
                for second in ranges[(i + 1)...] { #expect(!first.overlaps(second)) }
            }
            for (buffer, tag) in live {
                let bytes = UnsafeRawBufferPointer(start: buffer.base, count: buffer.byteCount)
                #expect(bytes.first == tag && bytes.last == tag && bytes[bytes.count / 2] == tag)
            }
        }
        #expect(pool.statistics.reused > 0)
        #expect(pool.statistics.pooledBytes <= 32 * Self.megabyte)
    }

    @Test("an idle pool releases its memory")
    func idleRelease() async throws {
        let pool = BufferPool(capacity: 64 * Self.megabyte, idleInterval: 0.05)
        _ = ArrayBuffer.allocate(byteCount: 2 * Self.megabyte, pool: pool)
        #expect(pool.statistics.pooledBytes > 0)
        for _ in 0..<100 where pool.statistics.pooledBytes > 0 {
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        #expect(pool.statistics.pooledBytes == 0)
    }
}
