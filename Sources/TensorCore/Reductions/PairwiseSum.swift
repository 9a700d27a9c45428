/// NumPy's pairwise summation (`@TYPE@_pairwise_sum`, blocks of 128): fewer than 8 values
/// add up in order from -0.0; up to 128 use 8 accumulators combined as
/// `((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7))` and then the remainder in order; longer runs split
/// at half the length rounded down to a multiple of 8.
///
/// The run is read from memory (`count` elements of type `Element`, `byteStride` apart) and
/// summed in `Result` (float32 for float16 runs, as NumPy does); reading through a pointer
/// rather than a closure lets the compiler keep the eight accumulators in registers, and a
/// contiguous run keeps them in one `SIMD8` (lane k is accumulator r_k: the same additions
/// in the same order, so the same bits).
enum PairwiseSum {
    static func sum<Element: BinaryFloatingPoint, Result: BinaryFloatingPoint & SIMDScalar>(
        _ base: UnsafeRawPointer, byteStride: Int, count n: Int, of _: Element.Type, in _: Result.Type
    ) -> Result {
        @inline(__always) func load(_ i: Int) -> Result {
            Result(base.load(fromByteOffset: i * byteStride, as: Element.self))
        }
        if n < 8 {
            var result: Result = -0.0
            for i in 0..<n { result += load(i) }
            return result
        }
        if n <= 128, Element.self == Result.self, byteStride == MemoryLayout<Result>.stride {
            var r = base.loadUnaligned(as: SIMD8<Result>.self)
            var i = 8
            while i < n - n % 8 {
                r += base.loadUnaligned(fromByteOffset: i * byteStride, as: SIMD8<Result>.self)
                i += 8
            }
            var result = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
            while i < n {
                result += load(i)
                i += 1
            }
            return result
        }
        if n <= 128 {
            var r0 = load(0), r1 = load(1), r2 = load(2), r3 = load(3)
            var r4 = load(4), r5 = load(5), r6 = load(6), r7 = load(7)
            var i = 8
            while i < n - n % 8 {
                r0 += load(i)
                r1 += load(i + 1)
                r2 += load(i + 2)
                r3 += load(i + 3)
                r4 += load(i + 4)
                r5 += load(i + 5)
                r6 += load(i + 6)
                r7 += load(i + 7)
                i += 8
            }
            var result = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
            while i < n {
                result += load(i)
                i += 1
            }
            return result
        }
        var half = n / 2
        half -= half % 8
        return sum(base, byteStride: byteStride, count: half, of: Element.self, in: Result.self)
            + sum(base + half * byteStride, byteStride: byteStride, count: n - half, of: Element.self, in: Result.self)
    }

    /// `sum`, with the top levels of the pairwise tree spread over threads when the run is
    /// long: each thread sums one subtree, and the subtrees are added as the tree adds them,
    /// so the result is the single-threaded one, bit for bit.
    static func sumSplittingTree<Element: BinaryFloatingPoint, Result: BinaryFloatingPoint & SIMDScalar>(
        _ base: UnsafeRawPointer, byteStride: Int, count n: Int, of _: Element.Type, in _: Result.Type
    ) -> Result {
        let threads = Parallelism.threads(forElements: n)
        guard threads > 1 else { return sum(base, byteStride: byteStride, count: n, of: Element.self, in: Result.self) }
        let subtrees = subtreeRanges(count: n, parts: threads)
        var partials = [Result](repeating: 0, count: subtrees.count)
        partials.withUnsafeMutableBufferPointer { partials in
            Parallelism.run(parts: subtrees.count) { part in
                let range = subtrees[part]
                partials[part] = sum(base + range.lowerBound * byteStride, byteStride: byteStride, count: range.count,
                                     of: Element.self, in: Result.self)
            }
        }
        return combine(partials)
    }

    /// Where the tree splits a run of `count` elements: the left part's length.
    static func leftLength(ofRun count: Int) -> Int {
        let half = count / 2
        return half - half % 8
    }

    /// The subtrees of the top levels of the tree over `count` elements, left to right: split
    /// level by level until there are at least `parts`, or until a further split would cut
    /// a run of `longerThan` elements or fewer (the tree's blocks are 128 long).
    static func subtreeRanges(count: Int, parts: Int, longerThan minimum: Int = 128) -> [Range<Int>] {
        var ranges = [0..<count]
        while ranges.count < parts {
            var next: [Range<Int>] = []
            for range in ranges {
                guard range.count > minimum else { return ranges }
                let left = leftLength(ofRun: range.count)
                next.append(range.lowerBound..<(range.lowerBound + left))
                next.append((range.lowerBound + left)..<range.upperBound)
            }
            ranges = next
        }
        return ranges
    }

    /// Adds subtree sums back up the tree, in the tree's order.
    private static func combine<Result: BinaryFloatingPoint>(_ partials: [Result]) -> Result {
        var level = partials
        while level.count > 1 {
            level = stride(from: 0, to: level.count, by: 2).map { level[$0] + level[$0 + 1] }
        }
        return level[0]
    }
}

