/// What an instance of a program's class does, from its class's special methods: looked up
/// on the class (not the instance), as CPython looks them up, and run by the interpreter
/// that made the class. Each conformance is one of the interpreter's entry points (repr,
/// truth, len, iteration, items, `in`, operators, calls, `abs`, `format`, conversions).
extension InstanceObject {
    var runtime: Runtime {
        get throws(PythonError) {
            guard let runtime = type.runtime else {
                throw PythonError(ExceptionTypes.runtimeError, "the interpreter that defined '\(type.name)' has ended")
            }
            return runtime
        }
    }

    /// The special method `name` of the class, bound to this instance, if the class has one
    /// (set to None, it is the class saying it has none).
    func special(_ name: String) throws(PythonError) -> Value? {
        guard let found = type.lookup(name), !found.isNoneValue else { return nil }
        return try runtime.bind(found, to: .object(self), owner: type)
    }

    /// Calls the special method `name` with `arguments`, if the class has one.
    func callSpecial(_ name: String, _ arguments: [Value] = []) throws(PythonError) -> Value? {
        guard let method = try special(name) else { return nil }
        return try runtime.call(method, Arguments(arguments))
    }

    /// `__str__` or `__repr__`'s result, which must be a str.
    func text(_ name: String) throws(PythonError) -> String? {
        guard let result = try callSpecial(name) else { return nil }
        guard case .string(let text) = result else {
            throw .typeError("\(name) returned non-string (type \(result.typeName))")
        }
        return text
    }

    /// A result that must be an int (`__len__`, `__index__`, `__hash__`).
    static func integer(_ value: Value, from name: String, owner: String) throws(PythonError) -> Int {
        switch value {
        case .int(let number): return number
        case .bool(let flag): return flag ? 1 : 0
        case .bigInt where name == "__hash__": return Builtins.identity(value)
        case .bigInt: throw .overflow("cannot fit 'int' into an index-sized integer")
        default:
            if name == "__hash__" { throw .typeError("__hash__ method should return an integer") }
            if name == "__index__" { throw .typeError("__index__ returned non-int (type \(value.typeName))") }
            throw .typeError("'\(value.typeName)' object cannot be interpreted as an integer")
        }
    }

    /// The hash of `hash(instance)`: `__hash__`'s, or the identity's; an error when the class
    /// set `__hash__` to None (as defining `__eq__` alone does).
    func hashValue() throws(PythonError) -> Int {
        if let found = type.lookup("__hash__") {
            if found.isNoneValue { throw .typeError("unhashable type: '\(type.name)'") }
            let result = try runtime.call(try runtime.bind(found, to: .object(self), owner: type), Arguments([]))
            return try Self.integer(result, from: "__hash__", owner: type.name)
        }
        return Builtins.identity(.object(self)) >> 4
    }
}

extension InstanceObject: CustomRepresentable {
    func pythonRepr() throws(PythonError) -> String {
        if let text = try text("__repr__") { return text }
        return try Value.object(self).baseRepr()
    }
}

extension InstanceObject: TruthTestable {
    func truthValue() throws(PythonError) -> Bool {
        if let result = try callSpecial("__bool__") {
            guard case .bool(let flag) = result else { throw .typeError("__bool__ should return bool, returned \(result.typeName)") }
            return flag
        }
        if try special("__len__") != nil { return try length() != 0 }
        return true
    }
}

extension InstanceObject: SizedCapable {
    func length() throws(PythonError) -> Int {
        guard let result = try callSpecial("__len__") else { throw .typeError("object of type '\(type.name)' has no len()") }
        let count = try Self.integer(result, from: "__len__", owner: type.name)
        guard count >= 0 else { throw .valueError("__len__() should return >= 0") }
        return count
    }
}

extension InstanceObject: IterableCapable {
    /// `iter(instance)`: `__iter__`'s iterator (an instance with `__next__` is stepped by
    /// it until StopIteration), or the sequence protocol over `__getitem__` from 0 until
    /// IndexError.
    func makeIterator() throws(PythonError) -> IteratorObject {
        if let result = try callSpecial("__iter__") {
            switch result {
            case .object(let iterator as IteratorObject): return iterator
            case .object(let instance as InstanceObject) where try instance.special("__next__") != nil:
                return IteratorObject(kind: instance.type.name) { () throws(PythonError) -> Value? in
                    do throws(PythonError) {
                        return try instance.callSpecial("__next__")
                    } catch {
                        if error.exception.type.isSubtype(of: ExceptionTypes.stopIteration) { return nil }
                        throw error
                    }
                }
            default:
                throw .typeError("iter() returned non-iterator of type '\(result.typeName)'")
            }
        }
        guard try special("__getitem__") != nil else { throw .typeError("'\(type.name)' object is not iterable") }
        var index = 0
        return IteratorObject(kind: "iterator") { [self] () throws(PythonError) -> Value? in
            do throws(PythonError) {
                defer { index += 1 }
                return try callSpecial("__getitem__", [.int(index)])
            } catch {
                if error.exception.type.isSubtype(of: ExceptionTypes.indexError)
                    || error.exception.type.isSubtype(of: ExceptionTypes.stopIteration)
                {
                    return nil
                }
                throw error
            }
        }
    }

    /// Whether `iter()` would accept it.
    var isIterable: Bool {
        (try? special("__iter__")) != nil || (try? special("__getitem__")) != nil
    }
}

extension InstanceObject: SubscriptCapable, ItemDeleting {
    func getItem(_ index: Value) throws(PythonError) -> Value {
        if let result = try callSpecial("__getitem__", [index]) { return result }
        throw .typeError("'\(type.name)' object is not subscriptable")
    }

