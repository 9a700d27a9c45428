import Foundation
import Fusion
import TensorCore

// Elementwise speed of TensorCore against a plain Swift loop over the same buffers, in one
// run: float32 `add` over 2^20 elements, contiguous and with a row or a column broadcast;
// then `sum` against NumPy and against a plain read loop (below).
// Best of 7 repetitions after a warm-up, each repetition long enough to time.
//
//     swift run -c release tensorcore-bench            # kernels, then the course's workloads
//     swift run -c release tensorcore-bench kernels    # kernels only
//     swift run -c release tensorcore-bench course [10,12,...]  # the course's workloads only
//     swift run -c release tensorcore-bench threads    # one thread against all, around the threshold
//     swift run -c release tensorcore-bench profile-fused 22   # fused calls for 3 s, for a profiler
//     swift run -c release tensorcore-bench profile-add 10     # eager x + y calls for 3 s
//     swift run -c release tensorcore-bench profile-sum 10     # fused sum(x) calls for 3 s
//     swift run -c release tensorcore-bench profile-eager-sum 23  # eager x.sum() calls for 3 s
//     swift run -c release tensorcore-bench profile-eager 16   # eager 2*x*y + 3*y + 1 for 3 s

func bestTime(_ body: () throws -> Void) rethrows -> Double {
    try body()
    var iterations = 1
    while true {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<iterations { try body() }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        if elapsed > 0.05 { break }
        iterations *= 2
    }
    var best = Double.infinity
    for _ in 0..<7 {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<iterations { try body() }
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 / Double(iterations))
    }
    return best
}

func pointer(_ array: NDArray) -> UnsafeMutablePointer<Float> {
    (array.buffer.base + array.offset).assumingMemoryBound(to: Float.self)
}

let mode = CommandLine.arguments.dropFirst().first ?? "all"
let coursePowers = CommandLine.arguments.dropFirst(2).first.map { $0.split(separator: ",").compactMap { Int($0) } }
    ?? [10, 12, 14, 16, 18, 20, 22, 23]
if ["profile-fused", "profile-add", "profile-sum", "profile-eager-sum", "profile-eager"].contains(mode) {
    // A steady stream of fused calls (eager `x + y` calls, fused or eager sums, eager
    // expressions) at one size, for a profiler.
    let n = 1 << (coursePowers.first ?? 22)
    let fused = JIT("f") { (x: Tracer, y: Tracer) throws(TensorError) -> Tracer in try 2 * x * y + 3 * y + 1 }
    let fusedSum = JIT("sum") { (x: Tracer) throws(TensorError) -> Tracer in try x.sum() }
    let x = try NDArray.linspace(0, 1, count: n, dtype: .float32)
    let y = try NDArray.linspace(1, 2, count: n, dtype: .float32)
    let start = DispatchTime.now().uptimeNanoseconds
    var calls = 0
    // The clock is read once per 64 calls: read per call, it was a sixth of a small call's time.
    while DispatchTime.now().uptimeNanoseconds - start < 3_000_000_000 {
        for _ in 0..<64 {
            switch mode {
            case "profile-add": _ = try UFunc.add(x, y)
            case "profile-sum": _ = try fusedSum(x)
            case "profile-eager-sum": _ = try x.sum()
            case "profile-eager": _ = try eagerExpression(x, y)
            default: _ = try fused(x, y)
            }
        }
        calls += 64
    }
    print(String(format: "%.1f ns per call", Double(DispatchTime.now().uptimeNanoseconds - start) / Double(calls)))
    exit(0)
}
if mode == "threads" {
    try runThreadScaling()
    exit(0)
}
if mode == "course" {
    try runCourseWorkloads(powers: coursePowers)
    exit(0)
}

let side = 1024
let n = side * side
let x = try NDArray.linspace(0, 1, count: n, dtype: .float32).reshaped([side, side])
let y = try NDArray.linspace(1, 2, count: n, dtype: .float32).reshaped([side, side])
let row = try NDArray.linspace(0, 1, count: side, dtype: .float32)
let column = try row.reshaped([side, 1])
let out = try NDArray.zeros([side, side], dtype: .float32)

struct Row {
    var name: String
    var library: Double
    var loop: Double
}
var rows: [Row] = []

rows.append(Row(
    name: "contiguous x + y",
    library: try bestTime { _ = try UFunc.add(.array(x), .array(y), out: out) },
    loop: bestTime {
        let (a, b, c) = (pointer(x), pointer(y), pointer(out))
        for i in 0..<n { c[i] = a[i] + b[i] }
    }))
rows.append(Row(
    name: "row broadcast x + r",
    library: try bestTime { _ = try UFunc.add(.array(x), .array(row), out: out) },
    loop: bestTime {
        let (a, b, c) = (pointer(x), pointer(row), pointer(out))
        for i in 0..<side { for j in 0..<side { c[i * side + j] = a[i * side + j] + b[j] } }
    }))
