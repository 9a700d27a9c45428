extension Runtime {
    // MARK: - Making classes

    /// The class of a `class` statement (or `type(name, bases, dict)`): its bases' MROs
    /// merged, its namespace as its attributes, `__hash__` cleared where `__eq__` is
    /// defined without it, each descriptor told its name, the parent's
    /// `__init_subclass__` called with the statement's keywords.
    func makeClass(_ name: String, _ arguments: Arguments, namespace: ClassNamespace) throws(PythonError) -> TypeObject {
        var bases: [TypeObject] = []
        for base in arguments.positional {
            guard let type = Builtins.classObject(base) else {
                throw .typeError("bases must be types, not '\(base.typeName)'")
            }
            guard Self.canSubclass(type) else {
                if type === BuiltinTypes.bool || type === BuiltinTypes.noneType || type === BuiltinTypes.function {
                    throw .typeError("type '\(type.name)' is not an acceptable base type")
                }
                throw .typeError("course cells cannot subclass '\(type.qualifiedName)' yet; derive from object or an exception class")
            }
            bases.append(type)
        }
        var keywords: [(name: String, value: Value)] = []
        for (keyword, value) in arguments.keywords {
            if keyword == "metaclass" {
                guard case .object(let metaclass as TypeObject) = value, metaclass === BuiltinTypes.type else {
                    throw .typeError("a metaclass other than type is not supported in course cells")
                }
                continue
            }
            keywords.append((keyword, value))
        }
        if bases.isEmpty { bases = [BuiltinTypes.object] }
        var module: String?
        if case .string(let name)? = namespace["__module__"], name != "builtins" { module = name }
        let type = try TypeObject(name, bases: bases, module: module)
        type.isUserDefined = true
        type.runtime = self
        for (key, value) in namespace.entries { type.attributes[key] = value }
        // As CPython: `__init_subclass__` and `__class_getitem__` are classmethods, `__new__`
        // a staticmethod, without being declared so.
        for name in ["__init_subclass__", "__class_getitem__"] {
            if case .object(let function as FunctionObject)? = type.attributes[name] {
                type.attributes[name] = .object(ClassMethodObject(.object(function)))
            }
        }
        if case .object(let function as FunctionObject)? = type.attributes["__new__"] {
            type.attributes["__new__"] = .object(StaticMethodObject(.object(function)))
        }
        if namespace["__eq__"] != nil && namespace["__hash__"] == nil { type.attributes["__hash__"] = Value.none }
        for (key, value) in namespace.entries {
            if case .object(let property as PropertyObject) = value { property.name = key }
            guard case .object(let object) = value, !(object is FunctionObject), let setName = attributeIfUser(value, "__set_name__") else {
                continue
            }
            _ = try call(setName, Arguments([.object(type), .string(key)]))
        }
        // The parent's `__init_subclass__` (object's takes no keywords).
        if let parent = type.ancestors.first(where: { $0.attributes["__init_subclass__"] != nil }),
            let hook = parent.attributes["__init_subclass__"]
        {
            let function: Value
            if case .object(let method as ClassMethodObject) = hook { function = method.function } else { function = hook }
            _ = try call(function, Arguments([.object(type)], keywords: keywords))
        } else if let first = keywords.first {
            throw .typeError("\(name).__init_subclass__() takes no keyword arguments (got '\(first.name)')")
        }
        return type
    }

    /// Whether a class statement can derive from `type` here: object, exception classes and
    /// classes of the program (built-in containers and numbers need their own instance
    /// layouts, not there yet).
    static func canSubclass(_ type: TypeObject) -> Bool {
        type === BuiltinTypes.object || type.isUserDefined || type.isSubtype(of: ExceptionTypes.baseException)
    }

    /// `value.name` when `value` is an instance whose class defines `name` (not a builtin's).
    private func attributeIfUser(_ value: Value, _ name: String) -> Value? {
        guard case .object(let instance as InstanceObject) = value, let found = instance.type.lookup(name) else { return nil }
        return bind(found, to: value, owner: instance.type)
    }

    // MARK: - Instances

    /// `Cls(arguments)` for a class of the program: `__new__` (object's makes an instance,
    /// an exception class's an exception), then `__init__` on what it made when that is an
    /// instance of the class.
    func instantiate(_ type: TypeObject, _ arguments: Arguments) throws(PythonError) -> Value {
        let hasNew = type.lookup("__new__") != nil
        let instance: Value
        if let new = type.lookup("__new__") {
            let function: Value
            if case .object(let method as StaticMethodObject) = new { function = method.function } else { function = new }
            instance = try call(function, Arguments([.object(type)] + arguments.positional, keywords: arguments.keywords))
        } else {
            instance = allocate(type, arguments.positional)
        }
        guard instance.type.isSubtype(of: type) else { return instance }
        if let initializer = type.lookup("__init__") {
            let result = try call(bind(initializer, to: instance, owner: type), arguments)
            guard case .none = result else { throw .typeError("__init__() should return None, not '\(result.typeName)'") }
        } else if !type.isSubtype(of: ExceptionTypes.baseException), !hasNew,
            !arguments.positional.isEmpty || !arguments.keywords.isEmpty
        {
            throw .typeError("\(type.name)() takes no arguments")
        } else if type.isSubtype(of: ExceptionTypes.baseException), let keyword = arguments.keywords.first {
            throw .typeError("\(type.name)() takes no keyword arguments (got '\(keyword.name)')")
        }
        return instance
    }

    /// `object.__new__(cls)` (an instance) or `BaseException.__new__(cls, *args)`.
    func allocate(_ type: TypeObject, _ arguments: [Value]) -> Value {
        if type.isSubtype(of: ExceptionTypes.baseException) { return .object(ExceptionObject(type, arguments)) }
        return .object(InstanceObject(type))
    }

    /// What `owner`'s attribute `found` is when reached through `receiver`: a function
    /// becomes a method bound to it, a classmethod one bound to the class, a staticmethod
    /// its function; anything else is itself.
    func bind(_ found: Value, to receiver: Value, owner: TypeObject) -> Value {
        guard case .object(let object) = found else { return found }
        switch object {
        case is FunctionObject:
            if case .object(let type as TypeObject) = receiver, type === owner { return found }
            return .object(MethodObject(found, receiver: receiver))
        case let method as ClassMethodObject:
            let type: TypeObject
            if case .object(let given as TypeObject) = receiver { type = given } else { type = receiver.type }
            return .object(MethodObject(method.function, receiver: .object(type)))
        case let method as StaticMethodObject:
            return method.function
        default:
            return found
        }
    }

    /// An attribute of an instance of a program's class (or of an exception): a property
    /// first, then the instance's own, then the class's (bound), then `__getattr__`.
    func instanceAttribute(_ value: Value, dict: DictObject, type: TypeObject, _ name: String) throws(PythonError) -> Value? {
        switch name {
        case "__dict__": return .object(dict)
        case "__class__": return .object(type)
        default: break
        }
        let found = type.lookup(name)
        if case .object(let property as PropertyObject)? = found { return try property.get(value, runtime: self) }
        if let own = dict.get(try HashKey(.string(name))) { return own }
        if let found { return bind(found, to: value, owner: type) }
        if let builtin = builtinSpecialMethod(type, name, receiver: value) { return builtin }
        if let hook = type.lookup("__getattr__") {
            return try call(bind(hook, to: value, owner: type), Arguments([.string(name)]))
        }
        return nil
    }

    /// `obj.name = value` for an instance of a program's class: a property's setter, a
    /// `__setattr__` of the class, or the instance's own attributes.
    func setInstanceAttribute(_ value: Value, dict: DictObject, type: TypeObject, _ name: String, _ newValue: Value) throws(PythonError) {
        if case .object(let property as PropertyObject)? = type.lookup(name) {
            try property.set(value, newValue, runtime: self)
            return
        }
        if let hook = type.lookup("__setattr__") {
            _ = try call(bind(hook, to: value, owner: type), Arguments([.string(name), newValue]))
            return
        }
        dict.set(try HashKey(.string(name)), newValue)
    }

    /// `del obj.name` for an instance of a program's class.
    func deleteInstanceAttribute(_ value: Value, dict: DictObject, type: TypeObject, _ name: String) throws(PythonError) {
        if case .object(let property as PropertyObject)? = type.lookup(name) {
            try property.delete(value, runtime: self)
            return
        }
        if let hook = type.lookup("__delattr__") {
            _ = try call(bind(hook, to: value, owner: type), Arguments([.string(name)]))
            return
        }
        guard dict.remove(try HashKey(.string(name))) != nil else {
            throw .missingAttribute(name, of: value, "'\(value.typeName)' object has no attribute '\(name)'")
        }
    }

    /// An attribute of a class (`Cls.name`): its own or an ancestor's, a classmethod bound
    /// to it, a staticmethod's function, a function as it is.
    func classAttribute(_ type: TypeObject, _ name: String) -> Value? {
        guard let found = type.lookup(name) else { return nil }
        return bind(found, to: .object(type), owner: type)
    }

    // MARK: - What object and BaseException give

    /// The special methods the built-in classes at the root of a program's classes provide,
    /// bound to `receiver`, as `super()` and an instance reach them: `object`'s
    /// `__init__`, `__new__`, `__repr__`, `__str__`, `__eq__`, `__ne__`, `__hash__`,
    /// `__setattr__`, `__getattribute__`, `__format__`; BaseException's `__init__`,
    /// `__str__`, `__repr__`.
    func builtinSpecialMethod(_ type: TypeObject, _ name: String, receiver: Value) -> Value? {
        guard !type.isUserDefined, name.hasPrefix("__") else { return nil }
        let runtime = self
        func method(_ body: @escaping (Arguments) throws(PythonError) -> Value) -> Value {
            .object(BuiltinFunction(name, body))
        }
        if type.isSubtype(of: ExceptionTypes.baseException), case .object(let exception as ExceptionObject) = receiver {
            switch name {
            case "__init__":
                return method { arguments throws(PythonError) in
                    exception.arguments = arguments.positional
                    return .none
                }
            case "__str__": return method { _ throws(PythonError) in .string(try exception.message()) }
            case "__repr__":
                return method { _ throws(PythonError) in .string(try Value.object(exception).baseRepr()) }
            default: break
            }
        }
        guard type === BuiltinTypes.object || type.isSubtype(of: ExceptionTypes.baseException) else { return nil }
        switch name {
        case "__init__":
            return method { arguments throws(PythonError) in
                if !arguments.positional.isEmpty || !arguments.keywords.isEmpty,
                    receiver.type.lookup("__init__") == nil || receiver.type.lookup("__new__") != nil
                {
                    throw .typeError("object.__init__() takes exactly one argument (the instance to initialize)")
                }
                return .none
            }
        case "__new__":
            return method { arguments throws(PythonError) in
                guard case .object(let type as TypeObject)? = arguments.positional.first else {
                    throw .typeError("object.__new__(X): X is not a type object")
                }
                return runtime.allocate(type, Array(arguments.positional.dropFirst()))
            }
        case "__repr__": return method { _ throws(PythonError) in .string(try receiver.baseRepr()) }
        case "__str__": return method { _ throws(PythonError) in .string(try receiver.repr()) }
        case "__eq__":
            return method { arguments throws(PythonError) in
                try arguments.expectCount(1...1, "__eq__")
                return Operators.identical(receiver, arguments.positional[0]) ? .bool(true) : .object(NotImplementedObject.shared)
            }
        case "__ne__":
            return method { arguments throws(PythonError) in
                try arguments.expectCount(1...1, "__ne__")
                let equal = try Operators.compare(.equal, receiver, arguments.positional[0])
                return .bool(!(try equal.isTruthy()))
            }
        case "__hash__": return method { _ throws(PythonError) in .int(Builtins.identity(receiver) >> 4) }
        case "__setattr__":
            return method { arguments throws(PythonError) in
                try arguments.expectCount(2...2, "__setattr__")
                guard case .string(let attribute) = arguments.positional[0] else {
                    throw .typeError("attribute name must be string, not '\(arguments.positional[0].typeName)'")
                }
                try runtime.storeOwnAttribute(receiver, attribute, arguments.positional[1])
                return .none
            }
        case "__getattribute__":
            return method { arguments throws(PythonError) in
                try arguments.expectCount(1...1, "__getattribute__")
                guard case .string(let attribute) = arguments.positional[0] else {
                    throw .typeError("attribute name must be string, not '\(arguments.positional[0].typeName)'")
                }
                return try runtime.getAttribute(receiver, attribute)
            }
        case "__init_subclass__":
            return method { arguments throws(PythonError) in
                if let keyword = arguments.keywords.first {
                    let name: String
                    if case .object(let type as TypeObject) = receiver { name = type.name } else { name = receiver.typeName }
                    throw .typeError("\(name).__init_subclass__() takes no keyword arguments (got '\(keyword.name)')")
                }
                return .none
            }
        case "__format__":
            return method { arguments throws(PythonError) in
                try arguments.expectCount(1...1, "__format__")
                guard case .string(let spec) = arguments.positional[0], spec.isEmpty else {
                    throw .typeError("unsupported format string passed to \(receiver.typeName).__format__")
                }
                return .string(try receiver.str())
            }
        default:
            return nil
        }
    }

    /// `object.__setattr__(obj, name, value)`: into the instance's own attributes, past any
    /// `__setattr__` of its class (properties still apply).
    func storeOwnAttribute(_ value: Value, _ name: String, _ newValue: Value) throws(PythonError) {
        switch value {
        case .object(let instance as InstanceObject):
            if case .object(let property as PropertyObject)? = instance.type.lookup(name) {
                try property.set(value, newValue, runtime: self)
            } else {
                instance.dict.set(try HashKey(.string(name)), newValue)
            }
        case .object(let exception as ExceptionObject):
            exception.dict.set(try HashKey(.string(name)), newValue)
        default:
            throw .attributeError("'\(value.typeName)' object has no attribute '\(name)'")
        }
    }
}

