import TensorCore

/// Conversions between Python values and TensorCore's arrays, operands and errors.
enum NumPyBridge {
    /// NumPy's exception types that are not Python's own. AxisError is a ValueError and an
    /// IndexError.
    nonisolated(unsafe) static let axisError = try! TypeObject(
        "AxisError", bases: [ExceptionTypes.valueError, ExceptionTypes.indexError], module: "numpy.exceptions")
    nonisolated(unsafe) static let ufuncTypeError = TypeObject("_UFuncNoLoopError", base: ExceptionTypes.typeError, module: "numpy._core._exceptions")

    /// A TensorCore error as the Python exception NumPy raises.
    static func error(_ error: TensorError) -> PythonError {
        let type: TypeObject
        switch error.kind {
        case .valueError: type = ExceptionTypes.valueError
        case .indexError: type = ExceptionTypes.indexError
        case .typeError, .tracerBoolConversionError, .concretizationTypeError: type = ExceptionTypes.typeError
        case .overflowError: type = ExceptionTypes.overflowError
        case .memoryError: type = ExceptionTypes.memoryError
        case .zeroDivisionError: type = ExceptionTypes.zeroDivisionError
        case .ufuncTypeError: type = ufuncTypeError
        case .axisError: type = axisError
        }
        return PythonError(type, error.message)
    }

    /// Runs TensorCore code, turning its errors into Python's.
    static func run<T>(_ body: () throws(TensorError) -> T) throws(PythonError) -> T {
        let result: T
        do throws(TensorError) {
            result = try body()
        } catch {
            try reportWarnings()
            throw Self.error(error)
        }
        try reportWarnings()
        return result
    }

    /// Issues the warnings TensorCore logged since the last report, as NumPy issues them
    /// (through the `warnings` filters: an `error` filter raises one).
    static func reportWarnings() throws(PythonError) {
        guard let runtime = Runtime.active else { return }
        let warnings = runtime.warningLog.drain()
        if !warnings.isEmpty { try runtime.report(warnings) }
    }

    /// A Python number as a TensorCore scalar (Python numbers are weak in promotion).
    static func scalar(_ value: Value) throws(PythonError) -> Scalar? {
        switch value {
        case .bool(let flag): return .bool(flag)
        case .int(let number): return .int(Int64(number))
        case .float(let number): return .float(number)
        case .bigInt(let number):
            if !number.isNegative, number.bitWidth <= 64, let text = UInt64(number.description) { return .uint(text) }
            throw .overflow("Python int too large to convert to C long")
        default: return nil
        }
    }

    /// An operand of a NumPy operation: an array, a NumPy scalar (a typed 0-d array), a
    /// Python number, or a list or tuple turned into an array.
    static func operand(_ value: Value) throws(PythonError) -> Operand {
        if let scalar = try scalar(value) { return .scalar(scalar) }
        return .array(try array(value))
    }

    /// `np.asarray(value)`.
    static func array(_ value: Value, dtype: DType? = nil) throws(PythonError) -> NDArray {
        switch value {
        case .object(let object as ArrayObject):
            guard let dtype, dtype != object.array.dtype else { return object.array }
            return try run { () throws(TensorError) in try object.array.astype(dtype) }
        case .object(let scalar as NumPyScalar):
            guard let dtype, dtype != scalar.array.dtype else { return scalar.array }
            return try run { () throws(TensorError) in try scalar.array.astype(dtype) }
        case .object(let jax as JaxArrayObject):
            return try run { () throws(TensorError) in try jax.array.astype(dtype ?? jax.array.dtype) }
        default:
            let nested = try self.nested(value)
            return try run { () throws(TensorError) in try NDArray(nested, dtype: dtype) }
        }
    }

