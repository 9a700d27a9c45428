import Foundation
import TensorCore

// Elementwise speed of TensorCore against a plain Swift loop over the same buffers, in one
// run: float32 `add` over 2^20 elements, contiguous and with a row or a column broadcast.
// Best of 7 repetitions after a warm-up, each repetition long enough to time.
//
//     swift run -c release tensorcore-bench

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
