/// Objects of other modules with attributes (arrays: `.shape`, `.T`, methods).
protocol AttributeCapable {
    func attribute(_ name: String, runtime: Runtime) throws(PythonError) -> Value?
    func setAttribute(_ name: String, _ value: Value) throws(PythonError) -> Bool
}

extension Runtime {
    /// `value.name`.
    func getAttribute(_ value: Value, _ name: String) throws(PythonError) -> Value {
        if case .object(let object) = value {
            switch object {
            case let instance as InstanceObject:
                if let found = try instanceAttribute(value, dict: instance.dict, type: instance.type, name) { return found }
                throw .missingAttribute(name, of: value, "'\(value.typeName)' object has no attribute '\(name)'")
            case let module as ModuleObject:
                if let attribute = module.attributes[name] { return attribute }
                if name == "__name__" { return .string(module.name) }
                if let submodule = try? importModule(module.name + "." + name) { return submodule }
                throw .missingAttribute(name, of: value, "module '\(module.name)' has no attribute '\(name)'")
            case let capable as AttributeCapable:
                if let attribute = try capable.attribute(name, runtime: self) { return attribute }
            case let exception as ExceptionObject:
                if exception.type.isUserDefined || !exception.dict.keys.isEmpty,
                    let own = exception.dict.get(try HashKey(.string(name)))
                {
                    return own
                }
                if exception.type.isUserDefined, let found = exception.type.lookup(name) {
                    if case .object(let property as PropertyObject) = found { return try property.get(value, runtime: self) }
                    return bind(found, to: value, owner: exception.type)
                }
                switch name {
                case "__dict__": return .object(exception.dict)
                case "__class__": return .object(exception.type)
                case "args": return .tuple(exception.arguments)
                case "__context__": return exception.context.map { .object($0) } ?? .none
                case "__cause__": return exception.cause.map { .object($0) } ?? .none
                case "__suppress_context__": return .bool(exception.suppressContext)
                default: if let attribute = exception.attribute(name) { return attribute }
                }
            case let function as FunctionObject:
                if name == "__name__" { return .string(function.code.name) }
                if name == "__qualname__" { return .string(function.code.qualifiedName) }
                if name == "__doc__" { return function.docstring.map(Value.string) ?? .none }
            case let builtin as BuiltinFunction:
                if name == "__name__" { return .string(builtin.name) }
            case let type as TypeObject:
                switch name {
                case "__name__", "__qualname__": return .string(type.name)
                case "__module__": return .string(type.module ?? "builtins")
                case "__mro__": return .tuple(type.resolutionOrder.map { .object($0) })
                case "__bases__": return .tuple(type.bases.map { .object($0) })
                case "__base__": return type.base.map { .object($0) } ?? .none
                default: break
                }
                if let attribute = classAttribute(type, name) { return attribute }
                if let method = Self.unboundMethod(type, name, runtime: self) { return method }
            case let range as RangeObject:
                switch name {
                case "start": return .int(range.start)
                case "stop": return .int(range.stop)
                case "step": return .int(range.step)
                default: break
                }
            case let slice as SliceObject:
                switch name {
                case "start": return slice.start
                case "stop": return slice.stop
                case "step": return slice.step
                default: break
                }
            default:
                break
            }
        }
        switch (value, name) {
        case (.int, "real"), (.bool, "real"), (.bigInt, "real"), (.float, "real"): return value
        case (.int, "imag"), (.bool, "imag"), (.bigInt, "imag"): return .int(0)
        case (.float, "imag"): return .float(0)
        default: break
        }
        if let method = methods(of: value)[name] {
            return .object(BoundMethod(receiver: value, name: name, body: method))
        }
        if case .object(let module as ModuleObject) = value {
            throw .missingAttribute(name, of: value, "module '\(module.name)' has no attribute '\(name)'")
        }
        if case .object(let type as TypeObject) = value {
            throw .missingAttribute(name, of: value, "type object '\(type.name)' has no attribute '\(name)'")
        }
        throw .missingAttribute(name, of: value, "'\(value.typeName)' object has no attribute '\(name)'")
    }

    /// `value.name = newValue`.
    func setAttribute(_ value: Value, _ name: String, _ newValue: Value) throws(PythonError) {
        if case .object(let object) = value {
            if let module = object as? ModuleObject {
                module.attributes[name] = newValue
                return
            }
            if let instance = object as? InstanceObject {
                try setInstanceAttribute(value, dict: instance.dict, type: instance.type, name, newValue)
                return
            }
            if let exception = object as? ExceptionObject {
                try setInstanceAttribute(value, dict: exception.dict, type: exception.type, name, newValue)
                return
            }
            if let type = object as? TypeObject {
                guard type.isUserDefined else {
                    throw .typeError("cannot set '\(name)' attribute of immutable type '\(type.qualifiedName)'")
                }
                type.attributes[name] = newValue
                return
            }
            if let capable = object as? AttributeCapable, try capable.setAttribute(name, newValue) { return }
        }
        if (try? getAttribute(value, name)) != nil, case .object = value {
            throw .attributeError("attribute '\(name)' of '\(value.typeName)' objects is not writable")
        }
        throw .attributeError("'\(value.typeName)' object has no attribute '\(name)'")
    }

    /// `del value.name`.
    func deleteAttribute(_ value: Value, _ name: String) throws(PythonError) {
        switch value {
        case .object(let instance as InstanceObject):
            try deleteInstanceAttribute(value, dict: instance.dict, type: instance.type, name)
        case .object(let exception as ExceptionObject):
            try deleteInstanceAttribute(value, dict: exception.dict, type: exception.type, name)
        case .object(let type as TypeObject) where type.isUserDefined:
            guard type.attributes.removeValue(forKey: name) != nil else {
                throw .missingAttribute(name, of: value, "type object '\(type.name)' has no attribute '\(name)'")
            }
        case .object(let module as ModuleObject):
            guard module.attributes.removeValue(forKey: name) != nil else {
                throw .missingAttribute(name, of: value, "module '\(module.name)' has no attribute '\(name)'")
            }
        default:
            _ = try getAttribute(value, name)
            throw .attributeError("'\(value.typeName)' object attribute '\(name)' is read-only")
        }
    }

    /// `list.append` and the like, taken from a type: called with the instance first.
    private static func unboundMethod(_ type: TypeObject, _ name: String, runtime: Runtime) -> Value? {
        let sample: Value
        switch type.name {
        case "str": sample = .string("")
        case "list": sample = .object(ListObject([]))
        case "dict": sample = .object(DictObject())
        case "set": sample = .object(SetObject())
        case "int": sample = .int(0)
        case "float": sample = .float(0)
        case "tuple": sample = .tuple([])
        default: return nil
        }
        guard let method = runtime.methods(of: sample)[name] else { return nil }
        return .object(BuiltinFunction("\(type.name).\(name)") { arguments throws(PythonError) in
            guard let receiver = arguments.positional.first, receiver.type.isSubtype(of: type) else {
                throw .typeError("descriptor '\(name)' for '\(type.name)' objects doesn't apply to a '\(arguments.positional.first?.typeName ?? "NoneType")' object")
            }
            return try method(receiver, Arguments(Array(arguments.positional.dropFirst()), keywords: arguments.keywords))
        })
    }
}
