import TensorCore

/// A Python value as Swift code embedding the interpreter sees it: what a checker reads
/// out of a namespace, or passes to a Python function. Arrays are TensorCore arrays
/// (shared, not copied); values Swift has no use for keep their type name and `repr`.
public enum PythonValue {
    case none
    case bool(Bool)
    case int(Int)
    /// An int beyond 64 bits, in decimal.
    case bigInt(String)
    case float(Double)
    case string(String)
    case tuple([PythonValue])
    case list([PythonValue])
    /// A NumPy `ndarray`.
    case array(NDArray)
    /// A NumPy scalar (`np.float64(3.0)`), as a 0-d array of its dtype.
    case numpyScalar(NDArray)
    /// A JAX array.
    case jaxArray(NDArray)
    /// Something that can be called: a `def`, a `lambda`, a builtin, a jitted function.
    case callable(typeName: String)
    /// Anything else.
    case other(typeName: String, repr: String)

    /// The Python type name, as `type(x).__name__` gives it.
    public var typeName: String {
        switch self {
        case .none: "NoneType"
        case .bool: "bool"
        case .int, .bigInt: "int"
        case .float: "float"
        case .string: "str"
        case .tuple: "tuple"
        case .list: "list"
        case .array: "ndarray"
        case .numpyScalar(let array): array.dtype == .bool ? "bool" : array.dtype.name
        case .jaxArray: "ArrayImpl"
        case .callable(let typeName), .other(let typeName, _): typeName
        }
    }
}

extension PythonValue {
    /// Reads an interpreter value; containers are read deeply, up to `depth` levels.
    init(_ value: Value, depth: Int = 8) {
        switch value {
        case .none: self = .none
        case .bool(let flag): self = .bool(flag)
        case .int(let number): self = .int(number)
        case .bigInt(let number): self = .bigInt(number.description)
        case .float(let number): self = .float(number)
        case .string(let text): self = .string(text)
        case .tuple(let items) where depth > 0: self = .tuple(items.map { PythonValue($0, depth: depth - 1) })
        case .object(let object):
            switch object {
            case let list as ListObject where depth > 0: self = .list(list.items.map { PythonValue($0, depth: depth - 1) })
            case let array as ArrayObject: self = .array(array.array)
            case let scalar as NumPyScalar: self = .numpyScalar(scalar.array)
            case let array as JaxArrayObject: self = .jaxArray(array.array)
            case is FunctionObject, is BuiltinFunction, is BoundMethod, is JittedFunction, is PartialObject, is UFuncObject:
                self = .callable(typeName: object.typeName)
            default:
                self = .other(typeName: object.typeName, repr: (try? value.repr()) ?? "<\(object.typeName)>")
            }
        default:
            self = .other(typeName: value.typeName, repr: (try? value.repr()) ?? "<\(value.typeName)>")
        }
    }

    /// The interpreter value for this one (`.other` and `.callable` cannot be made from Swift).
    var value: Value? {
        switch self {
        case .none: return Value.none
        case .bool(let flag): return .bool(flag)
        case .int(let number): return .int(number)
        case .bigInt(let digits): return BigInt(digits: digits, radix: 10).map(Value.integer)
        case .float(let number): return .float(number)
        case .string(let text): return .string(text)
        case .tuple(let items):
            return Self.values(items).map(Value.tuple)
        case .list(let items):
            return Self.values(items).map { .object(ListObject($0)) }
        case .array(let array): return .object(ArrayObject(array))
        case .numpyScalar(let array): return .object(NumPyScalar(array))
        case .jaxArray(let array): return .object(JaxArrayObject(array))
        case .callable, .other: return nil
        }
    }

    /// The interpreter values of `items`, or nil when one cannot be made from Swift.
    private static func values(_ items: [PythonValue]) -> [Value]? {
        var values: [Value] = []
        for item in items {
            guard let value = item.value else { return nil }
            values.append(value)
        }
        return values
    }
}
