import Fusion
import Interpreter
import TensorCore

/// Runs `course bench`: for each size, our three variants of both workloads (the plain-
/// Python loop through our interpreter up to the loop cap, TensorCore's eager kernels, a
/// fused `jax.jit` plan), then, with `compare`, the real NumPy, JAX and CPython through
/// python3 — one after the other, never at once, so that no run slows another.
public struct BenchRun {
    public var settings: BenchSettings
    /// Called before each measurement with the number done, the total, and what runs next.
    public var progress: (Int, Int, String) -> Void = { _, _, _ in }

    public init(settings: BenchSettings) {
        self.settings = settings
    }

    public func run() throws(BenchError) -> BenchResults {
        var results = BenchResults(settings: settings)
        let stopwatch = Stopwatch(repeats: settings.repeats, minimumRunTime: settings.minimumRunTime)
        let reference = ReferenceBench(settings: settings)
        let loopPowers = settings.powers.filter { $0 <= settings.loopCap }
        var total = settings.powers.count * 4 + loopPowers.count * 2 + (settings.compare ? reference.measurementCount : 0)
        var done = 0
        func step(_ what: String) {
            progress(done, total, what)
            done += 1
        }
        let fusedSum = JIT("total") { (x: Tracer) throws(TensorError) -> Tracer in try x.sum() }
        let fused = JIT("f") { (x: Tracer, y: Tracer) throws(TensorError) -> Tracer in try 2 * x * y + 3 * y + 1 }
        do throws(TensorError) {
            for power in settings.powers {
                let x = try NDArray.linspace(0, 1, count: 1 << power, dtype: settings.dtype)
                let y = try NDArray.linspace(1, 2, count: 1 << power, dtype: settings.dtype)
                step("sum eager 2^\(power)")
                results.record(try stopwatch.bestTime { () throws(TensorError) in _ = try x.sum() }, .sum, .eager, power: power)
                step("sum fused 2^\(power)")
                results.record(try stopwatch.bestTime { () throws(TensorError) in _ = try fusedSum(x) }, .sum, .fused, power: power)
                step("2*x*y + 3*y + 1 eager 2^\(power)")
                results.record(try stopwatch.bestTime { () throws(TensorError) in _ = try Self.eagerExpression(x, y) }, .expression, .eager, power: power)
                step("2*x*y + 3*y + 1 fused 2^\(power)")
                results.record(try stopwatch.bestTime { () throws(TensorError) in _ = try fused(x, y) }, .expression, .fused, power: power)
            }
        } catch {
            throw .measurementFailed("TensorCore: \(error)")
        }
        for power in loopPowers {
            let interpreter = try Self.loopInterpreter(count: 1 << power)
            for workload in BenchWorkload.allCases {
                step("\(workload.title) Python loop 2^\(power)")
                let name = workload.pythonFunction.name
                do throws(PythonException) {
                    results.record(try stopwatch.bestTime { () throws(PythonException) in _ = try interpreter.call(name, with: []) },
                                   workload, .pythonLoop, power: power)
                } catch {
                    throw .measurementFailed("the Python loop: \(error.summary)")
                }
            }
        }
        if settings.compare {
            let label = "NumPy, JAX and CPython (python3)"
            progress(done, total, label)
            reference.run(into: &results) { skipped in
                if skipped > 0 { total -= skipped } else { done += 1 }
                progress(done, total, label)
            }
        }
        progress(total, total, "")
        return results
    }

    /// `2*x*y + 3*y + 1` as NumPy evaluates it: five calls, each temporary handed to the next
    /// call that can write into it (NumPy's temporary elision), so two new arrays.
    static func eagerExpression(_ x: NDArray, _ y: NDArray) throws(TensorError) -> NDArray {
        let twoX = try UFunc.multiply(.scalar(2), .array(x))
        let twoXY = try UFunc.multiply.consuming(consume twoX, y)
        let threeY = try UFunc.multiply(.scalar(3), .array(y))
        let sum = try UFunc.add.consuming(consume twoXY, consume threeY)
        return try UFunc.add.consuming(.array(consume sum), .scalar(1))
    }

    /// An interpreter holding `xs`, `ys` (Python floats from 0 to 1 and 1 to 2) and the two
    /// plain-Python functions.
    static func loopInterpreter(count: Int) throws(BenchError) -> Interpreter {
        let interpreter = Interpreter(write: { _ in })
        let source = """
            n = \(count)
            xs = [i / (n - 1) for i in range(n)]
            ys = [1 + i / (n - 1) for i in range(n)]
            \(BenchWorkload.sum.pythonFunction.source)
            \(BenchWorkload.expression.pythonFunction.source)
            """
        do {
            try interpreter.run(SourceFile(source, name: "<bench>"))
        } catch {
            throw .measurementFailed("the Python loop's setup: \(error)")
        }
        return interpreter
    }
}
