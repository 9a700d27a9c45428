import Synchronization

extension UFunc {
    /// The common call without `out=`: arrays of one dtype and one shape, all C-contiguous,
    /// possibly with a Python scalar beside a float array, whose loop is that dtype. It runs
    /// the same kernel as `apply` on flat memory, skipping broadcasting and layout work, so
    /// a small call costs little more than its allocation. Returns nil for any other call.
    func applyContiguous(_ operands: [Operand]) throws(TensorError) -> NDArray? {
        var dtype: DType?
        var shape: [Int] = []
        var pattern = 0
        for position in operands.indices {
            switch operands[position] {
            case .array(let array):
                guard array.isCContiguous, array.ndim > 0 else { return nil }
                if let known = dtype {
                    guard array.dtype == known, array.shape == shape else { return nil }
                } else {
                    dtype = array.dtype
                    shape = array.shape
                }
            case .scalar(.float), .scalar(.int):
                pattern |= 1 << position
            case .scalar:
                return nil
            }
        }
        guard let dtype else { return nil }
        // A Python scalar beside a float array takes the array's type (NEP 50) whatever its value.
        if pattern != 0, !(dtype == .float32 || dtype == .float64) { return nil }
        guard let resolution = Self.cachedResolution(self, dtype, pattern: pattern), resolution.loop == dtype else {
            return nil
        }
        // Scalars become 0-d arrays of the loop type, converted as `apply` converts them.
        var scalars: [NDArray] = []
        var flat: [BlockOperand] = []
        for operand in operands {
            switch operand {
            case .array(let array):
                flat.append(BlockOperand(UnsafeRawPointer(array.buffer.base + array.offset)))
            case .scalar(let scalar):
                let value = try NDArray.materialize(.scalar(scalar), as: resolution.loop)
                scalars.append(value)
                flat.append(BlockOperand(UnsafeRawPointer(value.buffer.base), isRepeated: true))
            }
        }
        let output = try NDArray(dtype: resolution.output, shape: shape, zeroed: false)
        FloatingPointStatus.clear()
        resolution.loop.dispatchNumeric(FlatElementwise(
            function: self, operands: flat, itemSize: dtype.itemSize,
            output: output.buffer.base, outputItemSize: resolution.output.itemSize, count: output.size))
        FloatingPointStatus.read().emitWarnings(for: name)
        withExtendedLifetime(scalars) {}
        withExtendedLifetime(operands) {}
        return output
    }

    private struct ResolutionKey: Hashable {
        var function: UFunc
        var dtype: DType
        var pattern: Int
    }

    private static let resolutions = Mutex<[ResolutionKey: Resolution?]>([:])

    /// `resolve` for arrays of `dtype` and Python scalars at the positions set in `pattern`,
    /// remembered (nil when the call would fail or needs the scalar's value).
    private static func cachedResolution(_ function: UFunc, _ dtype: DType, pattern: Int) -> Resolution? {
        let key = ResolutionKey(function: function, dtype: dtype, pattern: pattern)
        if let known = resolutions.withLock({ $0[key] }) { return known }
        let scalars = (0..<function.arity).filter { pattern & (1 << $0) != 0 }.count
        let resolution = try? function.resolve(
            strong: Array(repeating: dtype, count: function.arity - scalars), weak: Array(repeating: .float(1.5), count: scalars))
        let safe = resolution.flatMap { resolved -> Resolution? in
            // An integer Python scalar must resolve like a float one for the shortcut to hold.
            if scalars > 0, (try? function.resolve(strong: [dtype], weak: [.int(1)])) != resolved { return nil }
            if function == .power, resolved.loop.isInteger { return nil }
            return resolved
        }
        resolutions.withLock { $0[key] = .some(safe) }
        return safe
    }
}

/// The kernel over flat memory, split across threads when large.
private struct FlatElementwise: NumericVisitor {
    let function: UFunc
    let operands: [BlockOperand]
    let itemSize: Int
    let output: UnsafeMutableRawPointer
    let outputItemSize: Int
    let count: Int

    func visit<T: NumericKernels>(_ type: T.Type) {
        func run(_ range: Range<Int>) {
            func shifted(_ operand: BlockOperand) -> BlockOperand {
                operand.isRepeated ? operand : BlockOperand(operand.base + range.lowerBound * itemSize)
            }
            let runner = BlockRunner(
                first: shifted(operands[0]), second: operands.count > 1 ? shifted(operands[1]) : nil,
                output: output + range.lowerBound * outputItemSize, count: range.count)
            ElementwiseSelection(function: function, semantics: .numpy, runner: runner).visit(T.self)
        }
        let parts = Parallelism.threads(forElements: count)
        if parts == 1 {
            run(0..<count)
            return
        }
        let ranges = Parallelism.ranges(count: count, parts: parts)
        Parallelism.run(parts: parts) { part in run(ranges[part]) }
    }
}
