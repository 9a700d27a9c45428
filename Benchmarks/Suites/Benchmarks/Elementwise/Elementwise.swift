import Benchmark
import TensorCore

/// float32 elementwise calls and sums at the course's sizes: each benchmark's time is per
/// call; scaledIterations gives throughput figures.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident], maxDuration: .seconds(2))
    for power in [10, 16, 20, 23] {
        let n = 1 << power
        let x = try! NDArray.linspace(0, 1, count: n, dtype: .float32)
        let y = try! NDArray.linspace(1, 2, count: n, dtype: .float32)
        let row = try! NDArray.linspace(0, 1, count: 1024, dtype: .float32)
        let matrix = try! x.reshaped([n / 1024, 1024])
        Benchmark("x + y, 2^\(power)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try UFunc.add(x, y)) }
        }
        Benchmark("matrix + row (broadcast), 2^\(power)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try UFunc.add(matrix, row)) }
        }
        Benchmark("sum(x), 2^\(power)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try x.sum()) }
        }
    }
}
