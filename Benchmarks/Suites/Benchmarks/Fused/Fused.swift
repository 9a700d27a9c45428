import Benchmark
import Fusion
import TensorCore

/// The course's benchmark expression, eagerly (five calls, temporaries handed over as NumPy
/// elides them) and as one fused plan, and a fused sum, at the course's sizes.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident], maxDuration: .seconds(2))
    let expression = JIT("f") { (x: Tracer, y: Tracer) throws(TensorError) -> Tracer in try 2 * x * y + 3 * y + 1 }
    let summed = JIT("g") { (x: Tracer, y: Tracer) throws(TensorError) -> Tracer in try (x * y).sum() }
    for power in [10, 12, 16, 20, 23] {
        let n = 1 << power
        let x = try! NDArray.linspace(0, 1, count: n, dtype: .float32)
        let y = try! NDArray.linspace(1, 2, count: n, dtype: .float32)
        Benchmark("2*x*y + 3*y + 1 eager, 2^\(power)") { benchmark in
            for _ in benchmark.scaledIterations {
                let twoXY = try UFunc.multiply.consuming(try UFunc.multiply(.scalar(2), .array(x)), y)
                let threeY = try UFunc.multiply(.scalar(3), .array(y))
                blackHole(try UFunc.add.consuming(.array(try UFunc.add.consuming(twoXY, threeY)), .scalar(1)))
            }
        }
        Benchmark("2*x*y + 3*y + 1 fused, 2^\(power)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try expression(x, y)) }
        }
        Benchmark("sum(x*y) fused, 2^\(power)") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try summed(x, y)) }
        }
    }
}
