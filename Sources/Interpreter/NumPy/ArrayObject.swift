import TensorCore

/// A NumPy `ndarray` in the cell language: TensorCore's array with Python's operators,
/// indexing, attributes and printing.
final class ArrayObject: PyObject, CustomRepresentable, CustomStringRepresentable, SizedCapable, TruthTestable, IterableCapable,
    CustomFormattable
{
    let array: NDArray

    init(_ array: NDArray) { self.array = array }

    override var typeName: String { "ndarray" }
    override var pythonType: TypeObject { NumPyTypes.ndarray }

    func pythonRepr() throws(PythonError) -> String { array.repr() }

    /// `str(array)`, as `print` shows it.
    func pythonString() -> String { array.str() }

    func length() throws(PythonError) -> Int {
        guard let first = array.shape.first else { throw .typeError("len() of unsized object") }
        return first
    }

    /// `format(array, spec)`: a 0-d array formats as its scalar; any other only with an
    /// empty spec, as its str.
    func pythonFormat(_ spec: String) throws(PythonError) -> String {
        try Self.format(array, spec, typeName: "numpy.ndarray")
    }

    static func format(_ array: NDArray, _ spec: String, typeName: String) throws(PythonError) -> String {
        if array.ndim == 0 {
            return try NumPyScalar(array).pythonFormat(spec)
        }
        guard spec.isEmpty else { throw .typeError("unsupported format string passed to \(typeName).__format__") }
        return array.str()
    }

    func truthValue() throws(PythonError) -> Bool {
        guard array.size == 1 else {
            if array.size == 0 { return false }
            throw .valueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
        }
        let item = try NumPyBridge.run { () throws(TensorError) in try array.item() }
        switch item {
        case .bool(let flag): return flag
        case .signed(let value): return value != 0
        case .unsigned(let value): return value != 0
        case .floating(let value): return value != 0
        }
    }

    func makeIterator() throws(PythonError) -> IteratorObject {
        guard array.ndim > 0 else { throw .typeError("iteration over a 0-d array") }
        let count = array.shape[0]
        var index = 0
        let source = array
        return IteratorObject(kind: "iterator") { () throws(PythonError) -> Value? in
            guard index < count else { return nil }
            defer { index += 1 }
            let element = try NumPyBridge.run { () throws(TensorError) in try source.view(at: [.integer(index)]) }
            return NumPyBridge.wrap(element)
        }
    }

    /// `array.tolist()`: nested lists of Python numbers.
    func toList() throws(PythonError) -> Value {
        try Self.toList(array)
    }

    static func toList(_ array: NDArray) throws(PythonError) -> Value {
        guard array.ndim > 0 else {
            return NumPyScalar.python(try NumPyBridge.run { () throws(TensorError) in try array.item() })
        }
        var items: [Value] = []
        for index in 0..<array.shape[0] {
            let element = try NumPyBridge.run { () throws(TensorError) in try array.view(at: [.integer(index)]) }
            items.append(try toList(element))
        }
        return .object(ListObject(items))
    }
}

/// A NumPy scalar (`np.float64(3.0)`): a typed 0-d value, what reductions and integer
/// indexing give.
final class NumPyScalar: PyObject, CustomRepresentable, CustomStringRepresentable, TruthTestable, IntConvertible, FloatConvertible, IndexCapable,
    CustomFormattable
{
    let array: NDArray

    init(_ array: NDArray) { self.array = array }

    override var typeName: String { array.dtype == .bool ? "bool" : array.dtype.name }
    override var pythonType: TypeObject { NumPyTypes.scalarType(array.dtype) }

    var item: CastValue { (try? array.item()) ?? .bool(false) }

    var scalarValue: Scalar {
        switch item {
        case .bool(let flag): .bool(flag)
        case .signed(let value): .int(value)
        case .unsigned(let value): .uint(value)
        case .floating(let value): .float(value)
        }
    }

    /// The Python number equal to a NumPy value (`.item()`).
    static func python(_ value: CastValue) -> Value {
        switch value {
        case .bool(let flag): .bool(flag)
        case .signed(let number): .int(Int(number))
        case .unsigned(let number): number <= UInt64(Int.max) ? .int(Int(number)) : .bigInt(BigInt(digits: String(number), radix: 10)!)
        case .floating(let number): .float(number)
        }
    }

    func pythonRepr() throws(PythonError) -> String { ScalarText.repr(item, dtype: array.dtype) }
    func pythonString() -> String { ScalarText.str(item, dtype: array.dtype) }

    func truthValue() throws(PythonError) -> Bool {
        switch item {
        case .bool(let flag): flag
        case .signed(let value): value != 0
        case .unsigned(let value): value != 0
        case .floating(let value): value != 0
        }
    }

    func intValue() throws(PythonError) -> Value {
        try Runtime.toInt(Self.python(item))
    }

    func floatValue() throws(PythonError) -> Double {
        try Runtime.toFloat(Self.python(item))
    }

    func indexValue() throws(PythonError) -> Int {
        switch item {
        case .signed(let value): return Int(value)
        case .unsigned(let value): return Int(value)
        default: throw .typeError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
        }
    }

    func pythonFormat(_ spec: String) throws(PythonError) -> String {
        try FormatSpec.format(Self.python(item), spec)
    }
}

