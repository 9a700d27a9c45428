import Foundation
import Fusion
import TensorCore

/// The course's two benchmarks, float32, n = 2^10 … 2^23, against NumPy and `jax.jit` timed
/// in the same run by `tools/compare_numpy_jax.py` (when python3 has them):
/// - `sum(x)`: TensorCore's eager sum;
/// - `2*x*y + 3*y + 1`: eagerly (five calls, temporaries reused as NumPy reuses them) and fused by `JIT`;
/// - per-call overhead at 2^10 (and of `x + y` at n = 1, where a call does no work), and
///   the peak memory of the fused expression at 2^23, and the memory's floor there
///   (`memoryFloorTime`) beside the fused time.
func runCourseWorkloads(powers: [Int]) throws {
    // n = 1 is measured besides the table's sizes: there a call is all overhead.
    let reference = referenceTimes(powers: powers.contains(0) ? powers : powers + [0])
    let fused = JIT("f") { (x: Tracer, y: Tracer) throws(TensorError) -> Tracer in try 2 * x * y + 3 * y + 1 }
    print("float32, best time per call (autorange, best of 7); ratio = their time / ours (above 1: we are faster)")
    print("| n | sum | NumPy | JAX jit | 2xy+3y+1 eager | NumPy | fused | JAX jit | fused/NumPy | fused/JAX |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for power in powers {
        let n = 1 << power
        let x = try NDArray.linspace(0, 1, count: n, dtype: .float32)
        let y = try NDArray.linspace(1, 2, count: n, dtype: .float32)
        let sumTime = try bestTime { _ = try x.sum() }
        let eagerTime = try bestTime { _ = try eagerExpression(x, y) }
        let fusedTime = try bestTime { _ = try fused(x, y) }
        func their(_ key: String) -> Double? { reference?[key]?[String(power)] }
        func ratio(_ theirs: Double?, _ ours: Double) -> String {
            theirs.map { String(format: "%.2f×", $0 / ours) } ?? "-"
        }
        func compared(_ key: String, _ ours: Double) -> String {
            readable(their(key)) + " (" + ratio(their(key), ours) + ")"
        }
        var cells: [String] = [readable(sumTime), compared("NumPy sum", sumTime), compared("JAX jit sum", sumTime)]
        cells += [readable(eagerTime), compared("NumPy 2xy+3y+1", eagerTime), readable(fusedTime)]
        cells += [readable(their("JAX jit 2xy+3y+1"))]
        cells += [ratio(their("NumPy 2xy+3y+1"), fusedTime), ratio(their("JAX jit 2xy+3y+1"), fusedTime)]
        print("| 2^\(power) | " + cells.joined(separator: " | ") + " |")
    }

    // Per-call overhead: at 2^10 the work is a few hundred nanoseconds; the rest is the call.
    let x10 = try NDArray.linspace(0, 1, count: 1 << 10, dtype: .float32)
    let y10 = try NDArray.linspace(1, 2, count: 1 << 10, dtype: .float32)
    let addTime = try bestTime { _ = try UFunc.add(x10, y10) }
    let sumTime = try bestTime { _ = try x10.sum() }
    let fusedTime = try bestTime { _ = try fused(x10, y10) }
    print("")
    print("per call at 2^10 (Swift API)")
    let overheads: [(String, Double, String)] = [
        ("x + y", addTime, "NumPy x+y"), ("sum(x)", sumTime, "NumPy sum"), ("fused 2xy+3y+1", fusedTime, "NumPy 2xy+3y+1"),
    ]
    for (label, ours, key) in overheads {
        var line = label.padding(toLength: 16, withPad: " ", startingAt: 0) + ": " + readable(ours)
        if let theirs = reference?[key]?["10"] {
            line += ", NumPy " + readable(theirs) + String(format: " (%.0f%% of NumPy's time)", ours / theirs * 100)
        }
        print(line)
    }
    let x0 = try NDArray.linspace(0, 1, count: 1, dtype: .float32)
    let y0 = try NDArray.linspace(1, 2, count: 1, dtype: .float32)
    let smallestAddTime = try bestTime { _ = try UFunc.add(x0, y0) }
    var line = "x + y at n = 1  : " + readable(smallestAddTime)
    if let theirs = reference?["NumPy x+y"]?["0"] {
        line += ", NumPy " + readable(theirs) + String(format: " (%.0f%% of NumPy's time; no work, only the call)", smallestAddTime / theirs * 100)
    }
    print(line)

    // Peak memory of one fused call at 2^23: array bytes alive at the peak, above the inputs.
    let x23 = try NDArray.linspace(0, 1, count: 1 << 23, dtype: .float32)
    let y23 = try NDArray.linspace(1, 2, count: 1 << 23, dtype: .float32)
    _ = try fused(x23, y23)
    let inputs = ArrayMemory.liveBytes
    ArrayMemory.resetPeak()
    let result = try fused(x23, y23)
    let fusedPeak = ArrayMemory.peakBytes - inputs
    ArrayMemory.resetPeak()
    let eagerResult = try eagerExpression(x23, y23)
    let eagerPeak = ArrayMemory.peakBytes - inputs - result.byteCount
    print("")
    print("array memory during one call at 2^23, above the inputs (\(inputs >> 20) MiB):")
    print("  fused: \(String(format: "%.1f", Double(fusedPeak) / 1_048_576)) MiB peak = "
          + "\(String(format: "%.2f", Double(fusedPeak) / Double(result.byteCount))) × the 32 MiB output")
    print("  eager: \(String(format: "%.1f", Double(eagerPeak) / 1_048_576)) MiB peak = "
          + "\(String(format: "%.2f", Double(eagerPeak) / Double(eagerResult.byteCount))) × the output")

    // The memory's floor at 2^23: 96 MiB of traffic no kernel of this shape can avoid.
    // The fused call is timed again right after the floor, so both see the machine alike.
    let floorTime = try memoryFloorTime(x23, y23)
    let fusedTime23 = try bestTime { _ = try fused(x23, y23) }
    print("")
    print("memory floor at 2^23: reading x and y and writing one output (96 MiB) takes \(readable(floorTime))")
    print("  (x + y, non-temporal stores, \(Parallelism.availableCores) threads); fused 2xy+3y+1 took "
          + readable(fusedTime23) + String(format: " = %.2f × the floor", fusedTime23 / floorTime))
    if let jax = reference?["JAX jit 2xy+3y+1"]?["23"] {
        let third = jax / 3
        let reach = third < floorTime ? "below the floor: beyond this machine" : "above the floor"
        print("  a third of JAX jit's \(readable(jax)) is \(readable(third))"
              + String(format: " = %.2f × the floor, ", third / floorTime) + reach)
    }
}

