extension Value {
    /// `repr(x)`, byte for byte as CPython writes it for the built-in types.
    func repr() throws(PythonError) -> String {
        var active: Set<ObjectIdentifier> = []
        return try repr(active: &active)
    }

    /// `str(x)`.
    func str() throws(PythonError) -> String {
        switch self {
        case .string(let text): return text
        case .object(let exception as ExceptionObject): return try exception.message()
        case .object(let instance as InstanceObject):
            if let text = try instance.text("__str__") { return text }
            return try repr()
        case .object(let object as CustomStringRepresentable): return object.pythonString()
        default: return try repr()
        }
    }

    private func repr(active: inout Set<ObjectIdentifier>) throws(PythonError) -> String {
        switch self {
        case .none: return "None"
        case .bool(let flag): return flag ? "True" : "False"
        case .int(let number): return String(number)
        case .bigInt(let number): return try number.decimalString()
        case .float(let number): return FloatRepr.repr(number)
        case .string(let text): return Self.quoted(text)
        case .ellipsis: return "Ellipsis"
        case .tuple(let items):
            if items.count == 1 { return "(" + (try items[0].repr(active: &active)) + ",)" }
            return "(" + (try Self.joined(items, &active)) + ")"
        case .object(let object):
            let identifier = ObjectIdentifier(object)
            switch object {
            case let list as ListObject:
                guard active.insert(identifier).inserted else { return "[...]" }
                defer { active.remove(identifier) }
                return "[" + (try Self.joined(list.items, &active)) + "]"
            case let dict as DictObject:
                guard active.insert(identifier).inserted else { return "{...}" }
                defer { active.remove(identifier) }
                var parts: [String] = []
                for (key, value) in zip(dict.keys, dict.values) {
                    parts.append((try key.repr(active: &active)) + ": " + (try value.repr(active: &active)))
                }
                return "{" + parts.joined(separator: ", ") + "}"
            case let set as SetObject:
                if set.order.isEmpty { return set.isFrozen ? "frozenset()" : "set()" }
                let body = "{" + (try Self.joined(set.order, &active)) + "}"
                return set.isFrozen ? "frozenset(\(body))" : body
            case let range as RangeObject:
                return range.step == 1 ? "range(\(range.start), \(range.stop))" : "range(\(range.start), \(range.stop), \(range.step))"
            case let slice as SliceObject:
                return "slice(\(try slice.start.repr()), \(try slice.stop.repr()), \(try slice.step.repr()))"
            case let type as TypeObject:
                return "<class '\(type.module.map { $0 + "." } ?? "")\(type.name)'>"
            case let exception as ExceptionObject:
                if exception.type.isUserDefined, let method = exception.type.lookup("__repr__"), let runtime = exception.type.runtime {
                    let result = try runtime.call(runtime.bind(method, to: self, owner: exception.type), Arguments([]))
                    guard case .string(let text) = result else { throw .typeError("__repr__ returned non-string (type \(result.typeName))") }
                    return text
                }
                return try baseRepr()
            case let function as FunctionObject:
                return "<function \(function.code.name) at \(Self.address(of: function))>"
            case let builtin as BuiltinFunction:
                return "<built-in function \(builtin.name)>"
            case let method as BoundMethod:
                return "<built-in method \(method.name) of \(method.receiver.typeName) object at \(Self.address(of: object))>"
            case let module as ModuleObject:
                return "<module '\(module.name)' (built-in)>"
            case let custom as CustomRepresentable:
                return try custom.pythonRepr()
            default:
                return "<\(object.typeName) object at \(Self.address(of: object))>"
            }
        }
    }

    private static func joined(_ items: [Value], _ active: inout Set<ObjectIdentifier>) throws(PythonError) -> String {
        var parts: [String] = []
        for item in items { parts.append(try item.repr(active: &active)) }
        return parts.joined(separator: ", ")
    }

