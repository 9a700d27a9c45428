/// NumPy's pairwise summation (`@TYPE@_pairwise_sum`, blocks of 128): fewer than 8 values
/// add up in order from -0.0; up to 128 use 8 accumulators combined as
/// `((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7))` and then the remainder in order; longer runs split
/// at half the length rounded down to a multiple of 8. `load(i)` gives element `i` of the run.
enum PairwiseSum {
    static func sum<T: BinaryFloatingPoint>(count n: Int, _ load: (Int) -> T) -> T {
        sum(from: 0, count: n, load)
    }

    private static func sum<T: BinaryFloatingPoint>(from start: Int, count n: Int, _ load: (Int) -> T) -> T {
        if n < 8 {
            var result: T = -0.0
            for i in 0..<n { result += load(start + i) }
            return result
        }
        if n <= 128 {
            var r0 = load(start), r1 = load(start + 1), r2 = load(start + 2), r3 = load(start + 3)
            var r4 = load(start + 4), r5 = load(start + 5), r6 = load(start + 6), r7 = load(start + 7)
            var i = 8
            while i < n - n % 8 {
                r0 += load(start + i)
                r1 += load(start + i + 1)
                r2 += load(start + i + 2)
                r3 += load(start + i + 3)
                r4 += load(start + i + 4)
                r5 += load(start + i + 5)
                r6 += load(start + i + 6)
                r7 += load(start + i + 7)
                i += 8
            }
            var result = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
            while i < n {
                result += load(start + i)
                i += 1
            }
            return result
        }
        var half = n / 2
        half -= half % 8
        return sum(from: start, count: half, load) + sum(from: start + half, count: n - half, load)
    }
}
