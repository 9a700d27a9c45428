// The interpreter's speed against CPython on the same machine, in one run:
//
//     swift run -c release interpreter-bench
//
// 1. A plain-Python loop over lists, `for i in range(n): s += a[i] * b[i]`, per iteration.
// 2. Calling a function in a loop, per call.
// 3. `np.sum(x)` on 1,024 float32 from a cell, per call (loop included).
// CPython runs the same source through `python3` (timeit-style best of 7).
import Dispatch
import Foundation
import Interpreter

/// Seconds per iteration of `statement` run `count` times after `setup`, best of 7.
func ours(setup: String, body: String, count: Int) throws -> Double {
    var best = Double.infinity
    let interpreter = Interpreter { _ in }
    try interpreter.run(SourceFile(setup))
    let loop = SourceFile(body)
    for _ in 0..<7 {
        let start = DispatchTime.now().uptimeNanoseconds
        try interpreter.run(loop)
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 / Double(count))
    }
    return best
}

func cpython(setup: String, body: String, count: Int) -> Double? {
    let script = """
        import time
        \(setup)
        best = float("inf")
        for _ in range(7):
            start = time.perf_counter()
            exec(compile(\(String(reflecting: body)), "<bench>", "exec"))
            best = min(best, time.perf_counter() - start)
        print(best / \(count))
        """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script]
    let pipe = Pipe()
    process.standardOutput = pipe
    guard (try? process.run()) != nil else { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Double(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
}

let n = 1_000_000
let cases: [(String, String, String, Int)] = [
    ("list loop s += a[i] * b[i]",
     "a = [float(i) for i in range(\(n))]\nb = [2.0] * \(n)",
     "s = 0.0\nfor i in range(\(n)):\n    s += a[i] * b[i]", n),
    ("function call f(i)",
     "def f(x):\n    return x + 1",
     "for i in range(\(n)):\n    f(i)", n),
    ("np.sum(x), 1,024 float32",
     "import numpy as np\nx = np.linspace(0, 1, 1024, dtype=np.float32)",
     "for i in range(\(n / 10)):\n    np.sum(x)", n / 10),
]
print("interpreter against CPython (\(ProcessInfo.processInfo.environment["PYTHON_VERSION"] ?? "python3")), best of 7, per iteration")
for (name, setup, body, count) in cases {
    let mine = try ours(setup: setup, body: body, count: count)
    if let theirs = cpython(setup: setup, body: body, count: count) {
        print(String(format: "%-28@ ours %6.1f ns, CPython %6.1f ns: %.2fx CPython's time", name, mine * 1e9, theirs * 1e9, mine / theirs))
    } else {
        print(String(format: "%-28@ ours %6.1f ns (python3 not available)", name, mine * 1e9))
    }
}
