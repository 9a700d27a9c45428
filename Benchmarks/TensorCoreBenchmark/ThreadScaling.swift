import Fusion
import TensorCore

/// One thread against all cores for float32 `x + y` (into `out`), `sum(x)`, and
/// `2*x*y + 3*y + 1` eagerly (five calls, temporaries handed over) and fused, over sizes
/// around `Parallelism.elementThreshold`: where a second thread starts to pay is how that
/// threshold was chosen.
func runThreadScaling() throws {
    let fused = JIT("f") { (x: Tracer, y: Tracer) throws(TensorError) -> Tracer in try 2 * x * y + 3 * y + 1 }
    print("threads: 1 vs \(Parallelism.availableCores), best of 7 (threshold now 2^\(Parallelism.elementThreshold.trailingZeroBitCount))")
    print("| n | x+y 1 | x+y all | sum 1 | sum all | eager 1 | eager all | fused 1 | fused all |")
    print("|---|---|---|---|---|---|---|---|---|")
    for power in [14, 15, 16, 17, 18, 20, 22] {
        let n = 1 << power
        let x = try NDArray.linspace(0, 1, count: n, dtype: .float32)
        let y = try NDArray.linspace(1, 2, count: n, dtype: .float32)
        let out = try NDArray.zeros([n], dtype: .float32)
        var cells: [String] = []
        for work in [
            { () throws -> Void in _ = try UFunc.add(.array(x), .array(y), out: out) },
            { () throws -> Void in _ = try x.sum() },
            { () throws -> Void in _ = try eagerExpression(x, y) },
            { () throws -> Void in _ = try fused(x, y) },
        ] {
            let single = try Parallelism.$threadLimit.withValue(1) { try bestTime(work) }
            let all = try Parallelism.$threadLimit.withValue(Parallelism.availableCores) {
                try Parallelism.$thresholdOverride.withValue(1) { try bestTime(work) }
            }
            cells += [readable(single), readable(all)]
        }
        print("| 2^\(power) | " + cells.joined(separator: " | ") + " |")
    }
}
