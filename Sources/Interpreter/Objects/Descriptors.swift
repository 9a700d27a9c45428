/// A function bound to the object it was reached through (`obj.method`, `Cls.classmethod`):
/// calling it passes that object first.
final class MethodObject: PyObject, CallCapable, CustomRepresentable, AttributeCapable {
    let function: Value
    let receiver: Value

    init(_ function: Value, receiver: Value) {
        self.function = function
        self.receiver = receiver
    }

    override var typeName: String { "method" }

    func call(_ arguments: Arguments, runtime: Runtime) throws(PythonError) -> Value {
        try runtime.call(function, Arguments([receiver] + arguments.positional, keywords: arguments.keywords))
    }

    func pythonRepr() throws(PythonError) -> String {
        let name: String
        if case .object(let function as FunctionObject) = function { name = function.code.qualifiedName } else { name = "?" }
        return "<bound method \(name) of \(try receiver.repr())>"
    }

    func attribute(_ name: String, runtime: Runtime) throws(PythonError) -> Value? {
        switch name {
        case "__self__": return receiver
        case "__func__": return function
        default: return try? runtime.getAttribute(function, name)
        }
    }

    func setAttribute(_ name: String, _ value: Value) throws(PythonError) -> Bool { false }
}

/// `@staticmethod`: a function a class keeps as it is, for its instances and itself.
final class StaticMethodObject: PyObject, CallCapable, AttributeCapable {
    let function: Value
    init(_ function: Value) { self.function = function }
    override var typeName: String { "staticmethod" }

    func call(_ arguments: Arguments, runtime: Runtime) throws(PythonError) -> Value {
        try runtime.call(function, arguments)
    }

    func attribute(_ name: String, runtime: Runtime) throws(PythonError) -> Value? {
        name == "__func__" ? function : try? runtime.getAttribute(function, name)
    }

    func setAttribute(_ name: String, _ value: Value) throws(PythonError) -> Bool { false }
}

/// `@classmethod`: a function bound to the class it is reached through.
final class ClassMethodObject: PyObject, AttributeCapable {
    let function: Value
    init(_ function: Value) { self.function = function }
    override var typeName: String { "classmethod" }

    func attribute(_ name: String, runtime: Runtime) throws(PythonError) -> Value? {
        name == "__func__" ? function : try? runtime.getAttribute(function, name)
    }

    func setAttribute(_ name: String, _ value: Value) throws(PythonError) -> Bool { false }
}

/// `property(fget, fset, fdel, doc)`, usually written `@property` with `@x.setter` and
/// `@x.deleter`: an attribute computed by methods.
final class PropertyObject: PyObject, AttributeCapable {
    let getter: Value?
    let setter: Value?
    let deleter: Value?
    let doc: Value
    /// The attribute's name in its class (set when the class is made), for messages.
    var name: String?

    init(getter: Value?, setter: Value?, deleter: Value?, doc: Value?) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
        // As CPython: without a doc, the getter's docstring.
        if let doc, !doc.isNoneValue {
            self.doc = doc
        } else if case .object(let function as FunctionObject)? = getter, let text = function.docstring {
            self.doc = .string(text)
        } else {
            self.doc = .none
        }
    }

    override var typeName: String { "property" }

    /// The value for `instance`.
    func get(_ instance: Value, runtime: Runtime) throws(PythonError) -> Value {
        guard let getter else {
            throw .attributeError("property \(quotedName) of '\(instance.typeName)' object has no getter")
        }
        return try runtime.call(getter, Arguments([instance]))
    }

    func set(_ instance: Value, _ value: Value, runtime: Runtime) throws(PythonError) {
        guard let setter else {
            throw .attributeError("property \(quotedName) of '\(instance.typeName)' object has no setter")
        }
        _ = try runtime.call(setter, Arguments([instance, value]))
    }

    func delete(_ instance: Value, runtime: Runtime) throws(PythonError) {
        guard let deleter else {
            throw .attributeError("property \(quotedName) of '\(instance.typeName)' object has no deleter")
        }
        _ = try runtime.call(deleter, Arguments([instance]))
    }

    private var quotedName: String { name.map { "'\($0)'" } ?? "" }

    func attribute(_ name: String, runtime: Runtime) throws(PythonError) -> Value? {
        func copy(getter: Value?, setter: Value?, deleter: Value?) -> Value {
            .object(PropertyObject(getter: getter, setter: setter, deleter: deleter, doc: nil))
        }
        switch name {
        case "fget": return getter ?? .none
        case "fset": return setter ?? .none
        case "fdel": return deleter ?? .none
        case "__doc__": return doc
        case "getter", "setter", "deleter":
            return .object(BuiltinFunction(name) { [self] arguments throws(PythonError) in
                try arguments.expectCount(1...1, name)
                let function = arguments.positional[0]
                switch name {
                case "getter": return copy(getter: function, setter: setter, deleter: deleter)
                case "setter": return copy(getter: getter, setter: function, deleter: deleter)
                default: return copy(getter: getter, setter: setter, deleter: function)
                }
            })
        default: return nil
        }
    }

    func setAttribute(_ name: String, _ value: Value) throws(PythonError) -> Bool { false }
}

/// `super()` (or `super(C, obj)`): the attributes of `obj`'s class after `C` in its MRO,
/// bound to `obj`.
final class SuperObject: PyObject, AttributeCapable, CustomRepresentable {
    let start: TypeObject
    let object: Value

    init(start: TypeObject, object: Value) {
        self.start = start
        self.object = object
    }

    override var typeName: String { "super" }

    func pythonRepr() throws(PythonError) -> String {
        "<super: <class '\(start.name)'>, <\(object.typeName) object>>"
    }

    func attribute(_ name: String, runtime: Runtime) throws(PythonError) -> Value? {
        // The MRO of the object's class (or of the class itself, for a classmethod's `cls`).
        let owner: TypeObject
        if case .object(let type as TypeObject) = object { owner = type } else { owner = object.type }
        let order = owner.resolutionOrder
        guard let position = order.firstIndex(where: { $0 === start }) else { return nil }
        for type in order[(position + 1)...] {
            if let found = type.attributes[name] { return runtime.bind(found, to: object, owner: owner) }
            if let builtin = runtime.builtinSpecialMethod(type, name, receiver: object) { return builtin }
        }
        return nil
    }

    func setAttribute(_ name: String, _ value: Value) throws(PythonError) -> Bool { false }
}
