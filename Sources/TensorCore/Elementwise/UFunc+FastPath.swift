extension UFunc {
    /// The common call without `out=`: arrays of one dtype and one shape, all C-contiguous,
    /// possibly with a Python scalar beside a float array, whose loop is that dtype. It runs
    /// the same kernel as `apply` on flat memory, skipping broadcasting and layout work, so
    /// a small call costs little more than its allocation. Returns nil for any other call.
    /// `recipient`, an operand's array that nothing else holds, takes the result when it fits.
    func applyContiguous(_ first: Operand, _ second: Operand?, into recipient: NDArray? = nil) throws(TensorError) -> NDArray? {
        var known: (dtype: DType, layout: ArrayLayout)?
        var pattern = 0
        // Each operand is looked at once; the arrays' first elements are kept for the loop
        // and the operands themselves stay alive until it has run. `look` returns nil when
        // the operand rules the shortcut out, and a nil pointer for a Python scalar.
        func look(_ operand: borrowing Operand, position: Int) -> UnsafeRawPointer?? {
            switch operand {
            case .array(let array):
                guard Self.fitsShortcut(array) else { return .none }
                if let known {
                    guard Self.matches(array, dtype: known.dtype, layout: known.layout) else { return .none }
                } else {
                    known = (array.dtype, array.layout)
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
        guard let known else { return nil }
        func scalar(_ operand: Operand?) -> Scalar? {
            if case .scalar(let value)? = operand { value } else { nil }
        }
        defer {
            withExtendedLifetime(first) {}
            withExtendedLifetime(second) {}
        }
        return try runContiguous(
            dtype: known.dtype, layout: known.layout, pattern: pattern, isBinary: second != nil,
            bases: (firstBase, secondBase), scalars: (scalar(first), scalar(second)), recipient: recipient)
    }

    /// `applyContiguous` for one array, which the caller lends rather than copies.
    func applyContiguous(_ array: borrowing NDArray) throws(TensorError) -> NDArray? {
        guard Self.fitsShortcut(array) else { return nil }
        return try runContiguous(
            dtype: array.dtype, layout: array.layout, pattern: 0, isBinary: false,
            bases: (UnsafeRawPointer(array.buffer.base + array.offset), nil), scalars: (nil, nil))
    }

    /// `applyContiguous` for two arrays, which the caller lends rather than copies.
    func applyContiguous(_ first: borrowing NDArray, _ second: borrowing NDArray, into recipient: NDArray? = nil) throws(TensorError) -> NDArray? {
        guard Self.fitsShortcut(first), Self.fitsShortcut(second), Self.matches(second, dtype: first.dtype, layout: first.layout) else {
            return nil
        }
        return try runContiguous(
            dtype: first.dtype, layout: first.layout, pattern: 0, isBinary: true,
            bases: (UnsafeRawPointer(first.buffer.base + first.offset), UnsafeRawPointer(second.buffer.base + second.offset)),
            scalars: (nil, nil), recipient: recipient)
    }

    /// Whether `array` can take the shortcut: C-contiguous and not zero-dimensional.
    private static func fitsShortcut(_ array: borrowing NDArray) -> Bool {
        array.ndim > 0 && array.isCContiguous
    }

    /// Whether `array` has the dtype and shape of the array before it in the call.
    private static func matches(_ array: borrowing NDArray, dtype: DType, layout: ArrayLayout) -> Bool {
        array.dtype == dtype && array.layout.hasShape(of: layout)
    }

    /// The shortcut's loop, once its operands are known to fit: arrays of `dtype` laid out as
    /// `layout` starting at `bases`, and Python scalars at the positions set in `pattern`.
    /// The caller keeps the arrays alive while it runs. The result goes into `recipient` (one
    /// of those arrays) when it has the result's dtype: the loop reads each element before it
    /// writes the same one.
    private func runContiguous(
        dtype: DType, layout: ArrayLayout, pattern: Int, isBinary: Bool,
        bases: (UnsafeRawPointer?, UnsafeRawPointer?), scalars: (Scalar?, Scalar?), recipient: NDArray? = nil
    ) throws(TensorError) -> NDArray? {
        // A Python scalar beside a float array takes the array's type (NEP 50) whatever its value.
        if pattern != 0, !(dtype == .float32 || dtype == .float64) { return nil }
        guard let resolution = Self.cachedResolution(self, dtype, pattern: pattern), resolution.loop == dtype else {
            return nil
        }
        // Python scalars are converted (as `apply` converts them, with its warnings) into
        // local storage; they stand for every position.
        var storedScalars: (Double, Double) = (0, 0)
        if pattern != 0 {
            FloatingPointStatus.clear()
            withUnsafeMutableBytes(of: &storedScalars) { storage in
                func store(_ scalar: Scalar?, position: Int) {
                    guard let scalar else { return }
                    let slot = storage.baseAddress! + position * 8
                    if dtype == .float32 {
                        slot.storeBytes(of: Float.cast(from: scalar.castValue), as: Float.self)
                    } else {
                        slot.storeBytes(of: Double.cast(from: scalar.castValue), as: Double.self)
                    }
                }
                store(scalars.0, position: 0)
                store(scalars.1, position: 1)
            }
            FloatingPointStatus.read().emitWarnings(for: "cast")
        }
        // The result shares the first array's layout when that array owns its memory.
        let output = if let recipient, recipient.dtype == resolution.output {
            recipient
        } else if resolution.output.itemSize == dtype.itemSize && layout.owner == nil {
            NDArray(sharing: layout, dtype: resolution.output)
        } else {
            try NDArray(dtype: resolution.output, shape: layout.shape, zeroed: false)
        }
        withUnsafeBytes(of: &storedScalars) { storage in
            func operand(_ position: Int, _ base: UnsafeRawPointer?) -> BlockOperand {
                base.map { BlockOperand($0) } ?? BlockOperand(storage.baseAddress! + position * 8, isRepeated: true)
            }
            let loop = FlatElementwise(
                function: self, semantics: .numpy, first: operand(0, bases.0),
                second: isBinary ? operand(1, bases.1) : nil, itemSize: dtype.itemSize,
                output: output.buffer.base, outputItemSize: resolution.output.itemSize, count: layout.elementCount,
                mayOverwriteInput: recipient != nil)
            guard recipient == nil, layout.elementCount <= Self.rerunLimit else {
                FloatingPointStatus.clear()
                resolution.loop.dispatchNumeric(loop)
                FloatingPointStatus.read().emitWarnings(for: name)
                return
            }
            // The flags are read once, after the loop, and not cleared before it: a flag
            // found set may be one that other code left, so the loop runs again on clear
            // flags to find out (writing the same values into the fresh output again).
            resolution.loop.dispatchNumeric(loop)
            guard !FloatingPointStatus.take().isEmpty else { return }
            resolution.loop.dispatchNumeric(loop)
            FloatingPointStatus.take().emitWarnings(for: name)
        }
        return output
    }

    /// Up to this many elements, a loop into a fresh output reads the floating-point flags
    /// once, after it, instead of clearing them before and reading them after, and runs
    /// again when a flag is found set. The read saved is about 5 ns of float32 `x + y` at
    /// 2^10 (94–115 → 89–91 ns, `tensorcore-bench profile-add 10`). Larger loops, where a
    /// second run would cost more than the read saves, clear the flags first.
    static let rerunLimit = 1 << 14

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
