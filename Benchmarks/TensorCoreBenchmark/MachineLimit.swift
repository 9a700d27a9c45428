import CStreamingStores
import TensorCore

/// The machine's limit for the fused expression's traffic at `n` elements: a bare loop with
/// no engine around it that reads `x` and `y` once and streams `x + y` into a buffer it
/// reuses (non-temporal stores, as the fused loop's large results are written), on every
/// core. It moves the same bytes as the fused `2*x*y + 3*y + 1` (two inputs read, one output
/// written) with less arithmetic, so no engine can run that expression faster.
func bareStreamingLoop(_ x: NDArray, _ y: NDArray, into output: NDArray) {
    let first = UnsafePointer(pointer(x))
    let second = UnsafePointer(pointer(y))
    let target = pointer(output)
    let count = x.size
    let parts = Parallelism.ranges(count: count, parts: Parallelism.availableCores, alignment: 512)
    Parallelism.run(parts: parts.count) { part in
        let block = UnsafeMutablePointer<Float>.allocate(capacity: 512)
        defer { block.deallocate() }
        var start = parts[part].lowerBound
        while start < parts[part].upperBound {
            let length = min(512, parts[part].upperBound - start)
            for i in 0..<length { block[i] = first[start + i] + second[start + i] }
            if length == 512 {
                course_stream_copy(target + start, block, 512 * 4)
            } else {
                (target + start).update(from: block, count: length)
            }
            start += length
        }
        course_stream_fence()
    }
}

/// Prints the bare loop's time at 2^23 beside the fused expression's and JAX's: how far the
/// fused loop is from the machine's limit, and what "3× faster than JAX" would ask of it.
func reportMachineLimit(fused: (NDArray, NDArray) throws -> NDArray, jaxFused: Double?) throws {
    let n = 1 << 23
    let x = try NDArray.linspace(0, 1, count: n, dtype: .float32)
    let y = try NDArray.linspace(1, 2, count: n, dtype: .float32)
    let output = try NDArray.zeros([n], dtype: .float32)
    let bare = bestTime { bareStreamingLoop(x, y, into: output) }
    let fusedTime = try bestTime { _ = try fused(x, y) }
    let bytes = Double(3 * n * 4)
    print("")
    print("the machine's limit at 2^23: a bare loop streaming x + y into a reused buffer on \(Parallelism.availableCores) threads")
    print("  bare loop: \(readable(bare)) (\(String(format: "%.1f", bytes / bare / 1e9)) GB/s over the 96 MiB read and written)")
    var line = "  fused 2xy+3y+1: \(readable(fusedTime)) = \(String(format: "%.2f", fusedTime / bare)) × the bare loop"
    if let jaxFused {
        line += "; a third of JAX's \(readable(jaxFused)) is \(readable(jaxFused / 3))"
        line += String(format: " = %.2f × the bare loop", jaxFused / 3 / bare)
    }
    print(line)
}
