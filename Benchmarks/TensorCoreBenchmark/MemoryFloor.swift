import CStreamingStores
import Foundation
import TensorCore

/// The best time of the least work that reads `x` and `y` (float32, same size) and writes
/// one result: `x + y` with non-temporal stores, no scratch, every core, into memory that
/// is reused from call to call (as the pool reuses a fused call's output). No kernel that
/// reads both inputs and writes a full-size result can beat it on this machine. The loop's
/// result is checked against `UFunc.add`, so the floor is real work, not an empty loop.
func memoryFloorTime(_ x: NDArray, _ y: NDArray) throws -> Double {
    let count = x.size
    let destination = UnsafeMutableRawPointer.allocate(byteCount: count * 4, alignment: 64)
        .bindMemory(to: Float.self, capacity: count)
    defer { destination.deallocate() }
    let left = pointer(x)
    let right = pointer(y)
    let parts = Parallelism.availableCores
    let ranges = Parallelism.ranges(count: count, parts: parts, alignment: 1024)
    let time = bestTime {
        Parallelism.run(parts: parts) { part in
            let range = ranges[part]
            course_stream_add_floats(destination + range.lowerBound, left + range.lowerBound,
                                     right + range.lowerBound, range.count)
            course_stream_fence()
        }
    }
    let sum = try UFunc.add(x, y)
    guard memcmp(destination, pointer(sum), count * 4) == 0 else {
        throw FloorMismatch()
    }
    return time
}

/// The floor loop's result differs from `x + y`: its time would not be a floor.
struct FloorMismatch: Error, CustomStringConvertible {
    var description: String { "the memory-floor loop's result differs from UFunc.add's" }
}
