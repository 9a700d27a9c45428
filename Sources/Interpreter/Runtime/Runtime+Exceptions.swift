extension Runtime {
    /// The exception a `raise` of `value` throws: an instance, or a new one of a type.
    func exceptionInstance(_ value: Value, context: String) throws(PythonError) -> ExceptionObject {
        switch value {
        case .object(let exception as ExceptionObject):
            return exception
        case .object(let type as TypeObject) where type.isSubtype(of: ExceptionTypes.baseException):
            guard case .object(let instance as ExceptionObject) = try construct(type, Arguments([])) else {
                throw .typeError(context)
            }
            return instance
        default:
            throw .typeError(context)
        }
    }

    /// Whether an `except` clause naming `handler` (a type or a tuple of types) catches `exception`.
    func matches(_ exception: ExceptionObject, _ handler: Value) throws(PythonError) -> Bool {
        switch handler {
        case .object(let type as TypeObject) where type.isSubtype(of: ExceptionTypes.baseException):
            return exception.type.isSubtype(of: type)
        case .tuple(let items):
            for item in items where try matches(exception, item) { return true }
            return false
        default:
            throw .typeError("catching classes that do not inherit from BaseException is not allowed")
        }
    }

    /// A callable's name as CPython's call errors show it (`f()`, `len()`).
    func callableName(_ value: Value) -> String {
        guard case .object(let object) = value else { return "\(value.typeName) object" }
        switch object {
        case let function as FunctionObject: return function.code.qualifiedName + "()"
        case let builtin as BuiltinFunction: return builtin.name + "()"
        case let method as BoundMethod: return "\(method.receiver.typeName).\(method.name)()"
        case let type as TypeObject: return type.name + "()"
        default: return "\(object.typeName) object"
        }
    }

    /// `dict.update(other)` and `{**other}`.
    func update(_ dict: DictObject, with other: Value) throws(PythonError) {
        if case .object(let source as DictObject) = other {
            for (key, value) in zip(source.keys, source.values) { dict.set(try HashKey(key), value) }
            return
        }
        guard Iteration.isIterable(other) else {
            throw .typeError("'\(other.typeName)' object is not a mapping")
        }
        for (index, item) in try Iteration.values(other).enumerated() {
            let pair = try Iteration.values(item)
            guard pair.count == 2 else {
                throw .valueError("dictionary update sequence element #\(index) has length \(pair.count); 2 is required")
            }
            dict.set(try HashKey(pair[0]), pair[1])
        }
    }
}

extension Operators {
    /// `target op= value`: lists grow in place; objects of other modules may update
    /// themselves (NumPy arrays); everything else rebinds to `target op value`.
    static func inPlace(_ operation: BinaryOperator, _ target: Value, _ value: Value) throws(PythonError) -> Value {
        if case .object(let list as ListObject) = target {
            switch operation {
            case .add:
                list.items += try Iteration.values(value)
                return target
            case .multiply:
                guard case .int(let count) = value else { break }
                let items = list.items
                list.items = count <= 0 ? [] : Array([[Value]](repeating: items, count: count).joined())
                return target
            default:
                break
            }
        }
        if case .object(let object) = target, let capable = object as? InPlaceCapable,
            let result = try capable.inPlace(operation, value) {
            return result
        }
        return try binary(operation, target, value)
    }
}

/// Objects that change themselves for `x op= y` (NumPy arrays).
protocol InPlaceCapable {
    func inPlace(_ operation: BinaryOperator, _ value: Value) throws(PythonError) -> Value?
}