extension Runtime {
    /// Runs code in `frame` as a call runs a function's (a class body): on the frame chain,
    /// counted against the recursion limit, and passed through by an exception.
    func runFrame(_ frame: Frame, _ body: () throws(PythonError) -> Void) throws(PythonError) {
        depth += 1
        frame.back = self.frame
        self.frame = frame
        defer {
            depth -= 1
            self.frame = frame.back
            frame.back = nil
        }
        if depth >= recursionLimit {
            throw PythonError(ExceptionTypes.recursionError, "maximum recursion depth exceeded")
        }
        do {
            try body()
        } catch {
            error.exception.passThrough(frame)
            throw error
        }
    }
}

extension Runtime {
    /// A context manager's `__enter__` and `__exit__`, bound to it (looked up on its type,
    /// as CPython does), or CPython's TypeError for an object that is not one.
    func contextMethods(_ manager: Value) throws(PythonError) -> (enter: Value, exit: Value) {
        switch manager {
        case .object(let instance as InstanceObject):
            if let enter = try instance.special("__enter__"), let exit = try instance.special("__exit__") { return (enter, exit) }
        case .object(let context as ContextManaging):
            return (
                .object(BuiltinFunction("__enter__") { _ throws(PythonError) in try context.enter() }),
                .object(BuiltinFunction("__exit__") { arguments throws(PythonError) in
                    .bool(try context.exit(arguments.positional.count > 1 && !arguments.positional[1].isNoneValue ? arguments.positional[1] : nil))
                })
            )
        default:
            break
        }
        throw .typeError("'\(manager.typeName)' object does not support the context manager protocol")
    }
}

/// Built-in context managers (`np.errstate`, `warnings.catch_warnings`).
protocol ContextManaging {
    func enter() throws(PythonError) -> Value
    /// Leaving the block, with the exception that is ending it, if any; true suppresses it.
    func exit(_ exception: Value?) throws(PythonError) -> Bool
}