rows.append(Row(
    name: "column broadcast x + c",
    library: try bestTime { _ = try UFunc.add(.array(x), .array(column), out: out) },
    loop: bestTime {
        let (a, b, c) = (pointer(x), pointer(column), pointer(out))
        for i in 0..<side { let v = b[i]; for j in 0..<side { c[i * side + j] = a[i * side + j] + v } }
    }))

print("float32 add, 2^20 elements, best of 7")
print("case                      TensorCore     plain loop   TensorCore speed / loop speed")
for row in rows {
    let ratio = row.loop / row.library
    print(row.name.padding(toLength: 24, withPad: " ", startingAt: 0)
          + String(format: "%9.1f µs   %9.1f µs   %6.0f%%", row.library * 1e6, row.loop * 1e6, ratio * 100))
}

// Reductions: float32 `sum` over 2^20 contiguous elements against NumPy's `np.sum` timed
// in the same run (when python3 with NumPy is installed), and float64 `sum` over 2^23
// elements against a plain read loop over the same buffer (eight accumulators, so the
// loop is limited by memory, not by the latency of one chain of additions).

/// NumPy's best time per call for `statement`, by `timeit` in a child python3, or nil.
func numPyTime(setup: String, statement: String) -> Double? {
    let script = """
    import timeit, numpy as np
    \(setup)
    timer = timeit.Timer(\(String(reflecting: statement)), globals=globals())
    count, _ = timer.autorange()
    print(min(timer.repeat(7, count)) / count)
    """
    guard let output = pythonOutput(["-c", script]) else { return nil }
    return Double(String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
}

let small = try NDArray.linspace(0, 1, count: 1 << 20, dtype: .float32)
let ourFloatSum = try bestTime { _ = try small.sum() }
let numpyFloatSum = numPyTime(setup: "x = np.linspace(0, 1, 2**20, dtype=np.float32)", statement: "np.sum(x)")

let large = try NDArray.linspace(0, 1, count: 1 << 23, dtype: .float64)
let ourDoubleSum = try bestTime { _ = try large.sum() }
let readLoop = bestTime {
    let values = (large.buffer.base + large.offset).assumingMemoryBound(to: Double.self)
    var partial = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
    var i = 0
    while i < 1 << 23 {
        partial.0 += values[i]; partial.1 += values[i + 1]; partial.2 += values[i + 2]; partial.3 += values[i + 3]
        partial.4 += values[i + 4]; partial.5 += values[i + 5]; partial.6 += values[i + 6]; partial.7 += values[i + 7]
        i += 8
    }
    blackHole(partial.0 + partial.1 + partial.2 + partial.3 + partial.4 + partial.5 + partial.6 + partial.7)
}

@inline(never) func blackHole(_ value: Double) {
    if value.isNaN { print("") }
}

/// One line comparing TensorCore's time with NumPy's, or TensorCore's alone without NumPy.
func reportAgainstNumPy(_ label: String, ours: Double, numpy: Double?, numpyName: String) {
    guard let numpy else {
        print(String(format: "%@: TensorCore %7.1f µs (NumPy not installed)", label, ours * 1e6))
        return
    }
    print(String(format: "%@: TensorCore %7.1f µs, %@ %7.1f µs: TensorCore is %.2fx NumPy's speed",
                 label, ours * 1e6, numpyName, numpy * 1e6, numpy / ours))
}

print("")
print("sum, best of 7")
reportAgainstNumPy("float32 sum 2^20", ours: ourFloatSum, numpy: numpyFloatSum, numpyName: "np.sum")
print(String(format: "float64 sum 2^23: TensorCore %7.1f µs, read loop %7.1f µs: %.2fx the loop's time",
             ourDoubleSum * 1e6, readLoop * 1e6, ourDoubleSum / readLoop))

// A new result on every call: float32 `x + y` over 2^23 elements without `out=`, against
// NumPy's `x + y`. The result's 32 MiB come back from the buffer pool after the first call,
// already mapped, where NumPy faults fresh pages in every time.
let bigX = try NDArray.linspace(0, 1, count: 1 << 23, dtype: .float32)
let bigY = try NDArray.linspace(1, 2, count: 1 << 23, dtype: .float32)
let ourNewResult = try bestTime { _ = try UFunc.add(bigX, bigY) }
let numpyNewResult = numPyTime(
    setup: "x = np.linspace(0, 1, 2**23, dtype=np.float32); y = np.linspace(1, 2, 2**23, dtype=np.float32)",
    statement: "x + y")
print("")
print("new result each call, best of 7")
reportAgainstNumPy("float32 x + y 2^23", ours: ourNewResult, numpy: numpyNewResult, numpyName: "NumPy")

if mode == "all" {
    print("")
    print("the course's benchmarks")
    try runCourseWorkloads(powers: coursePowers)
}