/// `2*x*y + 3*y + 1` eagerly, as NumPy runs it: five calls, each temporary handed to the
/// next call that can write into it (temporary elision), so two new arrays.
func eagerExpression(_ x: NDArray, _ y: NDArray) throws -> NDArray {
    let twoX = try UFunc.multiply(.scalar(2), .array(x))
    let twoXY = try UFunc.multiply.consuming(consume twoX, y)
    let threeY = try UFunc.multiply(.scalar(3), .array(y))
    let sum = try UFunc.add.consuming(consume twoXY, consume threeY)
    return try UFunc.add.consuming(.array(consume sum), .scalar(1))
}

/// NumPy's and JAX's times per call from `tools/compare_numpy_jax.py --json`, or nil.
func referenceTimes(powers: [Int]) -> [String: [String: Double]]? {
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("tools/compare_numpy_jax.py")
    let arguments = [script.path, "--json", "--sizes", powers.map(String.init).joined(separator: ",")]
    guard let data = pythonOutput(arguments) else { return nil }
    return try? JSONDecoder().decode([String: [String: Double]].self, from: data)
}

/// What `python3 ARGUMENTS` prints, or nil when it cannot run or fails.
func pythonOutput(_ arguments: [String]) -> Data? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0 ? data : nil
}

func readable(_ seconds: Double?) -> String {
    guard let seconds else { return "-" }
    if seconds >= 1e-3 { return String(format: "%.2f ms", seconds * 1e3) }
    return seconds >= 1e-6 ? String(format: "%.1f µs", seconds * 1e6) : String(format: "%.0f ns", seconds * 1e9)
}
