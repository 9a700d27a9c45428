/// One input of a block kernel: `count` elements one after another from `base`, or, when
/// `isRepeated`, a single element that stands for every position.
@_spi(Fusion) public struct BlockOperand {
    public var base: UnsafeRawPointer
    public var isRepeated: Bool

    public init(_ base: UnsafeRawPointer, isRepeated: Bool = false) {
        self.base = base
        self.isRepeated = isRepeated
    }
}

/// The eager kernels applied to short runs of memory, for fused plans: each function gets
/// the very body an eager call uses for the same loop type, so a value computed block by
/// block has the bits an eager call gives it. No floating-point warnings are reported here.
@_spi(Fusion) public enum BlockKernels {
    /// `output[i] = function(first[i], second[i])` (or of `first[i]` alone for a unary
    /// function) for `i < count`, in the loop type; the output has the function's output type.
    public static func elementwise(
        _ function: UFunc, jax: Bool, loop: DType, first: BlockOperand, second: BlockOperand?,
        output: UnsafeMutableRawPointer, count: Int
    ) {
        let runner = BlockRunner(first: first, second: second, output: output, count: count)
        loop.dispatchNumeric(ElementwiseSelection(function: function, semantics: jax ? .jax : .numpy, runner: runner))
    }

    /// `lax.integer_pow`: `output[i] = input[i] ** exponent` by repeated squaring in `dtype`.
    public static func integerPower(dtype: DType, exponent: Int64, input: BlockOperand, output: UnsafeMutableRawPointer, count: Int) {
        dtype.dispatchNumeric(BlockIntegerPower(input: input, output: output, count: count, exponent: exponent))
    }

    /// Converts `count` elements from `source` to `destination` with `astype`'s rules.
    public static func cast(from source: DType, to destination: DType, input: BlockOperand, output: UnsafeMutableRawPointer, count: Int) {
        try! source.dispatch(BlockCast(destination: destination, input: input, output: output, count: count))
    }

    /// Whether `cast(from:to:)` gives what `astype` gives for every element of a whole
    /// array. Float to uint32 does not: NumPy's result for out-of-range values depends on
    /// the element's position in a contiguous copy.
    public static func castIsPositionIndependent(from source: DType, to destination: DType) -> Bool {
        !(source.isFloatingPoint && destination == .uint32)
    }

    /// Writes the sum of `count` elements at `base` into `result`, as the reduction of one
    /// contiguous run sums it: pairwise for float32 and float64 (blocks of 128, 8
    /// accumulators), in order (wrapping) for integers. Float16, which NumPy sums in
    /// float32, is not summed here.
    public static func runSum(dtype: DType, base: UnsafeRawPointer, count: Int, result: UnsafeMutableRawPointer) {
        switch dtype {
        case .float32:
            result.storeBytes(of: PairwiseSum.sum(base, byteStride: 4, count: count, of: Float.self, in: Float.self), as: Float.self)
        case .float64:
            result.storeBytes(of: PairwiseSum.sum(base, byteStride: 8, count: count, of: Double.self, in: Double.self), as: Double.self)
        default:
            dtype.dispatchNumeric(BlockIntegerSum(base: base, count: count, result: result))
        }
    }

    /// Whether `runSum` sums `dtype`.
    public static func canSum(_ dtype: DType) -> Bool {
        dtype == .float32 || dtype == .float64 || dtype.isInteger
    }
}

/// Runs an elementwise body over one block, with a typed loop for each operand layout.
struct BlockRunner: ElementwiseRunner {
    let first: BlockOperand
    let second: BlockOperand?
    let output: UnsafeMutableRawPointer
    let count: Int

    func binary<T: ArrayElement, R: ArrayElement>(_ type: T.Type, _ body: (T, T) -> R) {
        let x = first.base.assumingMemoryBound(to: T.self)
        let y = second!.base.assumingMemoryBound(to: T.self)
        let z = output.assumingMemoryBound(to: R.self)
        switch (first.isRepeated, second!.isRepeated) {
        case (false, false):
            for i in 0..<count { z[i] = body(x[i], y[i]) }
        case (false, true):
            let value = y[0]
            for i in 0..<count { z[i] = body(x[i], value) }
        case (true, false):
            let value = x[0]
            for i in 0..<count { z[i] = body(value, y[i]) }
        case (true, true):
            let (a, b) = (x[0], y[0])
            for i in 0..<count { z[i] = body(a, b) }
        }
    }

    func unary<T: ArrayElement, R: ArrayElement>(_ type: T.Type, _ body: (T) -> R) {
        let x = first.base.assumingMemoryBound(to: T.self)
        let z = output.assumingMemoryBound(to: R.self)
        if first.isRepeated {
            let value = x[0]
            for i in 0..<count { z[i] = body(value) }
        } else {
            for i in 0..<count { z[i] = body(x[i]) }
        }
    }
}

/// `lax.integer_pow` over a block, the same squarings as the eager kernel.
private struct BlockIntegerPower: NumericVisitor {
    let input: BlockOperand
    let output: UnsafeMutableRawPointer
    let count: Int
    let exponent: Int64

    func visit<T: NumericKernels>(_ type: T.Type) {
        let x = input.base.assumingMemoryBound(to: T.self)
        let z = output.assumingMemoryBound(to: T.self)
        for i in 0..<count { z[i] = T.integerPower(input.isRepeated ? x[0] : x[i], exponent) }
    }
}

/// The outer half of a block cast: knows the source type.
private struct BlockCast: DTypeVisitor {
    let destination: DType
    let input: BlockOperand
    let output: UnsafeMutableRawPointer
    let count: Int

    func visit<Source: ArrayElement>(_ type: Source.Type) throws(TensorError) {
        try destination.dispatch(BlockCastInto<Source>(input: input, output: output, count: count))
    }
}

/// The inner half of a block cast: both types known.
private struct BlockCastInto<Source: ArrayElement>: DTypeVisitor {
    let input: BlockOperand
    let output: UnsafeMutableRawPointer
    let count: Int

    func visit<Destination: ArrayElement>(_ type: Destination.Type) throws(TensorError) {
        let x = input.base.assumingMemoryBound(to: Source.self)
        let z = output.assumingMemoryBound(to: Destination.self)
        for i in 0..<count { z[i] = Destination.cast(from: x[input.isRepeated ? 0 : i].castValue) }
    }
}

/// An integer run summed in order, wrapping as NumPy's add loop does.
private struct BlockIntegerSum: NumericVisitor {
    let base: UnsafeRawPointer
    let count: Int
    let result: UnsafeMutableRawPointer

    func visit<T: NumericKernels>(_ type: T.Type) {
        let x = base.assumingMemoryBound(to: T.self)
        var total = T.cast(from: .signed(0))
        for i in 0..<count { total = T.add(total, x[i]) }
        result.storeBytes(of: total, as: T.self)
    }
}

extension BlockKernels {
    /// Where NumPy's pairwise sum splits a run of `count` elements longer than 128: the
    /// length of the left part (half, rounded down to a multiple of 8).
    public static func pairwiseLeftLength(ofRun count: Int) -> Int {
        PairwiseSum.leftLength(ofRun: count)
    }

    /// The subtrees of the pairwise tree's top levels over `count` elements, left to right,
    /// at least `parts` of them unless a split would cut a run of `longerThan` or fewer.
    /// Sums of the subtrees, added pairwise level by level, give the tree's sum.
    public static func pairwiseSubtrees(count: Int, parts: Int, longerThan minimum: Int) -> [Range<Int>] {
        PairwiseSum.subtreeRanges(count: count, parts: parts, longerThan: minimum)
    }
}
