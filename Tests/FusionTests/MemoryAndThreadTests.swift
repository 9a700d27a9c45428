import Dispatch
import Fusion
import Synchronization
import Testing
import TensorCore

/// What a fused plan allocates, and the worker pool under concurrent and nested use.
@Suite(.serialized) struct MemoryAndThreadTests {
    @Test func aFusedExpressionAllocatesOnlyItsResult() throws {
        let count = 1 << 20
        let x = try NDArray.linspace(0, 1, count: count, dtype: .float32)
        let y = try NDArray.linspace(1, 2, count: count, dtype: .float32)
        let f = JIT("f") { (x: Tracer, y: Tracer) throws(TensorError) -> Tracer in try 2 * x * y + 3 * y + 1 }
        _ = try f(x, y)
        // The counter is global and other suites allocate arrays concurrently (a few
        // hundred KiB at a time were seen), so the bound leaves room for them: a fused call
        // stays below its 4 MiB result plus half of one temporary, while the eager
        // expression shows at least two 4 MiB temporaries beside its result. (Alone in a
        // process, tensorcore-bench measures the fused peak as exactly the result.)
        func peak(_ body: () throws -> NDArray) throws -> Int {
            let before = ArrayMemory.liveBytes
            ArrayMemory.resetPeak()
            let result = try body()
            withExtendedLifetime(result) {}
            return ArrayMemory.peakBytes - before
        }
        let fused = try (0..<5).map { _ in try peak { try f(x, y) } }
        let eager = try (0..<5).map { _ in
            try peak {
                let twoXY = try UFunc.multiply(.array(try UFunc.multiply(.scalar(2), .array(x))), .array(y))
                let threeY = try UFunc.multiply(.scalar(3), .array(y))
                return try UFunc.add(.array(try UFunc.add(.array(twoXY), .array(threeY))), .scalar(1))
            }
        }
        #expect(fused.min()! < count * 4 + count * 2, "\(fused)")
        #expect(eager.max()! >= 3 * count * 4, "\(eager)")
    }

    @Test func concurrentCallersGetTheirOwnResults() throws {
        let count = 1 << 17
        let inputs = try (0..<4).map { index in try NDArray.linspace(Double(index), Double(index + 1), count: count, dtype: .float32) }
        let expected = try inputs.map { input in elementBytes(try Parallelism.$threadLimit.withValue(1) { try input.sum() }) }
        let results = Mutex<[[UInt8]]>(Array(repeating: [], count: 4))
        DispatchQueue.concurrentPerform(iterations: 4) { index in
            let sum = try! inputs[index].sum()
            results.withLock { $0[index] = elementBytes(sum) }
        }
        #expect(results.withLock { $0 } == expected)
    }

    @Test func aParallelCallInsideAPartRunsOnItsThread() {
        let total = Mutex(0)
        Parallelism.run(parts: 2) { _ in
            Parallelism.run(parts: 3) { _ in total.withLock { $0 += 1 } }
        }
        #expect(total.withLock { $0 } == 6)
    }

    @Test func rangesCoverTheWorkOnceAtBlockBoundaries() {
        for (count, parts) in [(0, 2), (10, 3), (100_000, 2), (1 << 20, 4), (4097, 4)] {
            let ranges = Parallelism.ranges(count: count, parts: parts, alignment: 64)
            #expect(ranges.count == parts)
            #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == count)
            for (a, b) in zip(ranges, ranges.dropFirst()) {
                #expect(a.upperBound == b.lowerBound)
                #expect(b.lowerBound % 64 == 0 || b.lowerBound == count)
            }
        }
    }
}
