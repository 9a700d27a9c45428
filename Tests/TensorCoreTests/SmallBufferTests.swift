import CBlockCache
import Foundation
import Testing
@testable import TensorCore
import TestSupport

/// Buffers under 16 KiB: the bytes of the smallest live in the buffer object, the rest in
/// blocks a thread keeps for reuse. Every size is aligned and fully usable, a freed block
/// comes back for the next request of its class, a thread keeps only a few, and a kept
/// block is never handed out while a live buffer uses it.
@Suite("Small buffers")
struct SmallBufferTests {
    /// Sizes on both sides of every boundary: inline, each block class, the pool's threshold.
    static let sizes = [0, 1, 63, 64, 511, 512, 513, 1023, 1024, 1025, 2048, 4095, 4096, 4097, 8192, 12_000, 16_383]

    @Test("a buffer of every small size is 64-byte aligned and holds every byte written to it", arguments: sizes)
    func alignedAndUsable(byteCount: Int) {
        let buffer = ArrayBuffer.allocate(byteCount: byteCount)
        #expect(buffer.address % ArrayBuffer.alignment == 0)
        #expect(buffer.byteCount == byteCount)
        let bytes = UnsafeMutableRawBufferPointer(start: buffer.base, count: byteCount)
        for index in bytes.indices { bytes[index] = UInt8(truncatingIfNeeded: index &* 7) }
        #expect(bytes.indices.allSatisfy { bytes[$0] == UInt8(truncatingIfNeeded: $0 &* 7) })
    }

    @Test("a zeroed small buffer is zero even when its block was used before", arguments: [600, 4096, 16_000])
    func zeroedReuse(byteCount: Int) {
        do {
            let dirty = ArrayBuffer.allocate(byteCount: byteCount)
            dirty.base.initializeMemory(as: UInt8.self, repeating: 0xCD, count: byteCount)
        }
        let clean = ArrayBuffer.allocate(byteCount: byteCount, zeroed: true)
        #expect(UnsafeRawBufferPointer(start: clean.base, count: byteCount).allSatisfy { $0 == 0 })
    }

    @Test("a freed block is handed out again on the same thread for a request of its size class")
    func reuse() {
        var address = 0
        do {
            let first = ArrayBuffer.allocate(byteCount: 4000)
            address = first.address
        }
        #expect(ArrayBuffer.keptBlocks(forByteCount: 4000) >= 1)
        let second = ArrayBuffer.allocate(byteCount: 3000)
        #expect(second.address == address)
    }

    @Test("a thread keeps at most eight freed blocks per size class")
    func keptBlocksAreBounded() {
        let kept = LockedValue(-1)
        let done = DispatchSemaphore(value: 0)
        // A thread of its own, so the count starts from none kept.
        let thread = Thread {
            do {
                let live = (0..<20).map { _ in ArrayBuffer.allocate(byteCount: 2000) }
                #expect(Set(live.map(\.address)).count == 20)
            }
            kept.value = ArrayBuffer.keptBlocks(forByteCount: 2000)
            done.signal()
        }
        thread.start()
        done.wait()
        #expect(kept.value == 8)
    }

    @Test("a block beyond the largest size class is aligned, usable and never kept")
    func beyondTheClasses() throws {
        let byteCount = 40_000
        let block = try #require(course_block_take(byteCount))
        #expect(Int(bitPattern: block) % ArrayBuffer.alignment == 0)
        block.initializeMemory(as: UInt8.self, repeating: 0x5A, count: byteCount)
        #expect(UnsafeRawBufferPointer(start: block, count: byteCount).allSatisfy { $0 == 0x5A })
        course_block_give(block, byteCount)
        #expect(course_block_kept(byteCount) == 0)
    }

    @Test("small buffers held and released in random orders never share memory")
    func neverAliasesLiveMemory() {
        var random = SplitMix64(seed: 2027)
        var live: [(buffer: ArrayBuffer, tag: UInt8)] = []
        for step in 0..<2000 {
            if live.isEmpty || Int.random(in: 0..<3, using: &random) > 0 {
                let size = Int.random(in: 0..<BufferPool.minimumPooledBytes, using: &random)
                let buffer = ArrayBuffer.allocate(byteCount: size)
                let tag = UInt8(truncatingIfNeeded: step)
                buffer.base.initializeMemory(as: UInt8.self, repeating: tag, count: size)
                live.append((buffer, tag))
            } else {
                live.remove(at: Int.random(in: 0..<live.count, using: &random))
            }
            if live.count > 24 { live.removeFirst() }
            let ranges = live.map { $0.buffer.address..<($0.buffer.address + Swift.max($0.buffer.byteCount, 1)) }
            for (i, first) in ranges.enumerated() {
                for second in ranges[(i + 1)...] { #expect(!first.overlaps(second)) }
            }
            for (buffer, tag) in live where buffer.byteCount > 0 {
                let bytes = UnsafeRawBufferPointer(start: buffer.base, count: buffer.byteCount)
                #expect(bytes.first == tag && bytes.last == tag && bytes[bytes.count / 2] == tag)
            }
        }
    }
}
