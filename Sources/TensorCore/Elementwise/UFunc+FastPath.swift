extension UFunc {
    /// The common call without `out=`: arrays of one dtype and one shape, all C-contiguous,
    /// possibly with a Python scalar beside a float array, whose loop is that dtype. It runs
    /// the same kernel as `apply` on flat memory, skipping broadcasting and layout work, so
    /// a small call costs little more than its allocation. Returns nil for any other call.
    func applyContiguous(_ first: Operand, _ second: Operand?) throws(TensorError) -> NDArray? {
        var layout: (dtype: DType, shape: [Int], strides: [Int])?
        var pattern = 0
        // Each operand is looked at once, through a borrow; the arrays' first elements are
        // kept for the loop and the operands themselves stay alive until it has run.
        // `look` returns nil when the operand rules the shortcut out, and a nil pointer for
        // a Python scalar.
        func look(_ operand: borrowing Operand, position: Int) -> UnsafeRawPointer?? {
            switch operand {
            case .array(let array):
                guard array.ndim > 0, array.isCContiguous else { return .none }
                if let known = layout {
                    guard array.dtype == known.dtype, array.shape == known.shape else { return .none }
                } else {
                    layout = (array.dtype, array.shape, array.strides)
                }
                return .some(UnsafeRawPointer(array.buffer.base + array.offset))
            case .scalar(.float), .scalar(.int):
                pattern |= 1 << position
                return .some(nil)
            case .scalar:
                return .none
            }
        }
        guard let firstBase = look(first, position: 0) else { return nil }
        var secondBase: UnsafeRawPointer?
        if let second {
            guard let base = look(second, position: 1) else { return nil }
            secondBase = base
        }
        guard let layout else { return nil }
        let dtype = layout.dtype
        // A Python scalar beside a float array takes the array's type (NEP 50) whatever its value.
        if pattern != 0, !(dtype == .float32 || dtype == .float64) { return nil }
        guard let resolution = Self.cachedResolution(self, dtype, pattern: pattern), resolution.loop == dtype else {
            return nil
        }
        // Python scalars are converted (as `apply` converts them, with its warnings) into
        // local storage; they stand for every position.
        var scalars: (Double, Double) = (0, 0)
        if pattern != 0 {
            FloatingPointStatus.clear()
            withUnsafeMutableBytes(of: &scalars) { storage in
                func store(_ operand: Operand?, position: Int) {
                    guard case .scalar(let scalar)? = operand else { return }
                    let slot = storage.baseAddress! + position * 8
                    if dtype == .float32 {
                        slot.storeBytes(of: Float.cast(from: scalar.castValue), as: Float.self)
                    } else {
                        slot.storeBytes(of: Double.cast(from: scalar.castValue), as: Double.self)
                    }
                }
                store(first, position: 0)
                store(second, position: 1)
            }
            FloatingPointStatus.read().emitWarnings(for: "cast")
        }
        let output = resolution.output.itemSize == dtype.itemSize
            ? NDArray(contiguousShape: layout.shape, strides: layout.strides, dtype: resolution.output)
            : try NDArray(dtype: resolution.output, shape: layout.shape, zeroed: false)
        withUnsafeBytes(of: &scalars) { storage in
            func operand(_ position: Int, _ base: UnsafeRawPointer?) -> BlockOperand {
                base.map { BlockOperand($0) } ?? BlockOperand(storage.baseAddress! + position * 8, isRepeated: true)
            }
            FloatingPointStatus.clear()
            resolution.loop.dispatchNumeric(FlatElementwise(
                function: self, semantics: .numpy, first: operand(0, firstBase),
                second: second == nil ? nil : operand(1, secondBase), itemSize: dtype.itemSize,
                output: output.buffer.base, outputItemSize: resolution.output.itemSize, count: output.size))
            FloatingPointStatus.read().emitWarnings(for: name)
        }
        withExtendedLifetime(first) {}
        withExtendedLifetime(second) {}
        return output
    }

    /// `resolve` for arrays of `dtype` and Python scalars at the positions set in `pattern`
    /// (nil when the call would fail or its types depend on the scalar's value), from a
    /// table computed once for every function, dtype and pattern.
    private static func cachedResolution(_ function: UFunc, _ dtype: DType, pattern: Int) -> Resolution? {
        resolutionTable[tableIndex(function, dtype, pattern: pattern)]
    }

    private static func tableIndex(_ function: UFunc, _ dtype: DType, pattern: Int) -> Int {
        (function.ordinal * DType.allCases.count + dtype.ordinal) * 4 + pattern
    }

    private static let resolutionTable: [Resolution?] = {
        var table = [Resolution?](repeating: nil, count: UFunc.allCases.count * DType.allCases.count * 4)
        for function in UFunc.allCases {
            for dtype in DType.allCases {
                for pattern in 0..<(1 << function.arity) where pattern != (1 << function.arity) - 1 {
                    let scalars = (0..<function.arity).filter { pattern & (1 << $0) != 0 }.count
                    let resolution = try? function.resolve(
                        strong: Array(repeating: dtype, count: function.arity - scalars),
                        weak: Array(repeating: .float(1.5), count: scalars))
                    table[tableIndex(function, dtype, pattern: pattern)] = resolution.flatMap { resolved -> Resolution? in
                        // An integer Python scalar must resolve like a float one for the shortcut to hold.
                        if scalars > 0, (try? function.resolve(strong: [dtype], weak: [.int(1)])) != resolved { return nil }
                        if function == .power, resolved.loop.isInteger { return nil }
                        return resolved
                    }
                }
            }
        }
        return table
    }()
}
