/// `BlockRunner` for a call whose output is the memory of one of its inputs (a temporary
/// handed to `UFunc.consuming`). Its loops read and write through one pointer: given two
/// pointers to the same memory, the compiler's overlap check would send `BlockRunner`'s
/// loops down their scalar version, at half the speed. A separate type keeps that choice
/// out of the common call.
struct InPlaceBlockRunner: ElementwiseRunner {
    /// The output, which is also the input it replaces.
    let output: UnsafeMutableRawPointer
    /// The other input of a binary function.
    let other: BlockOperand?
    /// Whether the replaced input is the first one.
    let replacesFirst: Bool
    let count: Int

    func binary<T: ArrayElement, R: ArrayElement>(_ type: T.Type, _ body: (T, T) -> R) {
        let other = other!
        guard R.self == T.self else {
            let replaced = BlockOperand(UnsafeRawPointer(output))
            let runner = replacesFirst
                ? BlockRunner(first: replaced, second: other, output: output, count: count)
                : BlockRunner(first: other, second: replaced, output: output, count: count)
            runner.binary(T.self, body)
            return
        }
        let z = output.assumingMemoryBound(to: T.self)
        let y = other.base.assumingMemoryBound(to: T.self)
        switch (replacesFirst, other.isRepeated) {
        case (true, false):
            for i in 0..<count { z[i] = unsafeBitCast(body(z[i], y[i]), to: T.self) }
        case (true, true):
            let value = y[0]
            for i in 0..<count { z[i] = unsafeBitCast(body(z[i], value), to: T.self) }
        case (false, false):
            for i in 0..<count { z[i] = unsafeBitCast(body(y[i], z[i]), to: T.self) }
        case (false, true):
            let value = y[0]
            for i in 0..<count { z[i] = unsafeBitCast(body(value, z[i]), to: T.self) }
        }
    }

    func unary<T: ArrayElement, R: ArrayElement>(_ type: T.Type, _ body: (T) -> R) {
        guard R.self == T.self else {
            BlockRunner(first: BlockOperand(UnsafeRawPointer(output)), second: nil, output: output, count: count).unary(T.self, body)
            return
        }
        let z = output.assumingMemoryBound(to: T.self)
        for i in 0..<count { z[i] = unsafeBitCast(body(z[i]), to: T.self) }
    }
}
