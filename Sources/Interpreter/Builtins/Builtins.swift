import Foundation

/// The builtins every cell sees: functions, types and exception types.
enum Builtins {
    static func install(in runtime: Runtime) {
        var table: [String: Value] = [:]
        func define(_ name: String, _ body: @escaping (Arguments) throws(PythonError) -> Value) {
            table[name] = .object(BuiltinFunction(name, body))
        }
        for type in [BuiltinTypes.int, BuiltinTypes.float, BuiltinTypes.bool, BuiltinTypes.str, BuiltinTypes.list,
                     BuiltinTypes.tuple, BuiltinTypes.dict, BuiltinTypes.set, BuiltinTypes.frozenset, BuiltinTypes.range,
                     BuiltinTypes.slice, BuiltinTypes.type, BuiltinTypes.object] {
            table[type.name] = .object(type)
        }
        for type in ExceptionTypes.all { table[type.name] = .object(type) }
        table["Ellipsis"] = .ellipsis

        define("print") { [unowned runtime] arguments throws(PythonError) in
            try arguments.allowOnly(["sep", "end", "file", "flush"], function: "print")
            let separator = try printOption(arguments.keyword("sep"), name: "sep") ?? " "
            let end = try printOption(arguments.keyword("end"), name: "end") ?? "\n"
            var pieces: [String] = []
            for value in arguments.positional { pieces.append(try value.str()) }
            let flush = try arguments.keyword("flush")?.isTruthy() ?? false
            try print(pieces, separator: separator, end: end, to: arguments.keyword("file"), flush: flush, runtime: runtime)
            return .none
        }
        define("len") { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "len")
            return .int(try length(arguments.positional[0]))
        }
        define("repr") { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "repr")
            return .string(try arguments.positional[0].repr())
        }
        define("ascii") { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "ascii")
            return .string(try arguments.positional[0].ascii())
        }
        define("abs") { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "abs")
            let value = arguments.positional[0]
            switch value {
            case .int(let number): return number == Int.min ? .bigInt(-BigInt(number)) : .int(abs(number))
            case .bigInt(let number): return .integer(number.isNegative ? -number : number)
            case .bool(let flag): return .int(flag ? 1 : 0)
            case .float(let number): return .float(abs(number))
            case .object(let object as AbsoluteCapable): return try object.absoluteValue()
            default: throw .typeError("bad operand type for abs(): '\(value.typeName)'")
            }
        }
        define("round") { arguments throws(PythonError) in
            try arguments.allowOnly(["ndigits"], function: "round")
            try arguments.expectCount(1...2, "round")
            let digits = arguments.positional.count > 1 ? arguments.positional[1] : arguments.keyword("ndigits") ?? .none
            return try round(arguments.positional[0], digits)
        }
        define("divmod") { arguments throws(PythonError) in
            try arguments.expectCount(2...2, "divmod")
            let (a, b) = (arguments.positional[0], arguments.positional[1])
            return .tuple([try Operators.binary(.floorDivide, a, b), try Operators.binary(.modulo, a, b)])
        }
        define("pow") { arguments throws(PythonError) in
            try arguments.expectCount(2...3, "pow")
            if arguments.positional.count == 3 {
                return try modularPower(arguments.positional[0], arguments.positional[1], arguments.positional[2])
            }
            return try Operators.binary(.power, arguments.positional[0], arguments.positional[1])
        }
        define("isinstance") { arguments throws(PythonError) in
            try arguments.expectCount(2...2, "isinstance")
            return .bool(try isInstance(arguments.positional[0], arguments.positional[1], function: "isinstance"))
        }
        define("issubclass") { arguments throws(PythonError) in
            try arguments.expectCount(2...2, "issubclass")
            guard let type = classObject(arguments.positional[0]) else {
                throw .typeError("issubclass() arg 1 must be a class")
            }
            let classes: [Value]
            if case .tuple(let items) = arguments.positional[1] { classes = items } else { classes = [arguments.positional[1]] }
            for candidate in classes {
                guard let other = classObject(candidate) else {
                    throw .typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
                }
                if type.isSubtype(of: other) { return .bool(true) }
            }
            return .bool(false)
        }
        define("hasattr") { [unowned runtime] arguments throws(PythonError) in
            try arguments.expectCount(2...2, "hasattr")
            guard case .string(let name) = arguments.positional[1] else { throw .typeError("hasattr(): attribute name must be string") }
            do throws(PythonError) {
                _ = try runtime.getAttribute(arguments.positional[0], name)
                return .bool(true)
            } catch {
                if error.exception.type.isSubtype(of: ExceptionTypes.attributeError) { return .bool(false) }
                throw error
            }
        }
        define("getattr") { [unowned runtime] arguments throws(PythonError) in
            try arguments.expectCount(2...3, "getattr")
            guard case .string(let name) = arguments.positional[1] else { throw .typeError("getattr(): attribute name must be string") }
            do throws(PythonError) {
                return try runtime.getAttribute(arguments.positional[0], name)
            } catch {
                if arguments.positional.count == 3, error.exception.type.isSubtype(of: ExceptionTypes.attributeError) {
                    return arguments.positional[2]
                }
                throw error
            }
        }
        define("setattr") { [unowned runtime] arguments throws(PythonError) in
            try arguments.expectCount(3...3, "setattr")
            guard case .string(let name) = arguments.positional[1] else { throw .typeError("setattr(): attribute name must be string") }
            try runtime.setAttribute(arguments.positional[0], name, arguments.positional[2])
            return .none
        }
        define("callable") { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "callable")
            guard case .object(let object) = arguments.positional[0] else { return .bool(false) }
            return .bool(object is FunctionObject || object is BuiltinFunction || object is BoundMethod || object is TypeObject || object is CallCapable)
        }
        define("id") { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "id")
            return .int(identity(arguments.positional[0]))
        }
        define("hash") { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "hash")
            return .int(try HashKey(arguments.positional[0]).hashValue)
        }
        define("hex") { arguments throws(PythonError) in try radixText(arguments, "hex", radix: 16, prefix: "0x") }
        define("oct") { arguments throws(PythonError) in try radixText(arguments, "oct", radix: 8, prefix: "0o") }
        define("bin") { arguments throws(PythonError) in try radixText(arguments, "bin", radix: 2, prefix: "0b") }
        define("chr") { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "chr")
            guard case .int(let code) = arguments.positional[0] else {
                throw .typeError("'\(arguments.positional[0].typeName)' object cannot be interpreted as an integer")
            }
            guard code >= 0, code < 0x110000, let scalar = Unicode.Scalar(UInt32(code)) else {
                throw .valueError("chr() arg not in range(0x110000)")
            }
            return .string(String(Character(scalar)))
        }
        define("ord") { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "ord")
            guard case .string(let text) = arguments.positional[0] else {
                throw .typeError("ord() expected string of length 1, but \(arguments.positional[0].typeName) found")
            }
            guard text.unicodeScalars.count == 1 else {
                throw .typeError("ord() expected a character, but string of length \(text.unicodeScalars.count) found")
            }
            return .int(Int(text.unicodeScalars.first!.value))
        }
        define("format") { arguments throws(PythonError) in
            try arguments.expectCount(1...2, "format")
            let spec = arguments.positional.count > 1 ? (arguments.positional[1].stringValue ?? "") : ""
            return .string(try FormatSpec.format(arguments.positional[0], spec))
        }
        // Cells have no access to files, the network, processes or the environment, and no
        // way around the compiler: these builtins exist only to say so.
        for (name, reason) in [
            ("open", "cells have no file access"), ("input", "cells cannot read from the keyboard"),
            ("exec", "cells cannot run code from strings"), ("eval", "cells cannot run code from strings"),
            ("compile", "cells cannot run code from strings"), ("__import__", "use the import statement"),
            ("breakpoint", "there is no debugger in course cells"), ("globals", "cells cannot reach the namespace as a dict"),
            ("locals", "cells cannot reach the namespace as a dict"), ("vars", "cells cannot reach namespaces as dicts"),
        ] {
            define(name) { _ throws(PythonError) in
                throw PythonError(ExceptionTypes.permissionError, "\(name)() is not available in course cells: \(reason)")
            }
        }
        // site's `exit` and `quit`: SystemExit, as in python3 (the checker judges it an error).
        for name in ["exit", "quit"] {
            define(name) { arguments throws(PythonError) in
                try arguments.expectCount(0...1, name)
                throw PythonError(ExceptionObject(ExceptionTypes.systemExit, arguments.positional))
            }
        }
        ClassBuiltins.install(into: &table, runtime: runtime)
        IterationBuiltins.install(into: &table, runtime: runtime)
        runtime.builtins = table
    }

    /// `print`'s writing: the whole line at once to a standard stream, or piece by piece
    /// through the `write` method of another `file`, as CPython writes.
    private static func print(
        _ pieces: [String], separator: String, end: String, to file: Value?, flush: Bool, runtime: Runtime
    ) throws(PythonError) {
        var stream = StandardStream.stdout
        if let file, !file.isNoneValue {
            guard case .object(let standard as TextStreamObject) = file else {
                let write = try runtime.getAttribute(file, "write")
                for (index, piece) in pieces.enumerated() {
                    if index > 0 { _ = try runtime.call(write, Arguments([.string(separator)])) }
                    _ = try runtime.call(write, Arguments([.string(piece)]))
                }
                _ = try runtime.call(write, Arguments([.string(end)]))
                if flush { _ = try runtime.call(try runtime.getAttribute(file, "flush"), Arguments([])) }
                return
            }
            stream = standard.stream
        }
        try runtime.write(pieces.joined(separator: separator) + end, to: stream)
        if flush { try runtime.flush(stream) }
    }

    private static func printOption(_ value: Value?, name: String) throws(PythonError) -> String? {
        guard let value else { return nil }
        switch value {
        case .none: return nil
        case .string(let text): return text
        default: throw .typeError("\(name) must be None or a string, not \(value.typeName)")
        }
    }

    /// `len(x)`.
    static func length(_ value: Value) throws(PythonError) -> Int {
        switch value {
        case .string(let text): return text.pythonLength
        case .tuple(let items): return items.count
        case .object(let object):
            switch object {
            case let list as ListObject: return list.items.count
            case let dict as DictObject: return dict.count
            case let set as SetObject: return set.order.count
            case let range as RangeObject: return range.count
            case let view as DictView: return view.dict.count
            case let sized as SizedCapable: return try sized.length()
            default: break
            }
        default: break
        }
        throw .typeError("object of type '\(value.typeName)' has no len()")
    }

    /// The class a value names: a type, or NumPy's scalar types (`np.float64`), which are
    /// callable objects standing for theirs.
    static func classObject(_ value: Value) -> TypeObject? {
        switch value {
        case .object(let type as TypeObject): type
        case .object(let scalarType as ScalarTypeObject) where !scalarType.isJAX: NumPyTypes.scalarType(scalarType.dtype)
        default: nil
        }
    }

    static func isInstance(_ value: Value, _ classes: Value, function: String) throws(PythonError) -> Bool {
        switch classes {
        case .object(let type as TypeObject):
            return value.type.isSubtype(of: type)
        case .tuple(let items):
            for item in items where try isInstance(value, item, function: function) { return true }
            return false
        case .object(let checker as InstanceChecking):
            return checker.isInstance(value)
        default:
            throw .typeError("\(function)() arg 2 must be a type, a tuple of types, or a union")
        }
    }

    static func identity(_ value: Value) -> Int {
        switch value {
        // An object's address, as CPython's id() is; numbers and strings are not boxed here.
        case .object(let object): return Int(bitPattern: Unmanaged.passUnretained(object).toOpaque())
        default: return abs((try? HashKey(value).hashValue) ?? 0) & 0x7FFF_FFFF_FFFF
        }
    }

    private static func radixText(_ arguments: Arguments, _ name: String, radix: Int, prefix: String) throws(PythonError) -> Value {
        try arguments.expectCount(1...1, name)
        let number: BigInt
        switch arguments.positional[0] {
        case .int(let value): number = BigInt(value)
        case .bigInt(let value): number = value
        case .bool(let flag): number = BigInt(flag ? 1 : 0)
        default:
            throw .typeError("'\(arguments.positional[0].typeName)' object cannot be interpreted as an integer")
        }
        let digits = (number.isNegative ? -number : number).toString(radix: radix)
        return .string((number.isNegative ? "-" : "") + prefix + digits)
    }

    /// `round(x, ndigits)`: half to even, on the exact binary value (as CPython's).
    static func round(_ value: Value, _ digits: Value) throws(PythonError) -> Value {
        switch (value, digits) {
        case (.float(let number), .none):
            if number.isNaN { throw .valueError("cannot convert float NaN to integer") }
            if number.isInfinite { throw .overflow("cannot convert float infinity to integer") }
            return try Runtime.toInt(.float(number.rounded(.toNearestOrEven)))
        case (.float(let number), .int(let places)):
            guard number.isFinite else { return value }
            if places >= 0 {
                if places > 340 { return value }
                return .float(Double(String(format: "%.\(places)f", number)) ?? number)
            }
            let scale = pow(10.0, Double(-places))
            return .float((number / scale).rounded(.toNearestOrEven) * scale)
        case (.int, .none), (.bigInt, .none): return value
        case (.bool(let flag), .none): return .int(flag ? 1 : 0)
        case (.int(let number), .int(let places)):
            guard places < 0 else { return value }
            guard places > -19 else { return .int(0) }
            var scale = 1
            for _ in 0..<(-places) { scale *= 10 }
            let (quotient, remainder) = (number / scale, number % scale)
            var rounded = quotient
            let twice = 2 * abs(remainder)
            if twice > scale || (twice == scale && quotient % 2 != 0) { rounded += number < 0 ? -1 : 1 }
            return .int(rounded * scale)
        case (.object(let object as RoundCapable), _):
            return try object.rounded(digits)
        case (_, .int), (_, .none):
            throw .typeError("type \(value.typeName) doesn't define __round__ method")
        default:
            throw .typeError("'\(digits.typeName)' object cannot be interpreted as an integer")
        }
    }

    private static func modularPower(_ base: Value, _ exponent: Value, _ modulus: Value) throws(PythonError) -> Value {
        func big(_ value: Value) throws(PythonError) -> BigInt {
            switch value {
            case .int(let number): return BigInt(number)
            case .bigInt(let number): return number
            case .bool(let flag): return BigInt(flag ? 1 : 0)
            default: throw .typeError("pow() 3rd argument not allowed unless all arguments are integers")
            }
        }
        let m = try big(modulus)
        guard !m.isZero else { throw .valueError("pow() 3rd argument cannot be 0") }
        var e = try big(exponent)
        guard !e.isNegative else { throw .valueError("pow() 2nd argument cannot be negative when 3rd argument specified") }
        var result = BigInt(1).floorDivided(by: m).remainder
        var b = try big(base).floorDivided(by: m).remainder
        while !e.isZero {
            if e.limbs[0] & 1 == 1 { result = (result * b).floorDivided(by: m).remainder }
            e = e.shiftedRight(1)
            b = (b * b).floorDivided(by: m).remainder
        }
        return .integer(result)
    }
}

/// Objects of other modules with `len()`, `abs()`, `round()` or `isinstance` checks.
protocol SizedCapable {
    func length() throws(PythonError) -> Int
}

protocol AbsoluteCapable {
    func absoluteValue() throws(PythonError) -> Value
}

protocol RoundCapable {
    func rounded(_ digits: Value) throws(PythonError) -> Value
}

protocol InstanceChecking {
    func isInstance(_ value: Value) -> Bool
}
