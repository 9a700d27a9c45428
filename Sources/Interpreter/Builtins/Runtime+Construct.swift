import Foundation

extension Runtime {
    /// Calling a type: `int("3")`, `list(x)`, `ValueError("bad")`, `type(x)`.
    func construct(_ type: TypeObject, _ arguments: Arguments) throws(PythonError) -> Value {
        if type.isUserDefined { return try instantiate(type, arguments) }
        if type.isSubtype(of: ExceptionTypes.baseException) {
            try arguments.noKeywords(type.name)
            return .object(ExceptionObject(type, arguments.positional))
        }
        let positional = arguments.positional
        switch type.name {
        case "int":
            try arguments.allowOnly(["base"], function: "int")
            try arguments.expectCount(0...2, "int")
            guard let first = positional.first else { return .int(0) }
            let baseValue = positional.count > 1 ? positional[1] : arguments.keyword("base")
            if let baseValue {
                guard case .string(let text) = first else {
                    throw .typeError("int() can't convert non-string with explicit base")
                }
                guard case .int(let base) = baseValue else { throw .typeError("'\(baseValue.typeName)' object cannot be interpreted as an integer") }
                return try Self.parseInt(text, base: base)
            }
            return try Self.toInt(first)
        case "float":
            try arguments.noKeywords("float")
            try arguments.expectCount(0...1, "float")
            guard let first = positional.first else { return .float(0) }
            return .float(try Self.toFloat(first))
        case "bool":
            try arguments.expectCount(0...1, "bool")
            return .bool(try positional.first?.isTruthy() ?? false)
        case "str":
            try arguments.expectCount(0...1, "str")
            return .string(try positional.first?.str() ?? "")
        case "list":
            try arguments.noKeywords("list")
            try arguments.expectCount(0...1, "list")
            return .object(ListObject(try positional.first.map(Iteration.values) ?? []))
        case "tuple":
            try arguments.expectCount(0...1, "tuple")
            return .tuple(try positional.first.map(Iteration.values) ?? [])
        case "set", "frozenset":
            try arguments.expectCount(0...1, type.name)
            let set = SetObject(frozen: type.name == "frozenset")
            for item in try positional.first.map(Iteration.values) ?? [] { set.insert(try HashKey(item)) }
            return .object(set)
        case "dict":
            try arguments.expectCount(0...1, "dict")
            let dict = DictObject()
            if let first = positional.first { try update(dict, with: first) }
            for (name, value) in arguments.keywords { dict.set(try HashKey(.string(name)), value) }
            return .object(dict)
        case "range":
            try arguments.noKeywords("range")
            var bounds: [Int] = []
            for value in positional {
                guard let integer = try Operators.index(value, for: "range") else {
                    throw .typeError("'\(value.typeName)' object cannot be interpreted as an integer")
                }
                bounds.append(integer)
            }
            switch bounds.count {
            case 1: return .object(RangeObject(start: 0, stop: bounds[0], step: 1))
            case 2: return .object(RangeObject(start: bounds[0], stop: bounds[1], step: 1))
            case 3:
                guard bounds[2] != 0 else { throw .valueError("range() arg 3 must not be zero") }
                return .object(RangeObject(start: bounds[0], stop: bounds[1], step: bounds[2]))
            case 0: throw .typeError("range expected at least 1 argument, got 0")
            default: throw .typeError("range expected at most 3 arguments, got \(bounds.count)")
            }
        case "slice":
            try arguments.expectCount(1...3, "slice")
            if positional.count == 1 { return .object(SliceObject(start: .none, stop: positional[0], step: .none)) }
            return .object(SliceObject(start: positional[0], stop: positional[1], step: positional.count > 2 ? positional[2] : .none))
        case "type":
            if positional.count == 3 {
                // `type(name, bases, dict)`: a class made as a class statement makes one.
                guard case .string(let name) = positional[0] else { throw .typeError("type.__new__() argument 1 must be str, not \(positional[0].typeName)") }
                guard case .tuple(let bases) = positional[1] else { throw .typeError("type.__new__() argument 2 must be tuple, not \(positional[1].typeName)") }
                guard case .object(let dict as DictObject) = positional[2] else { throw .typeError("type.__new__() argument 3 must be dict, not \(positional[2].typeName)") }
                let namespace = ClassNamespace()
                namespace["__module__"] = globals["__name__"] ?? .string("__main__")
                for (key, value) in zip(dict.keys, dict.values) {
                    guard case .string(let attribute) = key else { continue }
                    namespace[attribute] = value
                }
                return .object(try makeClass(name, Arguments(bases, keywords: arguments.keywords), namespace: namespace))
            }
            guard positional.count == 1 else { throw .typeError("type() takes 1 or 3 arguments") }
            return .object(positional[0].type)
        case "object":
            return .object(PyObject())
        default:
            throw .typeError("cannot create '\(type.name)' instances")
        }
    }

