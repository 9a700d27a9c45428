import TensorCore

/// Operators whose array operands may be temporaries, as NumPy's temporary elision treats
/// them: in `2 * x * y + 1`, the array `2 * x` is referred to by nothing once `* y` has it,
/// so `* y` may write its result into that memory instead of a new array, and `+ 1` into
/// that one again. `UFunc.consuming` decides (a large enough array whose buffer nothing
/// else refers to, of the result's dtype and shape); an array a name, a container or a
/// view still refers to is never written.
extension ArrayOperators {
    /// `left operation right` when one side is an ndarray and the other an ndarray or a
    /// Python number, taking both values: the caller's references are dropped before the
    /// ufunc runs, so a temporary's buffer is referred to only by the call. Nil, with both
    /// values left as they were, for any other operands (the general path decides those).
    static func binaryTakingTemporaries(
        _ operation: BinaryOperator, _ left: inout Value, _ right: inout Value
    ) throws(PythonError) -> Value? {
        guard isArrayOrNumber(left), isArrayOrNumber(right), isArray(left) || isArray(right),
              let function = ufunc(operation) else { return nil }
        let first = try take(&left)
        let second = try take(&right)
        // Not through NumPyBridge.run: a closure would capture the operands and keep their
        // buffers referred to.
        let result: NDArray
        do throws(TensorError) {
            result = try function.consuming(consume first, consume second)
        } catch {
            try NumPyBridge.reportWarnings()
            throw NumPyBridge.error(error)
        }
        try NumPyBridge.reportWarnings()
        return NumPyBridge.wrap(result)
    }

    /// `-value`, `+value` or `~value` of an ndarray, taking the value as
    /// `binaryTakingTemporaries` takes its operands; nil for anything else.
    static func unaryTakingTemporary(_ operation: UnaryOperator, _ value: inout Value) throws(PythonError) -> Value? {
        guard isArray(value), let function = ufunc(operation) else { return nil }
        let operand = try take(&value)
        let result: NDArray
        do throws(TensorError) {
            result = try function.consuming(consume operand)
        } catch {
            try NumPyBridge.reportWarnings()
            throw NumPyBridge.error(error)
        }
        try NumPyBridge.reportWarnings()
        return NumPyBridge.wrap(result)
    }

    private static func isArray(_ value: Value) -> Bool {
        if case .object(let object) = value { object is ArrayObject } else { false }
    }

    /// Arrays and the Python numbers NumPy treats as weak scalars (a big integer takes the
    /// general path, which reports its overflow).
    private static func isArrayOrNumber(_ value: Value) -> Bool {
        switch value {
        case .bool, .int, .float: true
        case .object(let object): object is ArrayObject
        default: false
        }
    }

    /// The operand `value` stands for, leaving `.none` in its place: once the value is
    /// gone, an ndarray nothing else refers to leaves its array as the only reference to
    /// its buffer.
    private static func take(_ value: inout Value) throws(PythonError) -> Operand {
        guard case .object(let object) = value else { return try NumPyBridge.operand(value) }
        let array = unsafeDowncast(object, to: ArrayObject.self).array
        value = .none
        return .array(array)
    }
}
