/// A Python type: its name and module, its bases and method resolution order (C3, as
/// CPython computes it), and the attributes a class statement gave it. `isinstance`,
/// `issubclass` and `except` go by the MRO, so a type with several bases (NumPy's
/// `AxisError` is a `ValueError` and an `IndexError`) is each of them. The built-in types
/// are made once and shared by every interpreter; their behaviour is Swift's.
final class TypeObject: PyObject {
    let name: String
    /// The module it is shown under (`<class 'numpy.ndarray'>`); nil for builtins.
    let module: String?
    let bases: [TypeObject]
    /// The MRO after the type itself: its bases in C3 order, ending with `object`.
    let ancestors: [TypeObject]
    /// The type's own attributes (a class body's names); empty for the built-in types.
    var attributes: [String: Value] = [:]
    /// Whether a `class` statement made it (CPython's heap types): its behaviour is its
    /// attributes', and messages name it without its module.
    var isUserDefined = false
    /// The interpreter a class statement made it in, which runs its methods when Swift
    /// code reaches them (`repr`, operators, hashing).
    weak var runtime: Runtime?

    /// A built-in type with one base (or none, for `object`).
    init(_ name: String, base: TypeObject?, module: String? = nil) {
        self.name = name
        self.module = module
        bases = base.map { [$0] } ?? []
        ancestors = base.map(\.resolutionOrder) ?? []
    }

    /// A type with several bases; their MROs must merge (CPython's error otherwise).
    init(_ name: String, bases: [TypeObject], module: String? = nil) throws(PythonError) {
        self.name = name
        self.module = module
        self.bases = bases
        ancestors = try Self.linearization(of: bases)
    }

    override var typeName: String { "type" }
    override var pythonType: TypeObject { BuiltinTypes.type }

    /// The first base, as a single-inheritance chain sees it.
    var base: TypeObject? { bases.first }

    /// `<class 'numpy.ndarray'>`, `int`: the name with its module, as messages show it.
    var qualifiedName: String { (module.map { $0 + "." } ?? "") + name }

    /// The name a traceback's last line shows: with its module, unless that is `__main__`
    /// or the builtins (`numpy.exceptions.AxisError`, `ValueError`, `NotFound`).
    var tracebackName: String {
        guard let module, module != "__main__", module != "builtins" else { return name }
        return module + "." + name
    }

    /// Whether this type is `other` or derives from it.
    func isSubtype(of other: TypeObject) -> Bool {
        self === other || ancestors.contains { $0 === other }
    }

    /// The attribute `name` as the MRO finds it.
    func lookup(_ name: String) -> Value? {
        if let value = attributes[name] { return value }
        for type in ancestors {
            if let value = type.attributes[name] { return value }
        }
        return nil
    }

    /// The MRO (`__mro__`): this type, then its bases' in C3 order.
    var resolutionOrder: [TypeObject] { [self] + ancestors }

    /// C3: the bases' MROs merged, each base before its own bases, in the order given.
    static func linearization(of bases: [TypeObject]) throws(PythonError) -> [TypeObject] {
        for (index, base) in bases.enumerated() where bases[..<index].contains(where: { $0 === base }) {
            throw .typeError("duplicate base class \(base.name)")
        }
        var sequences = bases.map(\.resolutionOrder) + [bases]
        var result: [TypeObject] = []
        while true {
            sequences.removeAll { $0.isEmpty }
            if sequences.isEmpty { return result }
            guard let head = sequences.lazy.map({ $0[0] }).first(where: { candidate in
                !sequences.contains { $0.dropFirst().contains { $0 === candidate } }
            }) else {
                // CPython names the heads it could not place, each once, in order.
                var heads: [TypeObject] = []
                for sequence in sequences where !heads.contains(where: { $0 === sequence[0] }) { heads.append(sequence[0]) }
                throw .typeError(
                    "Cannot create a consistent method resolution\norder (MRO) for bases "
                        + heads.map(\.name).joined(separator: ", "))
            }
            result.append(head)
            for index in sequences.indices where sequences[index][0] === head { sequences[index].removeFirst() }
        }
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