    func setItem(_ index: Value, _ value: Value) throws(PythonError) {
        guard try callSpecial("__setitem__", [index, value]) != nil else {
            throw .typeError("'\(type.name)' object does not support item assignment")
        }
    }

    func deleteItem(_ index: Value) throws(PythonError) {
        guard try callSpecial("__delitem__", [index]) != nil else {
            throw .typeError("'\(type.name)' object doesn't support item deletion")
        }
    }
}

extension InstanceObject: ContainerCapable {
    /// `item in instance`: `__contains__`, else a search through its iteration.
    func containsValue(_ item: Value) throws(PythonError) -> Bool {
        if let result = try callSpecial("__contains__", [item]) { return try result.isTruthy() }
        guard isIterable else { throw .typeError("argument of type '\(type.name)' is not iterable") }
        let iterator = try makeIterator()
        while let next = try iterator.next() {
            if next.isSameOrEqual(to: item) { return true }
        }
        return false
    }
}

extension InstanceObject: OperatorCapable, InPlaceCapable {
    static func methodName(_ operation: BinaryOperator) -> String {
        switch operation {
        case .add: "add"
        case .subtract: "sub"
        case .multiply: "mul"
        case .divide: "truediv"
        case .floorDivide: "floordiv"
        case .modulo: "mod"
        case .power: "pow"
        case .matrixMultiply: "matmul"
        case .leftShift: "lshift"
        case .rightShift: "rshift"
        case .bitAnd: "and"
        case .bitOr: "or"
        case .bitXor: "xor"
        }
    }

    /// `self op other` (`__add__`), or `other op self` (`__radd__`) when reflected; nil for
    /// no method or `NotImplemented`, so the other operand gets its turn.
    func binary(_ operation: BinaryOperator, _ other: Value, reflected: Bool) throws(PythonError) -> Value? {
        let name = "__\(reflected ? "r" : "")\(Self.methodName(operation))__"
        guard let result = try callSpecial(name, [other]), !result.isNotImplemented else { return nil }
        return result
    }

    func unary(_ operation: UnaryOperator) throws(PythonError) -> Value? {
        let name: String
        switch operation {
        case .minus: name = "__neg__"
        case .plus: name = "__pos__"
        case .invert: name = "__invert__"
        case .not: return nil
        }
        return try callSpecial(name)
    }

    /// A rich comparison: `__eq__`, `__lt__`, ...; reflected, the mirrored one (`a < b` asks
    /// `b.__gt__(a)`).
    func compare(_ operation: ComparisonOperator, _ other: Value, reflected: Bool) throws(PythonError) -> Value? {
        var operation = operation
        if reflected {
            switch operation {
            case .less: operation = .greater
            case .lessOrEqual: operation = .greaterOrEqual
            case .greater: operation = .less
            case .greaterOrEqual: operation = .lessOrEqual
            default: break
            }
        }
        let name: String
        switch operation {
        case .equal: name = "__eq__"
        case .notEqual: name = "__ne__"
        case .less: name = "__lt__"
        case .lessOrEqual: name = "__le__"
        case .greater: name = "__gt__"
        case .greaterOrEqual: name = "__ge__"
        default: return nil
        }
        if let result = try callSpecial(name, [other]), !result.isNotImplemented { return result }
        // `!=` without `__ne__` is the negation of `__eq__`, as object's `__ne__` does.
        if operation == .notEqual, let result = try callSpecial("__eq__", [other]), !result.isNotImplemented {
            return .bool(!(try result.isTruthy()))
        }
        return nil
    }

    func inPlace(_ operation: BinaryOperator, _ value: Value) throws(PythonError) -> Value? {
        guard let result = try callSpecial("__i\(Self.methodName(operation))__", [value]), !result.isNotImplemented else { return nil }
        return result
    }
}

extension InstanceObject: CallCapable {
    func call(_ arguments: Arguments, runtime: Runtime) throws(PythonError) -> Value {
        guard let method = try special("__call__") else { throw .typeError("'\(type.name)' object is not callable") }
        return try runtime.call(method, arguments)
    }
}

extension InstanceObject: AbsoluteCapable, CustomFormattable, IntConvertible, FloatConvertible, IndexCapable {
    func absoluteValue() throws(PythonError) -> Value {
        guard let result = try callSpecial("__abs__") else { throw .typeError("bad operand type for abs(): '\(type.name)'") }
        return result
    }

    func pythonFormat(_ spec: String) throws(PythonError) -> String {
        if let result = try callSpecial("__format__", [.string(spec)]) {
            guard case .string(let text) = result else { throw .typeError("__format__ must return a str, not \(result.typeName)") }
            return text
        }
        guard spec.isEmpty else { throw .typeError("unsupported format string passed to \(type.name).__format__") }
        return try Value.object(self).str()
    }

    func intValue() throws(PythonError) -> Value {
        if let result = try callSpecial("__int__") { return result }
        if let result = try callSpecial("__index__") { return result }
        throw .typeError("int() argument must be a string, a bytes-like object or a real number, not '\(type.name)'")
    }

    func floatValue() throws(PythonError) -> Double {
        if let result = try callSpecial("__float__") {
            guard case .float(let number) = result else { throw .typeError("\(type.name).__float__ returned non-float (type \(result.typeName))") }
            return number
        }
        if let result = try callSpecial("__index__") { return Double(try Self.integer(result, from: "__index__", owner: type.name)) }
        throw .typeError("must be real number, not \(type.name)")
    }

    func indexValue() throws(PythonError) -> Int {
        guard let result = try callSpecial("__index__") else {
            throw .typeError("'\(type.name)' object cannot be interpreted as an integer")
        }
        return try Self.integer(result, from: "__index__", owner: type.name)
    }
}

/// Objects that `del container[index]` reaches.
protocol ItemDeleting {
    func deleteItem(_ index: Value) throws(PythonError)
}
