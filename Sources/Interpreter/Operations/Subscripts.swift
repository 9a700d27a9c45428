import TensorCore

/// Objects of other modules that support `x[i]`, `x[i] = v` and `del x[i]`.
protocol SubscriptCapable {
    func getItem(_ index: Value) throws(PythonError) -> Value
    func setItem(_ index: Value, _ value: Value) throws(PythonError)
}

extension Operators {
    /// An index as an Int (ints and bools; other objects say what they are).
    static func index(_ value: Value, for container: String) throws(PythonError) -> Int? {
        switch value {
        case .int(let number): return number
        case .bool(let flag): return flag ? 1 : 0
        case .bigInt: throw PythonError(ExceptionTypes.indexError, "cannot fit 'int' into an index-sized integer")
        case .object(let object as IndexCapable): return try object.indexValue()
        default: return nil
        }
    }

    /// CPython's slice resolution for a sequence of `count` items (TensorCore's, which
    /// NumPy's indexing uses too): the first index, the step and how many items.
    static func sliceBounds(_ slice: SliceObject, count: Int) throws(PythonError) -> SliceBounds {
        func integer(_ value: Value) throws(PythonError) -> Int? {
            if case .none = value { return nil }
            guard let number = try index(value, for: "slice") else {
                throw .typeError("slice indices must be integers or None or have an __index__ method")
            }
            return number
        }
        let (start, stop, step) = (try integer(slice.start), try integer(slice.stop), try integer(slice.step))
        return try NumPyBridge.run { () throws(TensorError) in try SliceBounds(start: start, stop: stop, step: step, length: count) }
    }

    static func sliced<T>(_ items: [T], _ slice: SliceObject) throws(PythonError) -> [T] {
        let bounds = try sliceBounds(slice, count: items.count)
        if bounds.step == 1 { return Array(items[bounds.start..<(bounds.start + bounds.count)]) }
        return (0..<bounds.count).map { items[bounds.start + $0 * bounds.step] }
    }

    /// `container[index]`.
    static func getItem(_ container: Value, _ index: Value) throws(PythonError) -> Value {
        switch container {
        case .tuple(let items):
            return try sequenceItem(items, index, name: "tuple", wrap: { .tuple($0) })
        case .string(let text):
            let characters = text.scalarArray
            if case .object(let slice as SliceObject) = index {
                return .string(String(scalars: try sliced(characters, slice)))
            }
            guard let position = try Self.index(index, for: "str") else {
                throw .typeError("string indices must be integers, not '\(index.typeName)'")
            }
            let resolved = position < 0 ? position + characters.count : position
            guard characters.indices.contains(resolved) else { throw .indexError("string index out of range") }
            return .string(String(characters[resolved]))
        case .object(let object):
            switch object {
            case let list as ListObject:
                return try sequenceItem(list.items, index, name: "list", wrap: { .object(ListObject($0)) })
            case let dict as DictObject:
                guard let value = dict.get(try HashKey(index)) else { throw .keyError(index) }
                return value
            case let range as RangeObject:
                if case .object(let slice as SliceObject) = index {
                    let bounds = try sliceBounds(slice, count: range.count)
                    let step = range.step * bounds.step
                    let start = range.start + bounds.start * range.step
                    return .object(RangeObject(start: start, stop: start + bounds.count * step, step: step))
                }
                guard let position = try Self.index(index, for: "range") else {
                    throw .typeError("range indices must be integers or slices, not \(index.typeName)")
                }
                let resolved = position < 0 ? position + range.count : position
                guard resolved >= 0, resolved < range.count else { throw .indexError("range object index out of range") }
                return .int(range.start + resolved * range.step)
            case let capable as SubscriptCapable:
                return try capable.getItem(index)
            case let type as TypeObject:
                // `list[int]` in annotations.
                return .object(type)
            default:
                break
            }
        default:
            break
        }
        throw .typeError("'\(container.typeName)' object is not subscriptable")
    }

    private static func sequenceItem(
        _ items: [Value], _ index: Value, name: String, wrap: ([Value]) -> Value
    ) throws(PythonError) -> Value {
        if case .object(let slice as SliceObject) = index { return wrap(try sliced(items, slice)) }
        guard let position = try Self.index(index, for: name) else {
            throw .typeError("\(name) indices must be integers or slices, not \(index.typeName)")
        }
        let resolved = position < 0 ? position + items.count : position
        guard items.indices.contains(resolved) else { throw .indexError("\(name) index out of range") }
        return items[resolved]
    }

    /// `container[index] = value`.
    static func setItem(_ container: Value, _ index: Value, _ value: Value) throws(PythonError) {
        guard case .object(let object) = container else {
            throw .typeError("'\(container.typeName)' object does not support item assignment")
        }
        switch object {
        case let list as ListObject:
            if case .object(let slice as SliceObject) = index {
                let replacement = try Iteration.values(value)
                let bounds = try sliceBounds(slice, count: list.items.count)
                if bounds.step == 1 {
                    list.items.replaceSubrange(bounds.start..<(bounds.start + bounds.count), with: replacement)
                    return
                }
                guard replacement.count == bounds.count else {
                    throw .valueError("attempt to assign sequence of size \(replacement.count) to extended slice of size \(bounds.count)")
                }
                for (offset, item) in replacement.enumerated() { list.items[bounds.start + offset * bounds.step] = item }
                return
            }
            guard let position = try Self.index(index, for: "list") else {
                throw .typeError("list indices must be integers or slices, not \(index.typeName)")
            }
            let resolved = position < 0 ? position + list.items.count : position
            guard list.items.indices.contains(resolved) else { throw .indexError("list assignment index out of range") }
            list.items[resolved] = value
        case let dict as DictObject:
            dict.set(try HashKey(index), value)
        case let capable as SubscriptCapable:
            try capable.setItem(index, value)
        default:
            throw .typeError("'\(container.typeName)' object does not support item assignment")
        }
    }

    /// `del container[index]`.
    static func deleteItem(_ container: Value, _ index: Value) throws(PythonError) {
        guard case .object(let object) = container else {
            throw .typeError("'\(container.typeName)' object doesn't support item deletion")
        }
        switch object {
        case let list as ListObject:
            if case .object(let slice as SliceObject) = index {
                let bounds = try sliceBounds(slice, count: list.items.count)
                let removed = Set((0..<bounds.count).map { bounds.start + $0 * bounds.step })
                list.items = list.items.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
                return
            }
            guard let position = try Self.index(index, for: "list") else {
                throw .typeError("list indices must be integers or slices, not \(index.typeName)")
            }
            let resolved = position < 0 ? position + list.items.count : position
            guard list.items.indices.contains(resolved) else { throw .indexError("list assignment index out of range") }
            list.items.remove(at: resolved)
        case let dict as DictObject:
            guard dict.remove(try HashKey(index)) != nil else { throw .keyError(index) }
        case let deleting as ItemDeleting:
            try deleting.deleteItem(index)
        default:
            throw .typeError("'\(container.typeName)' object doesn't support item deletion")
        }
    }
}

/// Objects usable as indices (`__index__`: NumPy integer scalars).
protocol IndexCapable {
    func indexValue() throws(PythonError) -> Int
}
