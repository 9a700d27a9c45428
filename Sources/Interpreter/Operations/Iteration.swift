/// An iterator over a Python value: `iter(x)` and what `for` loops step through.
class IteratorObject: PyObject {
    let next: () throws(PythonError) -> Value?
    let kind: String

    init(kind: String = "iterator", _ next: @escaping () throws(PythonError) -> Value?) {
        self.kind = kind
        self.next = next
    }

    override var typeName: String { kind }
}

/// Objects of other modules that can be iterated (arrays iterate over their first axis).
protocol IterableCapable {
    func makeIterator() throws(PythonError) -> IteratorObject
}

enum Iteration {
    /// Whether `iter(value)` would succeed.
    static func isIterable(_ value: Value) -> Bool {
        switch value {
        case .string, .tuple: return true
        case .object(let instance as InstanceObject):
            return instance.isIterable
        case .object(let object):
            return object is ListObject || object is DictObject || object is SetObject || object is RangeObject
                || object is IteratorObject || object is IterableCapable
        default: return false
        }
    }

    /// `iter(value)`.
    static func iterator(_ value: Value) throws(PythonError) -> IteratorObject {
        switch value {
        case .string(let text):
            var characters = text.unicodeScalars.makeIterator()
            return IteratorObject(kind: "str_ascii_iterator") { characters.next().map { .string(String($0)) } }
        case .tuple(let items):
            var index = 0
            return IteratorObject(kind: "tuple_iterator") {
                guard index < items.count else { return nil }
                defer { index += 1 }
                return items[index]
            }
        case .object(let object):
            switch object {
            case let iterator as IteratorObject:
                return iterator
            case let list as ListObject:
                var index = 0
                return IteratorObject(kind: "list_iterator") {
                    guard index < list.items.count else { return nil }
                    defer { index += 1 }
                    return list.items[index]
                }
            case let dict as DictObject:
                let count = dict.count
                var index = 0
                return IteratorObject(kind: "dict_keyiterator") { () throws(PythonError) -> Value? in
                    guard dict.count == count else { throw PythonError(ExceptionTypes.runtimeError, "dictionary changed size during iteration") }
                    guard index < dict.keys.count else { return nil }
                    defer { index += 1 }
                    return dict.keys[index]
                }
            case let set as SetObject:
                let items = set.order
                var index = 0
                return IteratorObject(kind: "set_iterator") {
                    guard index < items.count else { return nil }
                    defer { index += 1 }
                    return items[index]
                }
            case let range as RangeObject:
                var current = range.start
                let (stop, step) = (range.stop, range.step)
                return IteratorObject(kind: "range_iterator") {
                    guard step > 0 ? current < stop : current > stop else { return nil }
                    defer { current += step }
                    return .int(current)
                }
            case let iterable as IterableCapable:
                return try iterable.makeIterator()
            default:
                break
            }
        default:
            break
        }
        throw .typeError("'\(value.typeName)' object is not iterable")
    }

    /// Every value `value` yields.
    static func values(_ value: Value) throws(PythonError) -> [Value] {
        switch value {
        case .tuple(let items): return items
        case .object(let list as ListObject): return list.items
        default:
            let iterator = try iterator(value)
            var result: [Value] = []
            while let item = try iterator.next() { result.append(item) }
            return result
        }
    }
}
