/// The builtins of classes: `super`, `property`, `staticmethod`, `classmethod` and
/// `NotImplemented`.
enum ClassBuiltins {
    static func install(into table: inout [String: Value], runtime: Runtime) {
        func define(_ name: String, _ body: @escaping (Arguments) throws(PythonError) -> Value) {
            table[name] = .object(BuiltinFunction(name, body))
        }
        table["NotImplemented"] = .object(NotImplementedObject.shared)
        define("super") { [unowned runtime] arguments throws(PythonError) in
            try arguments.noKeywords("super")
            try arguments.expectCount(0...2, "super")
            if arguments.positional.count == 2 {
                guard let start = Builtins.classObject(arguments.positional[0]) else {
                    throw .typeError("super() argument 1 must be a type, not \(arguments.positional[0].typeName)")
                }
                let object = arguments.positional[1]
                let owner: TypeObject
                if case .object(let type as TypeObject) = object { owner = type } else { owner = object.type }
                guard owner.isSubtype(of: start) else {
                    throw .typeError("super(type, obj): obj must be an instance or subtype of type")
                }
                return .object(SuperObject(start: start, object: object))
            }
            guard arguments.positional.isEmpty else { throw .typeError("super() argument 1 must be a type") }
            // Zero arguments: the class the running method was defined in, and its first argument.
            guard let frame = runtime.frame, frame.code.signature.storage.first != nil else {
                throw PythonError(ExceptionTypes.runtimeError, "super(): no arguments")
            }
            guard let cell = frame.code.classCell, case .object(let start as TypeObject)? = frame.cells[cell].value else {
                throw PythonError(ExceptionTypes.runtimeError, "super(): __class__ cell not found")
            }
            guard let object = frame.firstArgument else {
                throw PythonError(ExceptionTypes.runtimeError, "super(): arg[0] deleted")
            }
            return .object(SuperObject(start: start, object: object))
        }
        define("property") { arguments throws(PythonError) in
            let values = try WarningsModule.bind(arguments, ["fget", "fset", "fdel", "doc"], required: 0, function: "property")
            func given(_ value: Value?) -> Value? { value.flatMap { $0.isNoneValue ? nil : $0 } }
            return .object(PropertyObject(getter: given(values[0]), setter: given(values[1]), deleter: given(values[2]), doc: values[3]))
        }
        define("staticmethod") { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "staticmethod")
            return .object(StaticMethodObject(arguments.positional[0]))
        }
        define("classmethod") { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "classmethod")
            return .object(ClassMethodObject(arguments.positional[0]))
        }
    }
}