    /// `int(x)` for one value.
    static func toInt(_ value: Value) throws(PythonError) -> Value {
        switch value {
        case .int, .bigInt: return value
        case .bool(let flag): return .int(flag ? 1 : 0)
        case .float(let number):
            if number.isNaN { throw .valueError("cannot convert float NaN to integer") }
            if number.isInfinite { throw .overflow("cannot convert float infinity to integer") }
            let truncated = number.rounded(.towardZero)
            if let exact = Int(exactly: truncated) { return .int(exact) }
            let magnitude = BigInt(digits: String(format: "%.0f", abs(truncated)), radix: 10) ?? BigInt(0)
            return .integer(truncated < 0 ? -magnitude : magnitude)
        case .string(let text):
            return try parseInt(text, base: 10)
        case .object(let object as IntConvertible):
            return try object.intValue()
        default:
            throw .typeError("int() argument must be a string, a bytes-like object or a real number, not '\(value.typeName)'")
        }
    }

    /// `int(text, base)`: whitespace around, a sign, underscores between digits, a prefix
    /// matching the base (or any prefix with base 0).
    static func parseInt(_ text: String, base: Int) throws(PythonError) -> Value {
        guard base == 0 || (2...36).contains(base) else { throw .valueError("int() base must be >= 2 and <= 36, or 0") }
        let invalid = PythonError.valueError("invalid literal for int() with base \(base): \(Value.quoted(text))")
        var body = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        var negative = false
        if let sign = body.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            body = body.dropFirst()
        }
        var radix = base
        let lowered = body.lowercased()
        for (prefix, prefixRadix) in [("0x", 16), ("0o", 8), ("0b", 2)] where lowered.hasPrefix(prefix) && (base == 0 || base == prefixRadix) {
            radix = prefixRadix
            body = body.dropFirst(2)
            if body.first == "_" { body = body.dropFirst() }
        }
        if radix == 0 {
            radix = 10
            if body.count > 1, body.first == "0", body.contains(where: { $0 != "0" && $0 != "_" }) { throw invalid }
        }
        guard !body.isEmpty, body.first != "_", body.last != "_", !body.contains("__") else { throw invalid }
        let digits = body.filter { $0 != "_" }
        if radix == 10, digits.count > BigInt.maximumDecimalDigits { throw BigInt.tooManyDigits(digits.count) }
        guard digits.allSatisfy({ $0.isASCII && ($0.hexDigitValue.map { $0 < radix } ?? ($0.isLetter && Int(String($0), radix: 36).map { $0 < radix } ?? false)) }),
            let magnitude = BigInt(digits: String(digits), radix: radix)
        else { throw invalid }
        return .integer(negative ? -magnitude : magnitude)
    }

    /// A real number's value as a float (ints, bools, floats and objects that convert),
    /// nil for anything else.
    static func realNumber(_ value: Value) throws(PythonError) -> Double? {
        switch value {
        case .float(let number): return number
        case .int(let number): return Double(number)
        case .bool(let flag): return flag ? 1 : 0
        case .bigInt(let number):
            let result = number.doubleValue
            if result.isInfinite { throw .overflow("int too large to convert to float") }
            return result
        case .object(let object as FloatConvertible): return try object.floatValue()
        default: return nil
        }
    }

    /// `float(x)` for one value.
    static func toFloat(_ value: Value) throws(PythonError) -> Double {
        if let number = try realNumber(value) { return number }
        switch value {
        case .string(let text):
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            let lowered = trimmed.lowercased()
            switch lowered {
            case "inf", "+inf", "infinity", "+infinity": return .infinity
            case "-inf", "-infinity": return -.infinity
            case "nan", "+nan", "-nan": return .nan
            default: break
            }
            let plain = trimmed.replacingOccurrences(of: "_", with: "")
            let valid = !trimmed.hasPrefix("_") && !trimmed.hasSuffix("_") && !trimmed.contains("__")
                && plain.allSatisfy { $0.isNumber || "+-.eE".contains($0) } && !plain.isEmpty
            guard valid, let number = Double(plain) else {
                throw .valueError("could not convert string to float: \(Value.quoted(text))")
            }
            return number
        default:
            throw .typeError("float() argument must be a string or a real number, not '\(value.typeName)'")
        }
    }
}

/// Objects that convert with `int(x)` and `float(x)` (NumPy scalars, size-1 arrays).
protocol IntConvertible {
    func intValue() throws(PythonError) -> Value
}

protocol FloatConvertible {
    func floatValue() throws(PythonError) -> Double
}
