/// A Python type: a name and a base, for `type(x)`, `isinstance` and `except` matching.
/// Types never change once made, so the built-in ones are shared by every interpreter.
final class TypeObject: PyObject {
    let name: String
    let base: TypeObject?
    /// The module it is shown under (`<class 'numpy.ndarray'>`); nil for builtins.
    let module: String?

    init(_ name: String, base: TypeObject?, module: String? = nil) {
        self.name = name
        self.base = base
        self.module = module
    }

    override var typeName: String { "type" }

    /// Whether this type is `other` or derives from it.
    func isSubtype(of other: TypeObject) -> Bool {
        var type: TypeObject? = self
        while let current = type {
            if current === other { return true }
            type = current.base
        }
        return false
    }
}

/// The built-in types, one object each, so `type(1) is int` holds (immutable, so shared
/// across threads).
enum BuiltinTypes {
    nonisolated(unsafe) static let object = TypeObject("object", base: nil)
    nonisolated(unsafe) static let type = TypeObject("type", base: object)
    nonisolated(unsafe) static let int = TypeObject("int", base: object)
    nonisolated(unsafe) static let bool = TypeObject("bool", base: int)
    nonisolated(unsafe) static let float = TypeObject("float", base: object)
    nonisolated(unsafe) static let complex = TypeObject("complex", base: object)
    nonisolated(unsafe) static let str = TypeObject("str", base: object)
    nonisolated(unsafe) static let bytes = TypeObject("bytes", base: object)
    nonisolated(unsafe) static let list = TypeObject("list", base: object)
    nonisolated(unsafe) static let tuple = TypeObject("tuple", base: object)
    nonisolated(unsafe) static let dict = TypeObject("dict", base: object)
    nonisolated(unsafe) static let set = TypeObject("set", base: object)
    nonisolated(unsafe) static let frozenset = TypeObject("frozenset", base: object)
    nonisolated(unsafe) static let range = TypeObject("range", base: object)
    nonisolated(unsafe) static let slice = TypeObject("slice", base: object)
    nonisolated(unsafe) static let noneType = TypeObject("NoneType", base: object)
    nonisolated(unsafe) static let ellipsis = TypeObject("ellipsis", base: object)
    nonisolated(unsafe) static let function = TypeObject("function", base: object)
    nonisolated(unsafe) static let builtinFunction = TypeObject("builtin_function_or_method", base: object)
    nonisolated(unsafe) static let method = TypeObject("method", base: object)
    nonisolated(unsafe) static let module = TypeObject("module", base: object)
    nonisolated(unsafe) static let generator = TypeObject("generator", base: object)
    nonisolated(unsafe) static let iterator = TypeObject("iterator", base: object)

    /// Types whose instances are other objects, by the objects' type names.
    nonisolated(unsafe) static let byName: [String: TypeObject] = {
        var table: [String: TypeObject] = [:]
        for type in [object, type, int, bool, float, complex, str, bytes, list, tuple, dict, set, frozenset, range, slice,
                     noneType, ellipsis, function, builtinFunction, method, module, generator] {
            table[type.name] = type
        }
        return table
    }()
}
