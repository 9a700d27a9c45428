/// A Python value. Immutable scalars and tuples are stored inline; mutable containers,
/// functions, modules and the other objects are references, so that aliasing behaves as
/// in Python (`b = a; b.append(1)` changes `a`).
public enum Value {
    case none
    case bool(Bool)
    /// An int that fits in 64 bits; larger ones are `.bigInt` (never wrapping).
    case int(Int)
    case bigInt(BigInt)
    case float(Double)
    case string(String)
    case tuple([Value])
    case ellipsis
    case object(PyObject)

    /// An int from a big integer, kept inline when it fits.
    static func integer(_ value: BigInt) -> Value {
        value.intValue.map(Value.int) ?? .bigInt(value)
    }
}

/// Every value that is not a scalar or a tuple: a reference with a Python type.
public class PyObject {
    /// The Python type name, as `type(x).__name__` gives it.
    var typeName: String { "object" }
    /// The object's Python type, `type(x)`: the built-in type of its name unless the class
    /// says otherwise.
    var pythonType: TypeObject { BuiltinTypes.byName[typeName] ?? BuiltinTypes.object }
}

/// A `list`: shared, mutable storage.
final class ListObject: PyObject {
    var items: [Value]
    init(_ items: [Value]) { self.items = items }
    override var typeName: String { "list" }
}

/// A `dict`: insertion-ordered keys with Python's equality (1, 1.0 and True are one key).
final class DictObject: PyObject {
    var keys: [Value] = []
    var values: [Value] = []
    var index: [HashKey: Int] = [:]

    override var typeName: String { "dict" }

    override init() {}

    func get(_ key: HashKey) -> Value? { index[key].map { values[$0] } }

    func set(_ key: HashKey, _ value: Value) {
        if let position = index[key] {
            values[position] = value
        } else {
            index[key] = keys.count
            keys.append(key.value)
            values.append(value)
        }
    }

    @discardableResult
    func remove(_ key: HashKey) -> Value? {
        guard let position = index.removeValue(forKey: key) else { return nil }
        let removed = values[position]
        keys.remove(at: position)
        values.remove(at: position)
        for (other, offset) in index where offset > position { index[other] = offset - 1 }
        return removed
    }

    var count: Int { keys.count }
}

/// A `set`: insertion-ordered here for determinism (CPython's order follows hashes,
/// which for small ints and the same insertions is the same order).
final class SetObject: PyObject {
    var members: [HashKey: Int] = [:]
    var order: [Value] = []
    let isFrozen: Bool

    init(frozen: Bool = false) { isFrozen = frozen }

    override var typeName: String { isFrozen ? "frozenset" : "set" }

    func insert(_ key: HashKey) {
        guard members[key] == nil else { return }
        members[key] = order.count
        order.append(key.value)
    }

    func remove(_ key: HashKey) -> Bool {
        guard let position = members.removeValue(forKey: key) else { return false }
        order.remove(at: position)
        for (other, offset) in members where offset > position { members[other] = offset - 1 }
        return true
    }

    func contains(_ key: HashKey) -> Bool { members[key] != nil }
}

/// `range(start, stop, step)`.
final class RangeObject: PyObject {
    let start: Int
    let stop: Int
    let step: Int
    init(start: Int, stop: Int, step: Int) {
        (self.start, self.stop, self.step) = (start, stop, step)
    }
    override var typeName: String { "range" }

    var count: Int {
        if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0
    }
}

/// `slice(start, stop, step)`.
final class SliceObject: PyObject {
    let start: Value
    let stop: Value
    let step: Value
    init(start: Value, stop: Value, step: Value) {
        (self.start, self.stop, self.step) = (start, stop, step)
    }
    override var typeName: String { "slice" }
}

/// A module: a name and its attributes.
final class ModuleObject: PyObject {
    let name: String
    var attributes: [String: Value]
    init(name: String, attributes: [String: Value]) {
        self.name = name
        self.attributes = attributes
    }
    override var typeName: String { "module" }
}