    /// An object's address as CPython shows it (`0x7f...`).
    /// An object's address as CPython's reprs show it (`0x7f3a5c2b1d90`): the same number
    /// `id()` gives.
    static func address(of object: AnyObject) -> String {
        "0x" + String(UInt(bitPattern: Unmanaged.passUnretained(object).toOpaque()), radix: 16).leftPadded(to: 12)
    }

    /// What `object.__repr__` (and BaseException's) writes, whatever a class overrides:
    /// `<__main__.Point object at 0x7f…>`, `MyError('bad')`.
    func baseRepr() throws(PythonError) -> String {
        switch self {
        case .object(let instance as InstanceObject):
            var qualifiedName = instance.type.name
            if case .string(let name)? = instance.type.attributes["__qualname__"] { qualifiedName = name }
            return "<\(instance.type.module.map { $0 + "." } ?? "")\(qualifiedName) object at \(Self.address(of: instance))>"
        case .object(let exception as ExceptionObject):
            var active: Set<ObjectIdentifier> = []
            return exception.type.name + "(" + (try Self.joined(exception.arguments, &active)) + ")"
        default:
            return try repr()
        }
    }

    /// `ascii(value)`: the repr with every non-ASCII character escaped (`\xe9`, `\u65e5`,
    /// `\U0001f40d`).
    func ascii() throws(PythonError) -> String {
        var result = ""
        for scalar in try repr().unicodeScalars {
            if scalar.isASCII {
                result.unicodeScalars.append(scalar)
            } else if scalar.value <= 0xFF {
                result += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
            } else if scalar.value <= 0xFFFF {
                result += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
            } else {
                result += "\\U" + String(scalar.value, radix: 16).leftPadded(to: 8)
            }
        }
        return result
    }

    /// A string literal as `repr` writes it: single quotes unless the text has a single
    /// quote and no double quote; escapes for backslashes, line breaks, tabs and
    /// non-printable characters.
    static func quoted(_ text: String) -> String {
        let quote: Character = text.contains("'") && !text.contains("\"") ? "\"" : "'"
        var result = String(quote)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if Character(scalar) == quote {
                    result += "\\" + String(quote)
                } else if isPrintable(scalar) {
                    result.unicodeScalars.append(scalar)
                } else if scalar.value < 0x100 {
                    result += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
                } else if scalar.value < 0x10000 {
                    result += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
                } else {
                    result += "\\U" + String(scalar.value, radix: 16).leftPadded(to: 8)
                }
            }
        }
        result.append(quote)
        return result
    }

    /// Python's `str.isprintable` for one character: not a control, format, separator
    /// (other than the space), surrogate, private-use or unassigned character.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }
}

extension ExceptionObject {
    /// `str(exception)`: nothing, the one argument's `str`, or the arguments' tuple.
    func message() throws(PythonError) -> String {
        // A program's exception class may say what it is (`__str__`).
        if type.isUserDefined, let method = type.lookup("__str__"), let runtime = type.runtime {
            let result = try runtime.call(runtime.bind(method, to: .object(self), owner: type), Arguments([]))
            guard case .string(let text) = result else { throw .typeError("__str__ returned non-string (type \(result.typeName))") }
            return text
        }
        // OSError(errno, strerror, ...) reads `[Errno 32] Broken pipe`.
        if type.isSubtype(of: ExceptionTypes.osError), (2...5).contains(arguments.count), case .int(let code) = arguments[0] {
            return "[Errno \(code)] \(try arguments[1].str())"
        }
        switch arguments.count {
        case 0: return ""
        case 1:
            if type === ExceptionTypes.keyError { return try arguments[0].repr() }
            return try arguments[0].str()
        default: return try Value.tuple(arguments).repr()
        }
    }
}

/// Objects of other modules whose `str` differs from their `repr` (arrays, dtypes).
protocol CustomStringRepresentable {
    func pythonString() -> String
}

/// Objects of other modules that know their own `repr` (arrays, dtypes, devices).
protocol CustomRepresentable {
    func pythonRepr() throws(PythonError) -> String
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