/// `np.dtype('float32')`.
final class DTypeObject: PyObject, CustomRepresentable, CustomStringRepresentable, OperatorCapable, AttributeCapable {
    let dtype: DType
    init(_ dtype: DType) { self.dtype = dtype }
    override var typeName: String { "dtype[\(dtype.name)]" }
    func pythonRepr() throws(PythonError) -> String { "dtype('\(dtype.name)')" }
    func pythonString() -> String { dtype.name }

    func attribute(_ name: String, runtime: Runtime) throws(PythonError) -> Value? {
        switch name {
        case "itemsize": .int(dtype.itemSize)
        case "name": .string(dtype.name)
        case "kind": .string(String(dtype.kind.rawValue))
        case "type": .object(ScalarTypeObject(dtype))
        default: nil
        }
    }

    func setAttribute(_ name: String, _ value: Value) throws(PythonError) -> Bool { false }

    func binary(_ operation: BinaryOperator, _ other: Value, reflected: Bool) throws(PythonError) -> Value? { nil }
    func unary(_ operation: UnaryOperator) throws(PythonError) -> Value? { nil }
    func compare(_ operation: ComparisonOperator, _ other: Value, reflected: Bool) throws(PythonError) -> Value? {
        guard operation == .equal || operation == .notEqual else { return nil }
        let same = (try? NumPyBridge.dtype(other)) == dtype
        return .bool(operation == .equal ? same : !same)
    }
}

/// `np.float32` and the other scalar types: callable, usable as `dtype=`, checked by `isinstance`.
final class ScalarTypeObject: PyObject, CallCapable, CustomRepresentable, InstanceChecking {
    let dtype: DType
    /// `jax.numpy`'s types make JAX arrays; NumPy's make NumPy scalars.
    let isJAX: Bool
    init(_ dtype: DType, jax: Bool = false) {
        self.dtype = dtype
        isJAX = jax
    }
    override var typeName: String { "type" }

    func pythonRepr() throws(PythonError) -> String {
        "<class '\(isJAX ? "jax.numpy" : "numpy").\(dtype == .bool ? (isJAX ? "bool_" : "bool") : dtype.name)'>"
    }

    func call(_ arguments: Arguments, runtime: Runtime) throws(PythonError) -> Value {
        try arguments.expectCount(0...1, dtype.name)
        var value = arguments.positional.first ?? .int(0)
        // A str is read as Python reads it for the kind (`np.float64("nan")`, `np.int64("42")`).
        if case .string(let text) = value {
            if dtype == .bool {
                value = .bool(!text.isEmpty)
            } else if dtype.isFloatingPoint {
                value = .float(try Runtime.toFloat(value))
            } else {
                value = try Runtime.toInt(value)
            }
        }
        if isJAX { return JaxBridge.wrap(try JaxBridge.canonicalArray(value, dtype: dtype)) }
        let array = try NumPyBridge.array(value, dtype: dtype)
        return NumPyBridge.wrap(array)
    }

    func isInstance(_ value: Value) -> Bool {
        if case .object(let scalar as NumPyScalar) = value { return scalar.array.dtype == dtype }
        return false
    }
}

/// The types NumPy values report, with NumPy's scalar hierarchy: `numpy.float64` is a
/// `numpy.floating` (an `inexact`, a `number`, a `generic`) and a Python `float`;
/// `numpy.int64` is a `numpy.signedinteger` (an `integer`) but not a Python `int`.
enum NumPyTypes {
    nonisolated(unsafe) static let ndarray = TypeObject("ndarray", base: BuiltinTypes.object, module: "numpy")
    nonisolated(unsafe) static let ufunc = TypeObject("ufunc", base: BuiltinTypes.object, module: "numpy")
    nonisolated(unsafe) static let generic = TypeObject("generic", base: BuiltinTypes.object, module: "numpy")
    nonisolated(unsafe) static let number = TypeObject("number", base: generic, module: "numpy")
    nonisolated(unsafe) static let integer = TypeObject("integer", base: number, module: "numpy")
    nonisolated(unsafe) static let signedInteger = TypeObject("signedinteger", base: integer, module: "numpy")
    nonisolated(unsafe) static let unsignedInteger = TypeObject("unsignedinteger", base: integer, module: "numpy")
    nonisolated(unsafe) static let inexact = TypeObject("inexact", base: number, module: "numpy")
    nonisolated(unsafe) static let floating = TypeObject("floating", base: inexact, module: "numpy")

    /// The abstract scalar types, by their names in `numpy`.
    nonisolated(unsafe) static let abstractTypes = [generic, number, integer, signedInteger, unsignedInteger, inexact, floating]

    nonisolated(unsafe) static let scalarTypes: [DType: TypeObject] = {
        var types: [DType: TypeObject] = [:]
        for dtype in DType.allCases {
            let bases: [TypeObject]
            switch dtype.kind {
            case .boolean: bases = [generic]
            case .signedInteger: bases = [signedInteger]
            case .unsignedInteger: bases = [unsignedInteger]
            case .floating: bases = dtype == .float64 ? [floating, BuiltinTypes.float] : [floating]
            }
            types[dtype] = try! TypeObject(dtype == .bool ? "bool" : dtype.name, bases: bases, module: "numpy")
        }
        return types
    }()

    static func scalarType(_ dtype: DType) -> TypeObject { scalarTypes[dtype]! }
}