    /// Nested lists and tuples of numbers as TensorCore's nested value.
    static func nested(_ value: Value) throws(PythonError) -> NestedValue {
        if let scalar = try scalar(value) { return .scalar(scalar) }
        switch value {
        case .tuple(let items):
            var converted: [NestedValue] = []
            for item in items { converted.append(try nested(item)) }
            return .list(converted)
        case .object(let list as ListObject):
            var converted: [NestedValue] = []
            for item in list.items { converted.append(try nested(item)) }
            return .list(converted)
        case .object(let scalar as NumPyScalar):
            return .scalar(scalar.scalarValue)
        case .object(let array as ArrayObject):
            return try nested(array.toList())
        case .object(let array as JaxArrayObject):
            return try nested(ArrayObject.toList(array.array))
        case .object(let range as RangeObject):
            var converted: [NestedValue] = []
            for item in try Iteration.values(.object(range)) { converted.append(try nested(item)) }
            return .list(converted)
        default:
            throw .typeError("float() argument must be a string or a real number, not '\(value.typeName)'")
        }
    }

    /// A shape argument: an int or a sequence of ints.
    static func shape(_ value: Value) throws(PythonError) -> [Int] {
        switch value {
        case .int(let count): return [count]
        case .tuple, .object(is ListObject):
            var shape: [Int] = []
            for item in try Iteration.values(value) {
                guard let dimension = try Operators.index(item, for: "shape") else {
                    throw .typeError("'\(item.typeName)' object cannot be interpreted as an integer")
                }
                shape.append(dimension)
            }
            return shape
        default:
            if let dimension = try Operators.index(value, for: "shape") { return [dimension] }
            throw .typeError("'\(value.typeName)' object cannot be interpreted as an integer")
        }
    }

    /// An `axis=` argument: None, an int or a tuple of ints.
    static func axes(_ value: Value?) throws(PythonError) -> [Int]? {
        guard let value, !value.isNoneValue else { return nil }
        if case .tuple(let items) = value {
            var axes: [Int] = []
            for item in items {
                guard let axis = try Operators.index(item, for: "axis") else {
                    throw .typeError("'\(item.typeName)' object cannot be interpreted as an integer")
                }
                axes.append(axis)
            }
            return axes
        }
        guard let axis = try Operators.index(value, for: "axis") else {
            throw .typeError("'\(value.typeName)' object cannot be interpreted as an integer")
        }
        return [axis]
    }

    /// A `dtype=` argument: a dtype, a scalar type, a name, or Python's `int`/`float`/`bool`.
    static func dtype(_ value: Value?) throws(PythonError) -> DType? {
        guard let value, !value.isNoneValue else { return nil }
        switch value {
        case .object(let object as DTypeObject): return object.dtype
        case .object(let object as ScalarTypeObject): return object.dtype
        case .object(let type as TypeObject):
            switch type.name {
            case "int": return .int64
            case "float": return .float64
            case "bool": return .bool
            default: break
            }
        case .string(let name):
            if let dtype = DType(named: name) { return dtype }
            throw .typeError("data type '\(name)' not understood")
        default: break
        }
        throw .typeError("Cannot interpret '\((try? value.repr()) ?? value.typeName)' as a data type")
    }

    /// The attributes every array-like value shares (NumPy and JAX arrays alike).
    static func basicAttribute(_ name: String, of array: NDArray) -> Value? {
        switch name {
        case "shape": .tuple(array.shape.map(Value.int))
        case "ndim": .int(array.ndim)
        case "size": .int(array.size)
        case "dtype": .object(DTypeObject(array.dtype))
        case "itemsize": .int(array.itemSize)
        case "nbytes": .int(array.size * array.itemSize)
        default: nil
        }
    }

    /// A result: 0-d arrays become NumPy scalars, as NumPy's computed results do.
    static func wrap(_ array: NDArray) -> Value {
        array.ndim == 0 ? .object(NumPyScalar(array)) : .object(ArrayObject(array))
    }

    /// An array kept as an array, even when 0-d (constructors, views).
    static func wrapArray(_ array: NDArray) -> Value { .object(ArrayObject(array)) }
}
