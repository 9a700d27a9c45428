extension Value {
    /// The value's Python type.
    var type: TypeObject {
        switch self {
        case .none: BuiltinTypes.noneType
        case .bool: BuiltinTypes.bool
        case .int, .bigInt: BuiltinTypes.int
        case .float: BuiltinTypes.float
        case .string: BuiltinTypes.str
        case .tuple: BuiltinTypes.tuple
        case .ellipsis: BuiltinTypes.ellipsis
        case .object(let object): object.pythonType
        }
    }

    /// The type's name as CPython's messages show it: `int`, `numpy.ndarray`.
    var typeName: String {
        if case .object(let object) = self, let custom = object as? CustomTyped { return custom.pythonTypeName }
        let type = self.type
        // A class a program defined is named alone, as CPython names heap types.
        if type.isUserDefined { return type.name }
        return (type.module.map { $0 + "." } ?? "") + type.name
    }

    /// Python's truth value.
    func isTruthy() throws(PythonError) -> Bool {
        switch self {
        case .none: return false
        case .bool(let flag): return flag
        case .int(let number): return number != 0
        case .bigInt(let number): return !number.isZero
        case .float(let number): return number != 0
        case .string(let text): return !text.isEmpty
        case .tuple(let items): return !items.isEmpty
        case .ellipsis: return true
        case .object(let object):
            switch object {
            case let list as ListObject: return !list.items.isEmpty
            case let dict as DictObject: return dict.count > 0
            case let set as SetObject: return !set.order.isEmpty
            case let range as RangeObject: return range.count > 0
            case let custom as TruthTestable: return try custom.truthValue()
            default: return true
            }
        }
    }

    /// Python's `==` for the built-in types (identity for other objects).
    func isEqual(to other: Value) -> Bool {
        if case .object(let object) = self, object is InstanceObject { return Self.instancesEqual(self, other) }
        if case .object(let object) = other, object is InstanceObject { return Self.instancesEqual(self, other) }
        switch (self, other) {
        case (.none, .none), (.ellipsis, .ellipsis): return true
        case (.string(let a), .string(let b)): return a.pythonEquals(b)
        case (.tuple(let a), .tuple(let b)): return a.count == b.count && zip(a, b).allSatisfy { $0.isSameOrEqual(to: $1) }
        case (.object(let a), .object(let b)):
            if a === b { return true }
            switch (a, b) {
            case (let x as ListObject, let y as ListObject):
                return x.items.count == y.items.count && zip(x.items, y.items).allSatisfy { $0.isSameOrEqual(to: $1) }
            case (let x as DictObject, let y as DictObject):
                guard x.count == y.count else { return false }
                for (key, value) in zip(x.keys, x.values) {
                    guard let hashKey = try? HashKey(key), let other = y.get(hashKey), other.isSameOrEqual(to: value) else { return false }
                }
                return true
            case (let x as SetObject, let y as SetObject):
                return x.order.count == y.order.count && x.members.keys.allSatisfy { y.contains($0) }
            case (let x as RangeObject, let y as RangeObject):
                if x.count != y.count { return false }
                if x.count == 0 { return true }
                return x.start == y.start && (x.count == 1 || x.step == y.step)
            default:
                return false
            }
        default:
            if let order = Value.compareNumbers(self, other) { return order == 0 }
            return false
        }
    }

    /// `a == b` where an instance of a program's class takes part: its `__eq__` (the left
    /// operand's first, then the right's mirrored), else identity. Errors count as unequal:
    /// the callers (dict keys, `in`, `list.index`) cannot raise from here yet.
    private static func instancesEqual(_ a: Value, _ b: Value) -> Bool {
        if Operators.identical(a, b) { return true }
        if case .object(let left as InstanceObject) = a, let result = try? left.compare(.equal, b, reflected: false) {
            return (try? result.isTruthy()) ?? false
        }
        if case .object(let right as InstanceObject) = b, let result = try? right.compare(.equal, a, reflected: true) {
            return (try? result.isTruthy()) ?? false
        }
        return false
    }

    /// Equality as containers test it (CPython's `PyObject_RichCompareBool`): the same object
    /// first, then `==`. Floats here are values, not objects, so a NaN is taken to be the
    /// same NaN when its bits are (`np.nan in [np.nan]` is True, as in CPython).
    func isSameOrEqual(to other: Value) -> Bool {
        if case .float(let a) = self, case .float(let b) = other, a.isNaN, a.bitPattern == b.bitPattern { return true }
        return Operators.identical(self, other) || isEqual(to: other)
    }

    /// -1, 0 or 1 for two numbers (bools, ints, floats; nil if either is not a number or
    /// either is NaN).
    static func compareNumbers(_ a: Value, _ b: Value) -> Int? {
        switch (a.numeric, b.numeric) {
        case (.some(.integer(let x)), .some(.integer(let y))):
            return x < y ? -1 : x == y ? 0 : 1
        case (.some(.big(let x)), .some(.big(let y))):
            return x < y ? -1 : x == y ? 0 : 1
        case (.some(.integer(let x)), .some(.big(let y))):
            return BigInt(x) < y ? -1 : BigInt(x) == y ? 0 : 1
        case (.some(.big(let x)), .some(.integer(let y))):
            return x < BigInt(y) ? -1 : x == BigInt(y) ? 0 : 1
        case (.some(.real(let x)), .some(.real(let y))):
            if x.isNaN || y.isNaN { return nil }
            return x < y ? -1 : x == y ? 0 : 1
        case (.some(.real(let x)), .some(let y)):
            return compareFloat(x, with: y).map { $0 }
        case (.some(let x), .some(.real(let y))):
            return compareFloat(y, with: x).map { -$0 }
        default:
            return nil
        }
    }

    /// Compares a float with an integer exactly (as CPython does, not through rounding).
    private static func compareFloat(_ x: Double, with integer: NumericValue) -> Int? {
        if x.isNaN { return nil }
        if x.isInfinite { return x < 0 ? -1 : 1 }
        let floorValue = x.rounded(.down)
        let whole: BigInt = floorValue.magnitude < 9.0e18 ? BigInt(Int(floorValue)) : BigInt(digits: String(format: "%.0f", floorValue.magnitude), radix: 10).map { floorValue < 0 ? -$0 : $0 } ?? BigInt(0)
        let other: BigInt
        switch integer {
        case .integer(let value): other = BigInt(value)
        case .big(let value): other = value
        case .real: return nil
        }
        if whole < other { return -1 }
        if other < whole { return 1 }
        return floorValue == x ? 0 : 1
    }

    /// The numeric view of a value: ints (with bools), big ints, floats.
    enum NumericValue {
        case integer(Int)
        case big(BigInt)
        case real(Double)
    }

    var numeric: NumericValue? {
        switch self {
        case .bool(let flag): .integer(flag ? 1 : 0)
        case .int(let number): .integer(number)
        case .bigInt(let number): .big(number)
        case .float(let number): .real(number)
        default: nil
        }
    }
}

/// Objects whose Python type name is not one of the built-in types' (modules' own types).
protocol CustomTyped {
    var pythonTypeName: String { get }
}

/// Objects with their own truth value.
protocol TruthTestable {
    func truthValue() throws(PythonError) -> Bool
}
