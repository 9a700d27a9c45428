/// A view of a dict's keys, values or items: iterable, sized, shown as `dict_keys([...])`.
final class DictView: PyObject, IterableCapable, CustomRepresentable, ContainerCapable {
    enum Kind: String {
        case keys = "dict_keys", values = "dict_values", items = "dict_items"
    }

    let dict: DictObject
    let kind: Kind

    init(_ dict: DictObject, _ kind: Kind) {
        self.dict = dict
        self.kind = kind
    }

    override var typeName: String { kind.rawValue }

    var elements: [Value] {
        switch kind {
        case .keys: dict.keys
        case .values: dict.values
        case .items: zip(dict.keys, dict.values).map { .tuple([$0, $1]) }
        }
    }

    func makeIterator() throws(PythonError) -> IteratorObject {
        let count = dict.count
        var index = 0
        return IteratorObject(kind: kind.rawValue.replacingOccurrences(of: "dict_", with: "dict_") + "iterator") { [self] () throws(PythonError) -> Value? in
            guard dict.count == count else { throw PythonError(ExceptionTypes.runtimeError, "dictionary changed size during iteration") }
            guard index < count else { return nil }
            defer { index += 1 }
            switch kind {
            case .keys: return dict.keys[index]
            case .values: return dict.values[index]
            case .items: return .tuple([dict.keys[index], dict.values[index]])
            }
        }
    }

    func pythonRepr() throws(PythonError) -> String {
        "\(kind.rawValue)(\(try Value.object(ListObject(elements)).repr()))"
    }

    func containsValue(_ item: Value) throws(PythonError) -> Bool {
        switch kind {
        case .keys: return dict.get(try HashKey(item)) != nil
        default: return elements.contains { $0.isSameOrEqual(to: item) }
        }
    }
}

/// `dict`'s methods.
enum DictMethods {
    static func dict(_ value: Value) -> DictObject { value.dictObject ?? DictObject() }

    static func table(_ runtime: Runtime) -> [String: Method] {
        var table: [String: Method] = [:]
        table["keys"] = method { receiver, _ throws(PythonError) in .object(DictView(dict(receiver), .keys)) }
        table["values"] = method { receiver, _ throws(PythonError) in .object(DictView(dict(receiver), .values)) }
        table["items"] = method { receiver, _ throws(PythonError) in .object(DictView(dict(receiver), .items)) }
        table["get"] = method { receiver, arguments throws(PythonError) in
            try arguments.expectCount(1...2, "get")
            return dict(receiver).get(try HashKey(arguments.positional[0])) ?? (arguments.positional.count > 1 ? arguments.positional[1] : .none)
        }
        table["pop"] = method { receiver, arguments throws(PythonError) in
            try arguments.expectCount(1...2, "pop")
            if let value = dict(receiver).remove(try HashKey(arguments.positional[0])) { return value }
            if arguments.positional.count > 1 { return arguments.positional[1] }
            throw .keyError(arguments.positional[0])
        }
        table["popitem"] = method { receiver, _ throws(PythonError) in
            let target = dict(receiver)
            guard let key = target.keys.last else { throw PythonError(ExceptionTypes.keyError, "popitem(): dictionary is empty") }
            let value = target.remove(try HashKey(key))!
            return .tuple([key, value])
        }
        table["setdefault"] = method { receiver, arguments throws(PythonError) in
            try arguments.expectCount(1...2, "setdefault")
            let target = dict(receiver)
            let key = try HashKey(arguments.positional[0])
            if let existing = target.get(key) { return existing }
            let value = arguments.positional.count > 1 ? arguments.positional[1] : .none
            target.set(key, value)
            return value
        }
        table["update"] = method { [unowned runtime] receiver, arguments throws(PythonError) in
            let target = dict(receiver)
            if let other = arguments.positional.first { try runtime.update(target, with: other) }
            for (name, value) in arguments.keywords { target.set(try HashKey(.string(name)), value) }
            return .none
        }
        table["copy"] = method { receiver, _ throws(PythonError) in
            let copy = DictObject()
            let source = dict(receiver)
            copy.keys = source.keys
            copy.values = source.values
            copy.index = source.index
            return .object(copy)
        }
        table["clear"] = method { receiver, _ throws(PythonError) in
            let target = dict(receiver)
            target.keys = []
            target.values = []
            target.index = [:]
            return .none
        }
        return table
    }
}

/// `set`'s methods.
enum SetMethods {
    static func set(_ value: Value) -> SetObject { value.setObject ?? SetObject() }

    static func members(_ value: Value) throws(PythonError) -> [HashKey] {
        var keys: [HashKey] = []
        for item in try Iteration.values(value) { keys.append(try HashKey(item)) }
        return keys
    }

    static func make(_ keys: [HashKey]) -> Value {
        let result = SetObject()
        for key in keys { result.insert(key) }
        return .object(result)
    }

    static func table(_ runtime: Runtime) -> [String: Method] {
        var table: [String: Method] = [:]
        table["add"] = method { receiver, arguments throws(PythonError) in
            try arguments.expectCount(1...1, "set.add")
            set(receiver).insert(try HashKey(arguments.positional[0]))
            return .none
        }
        table["remove"] = method { receiver, arguments throws(PythonError) in
            try arguments.expectCount(1...1, "set.remove")
            guard set(receiver).remove(try HashKey(arguments.positional[0])) else { throw .keyError(arguments.positional[0]) }
            return .none
        }
        table["discard"] = method { receiver, arguments throws(PythonError) in
            try arguments.expectCount(1...1, "set.discard")
            _ = set(receiver).remove(try HashKey(arguments.positional[0]))
            return .none
        }
        table["pop"] = method { receiver, _ throws(PythonError) in
            let target = set(receiver)
            guard let first = target.order.first else { throw PythonError(ExceptionTypes.keyError, "pop from an empty set") }
            _ = target.remove(try HashKey(first))
            return first
        }
        table["clear"] = method { receiver, _ throws(PythonError) in
            let target = set(receiver)
            target.members = [:]
            target.order = []
            return .none
        }
        table["copy"] = method { receiver, _ throws(PythonError) in make(try members(receiver)) }
        table["update"] = method { receiver, arguments throws(PythonError) in
            for other in arguments.positional { for key in try members(other) { set(receiver).insert(key) } }
            return .none
        }
        table["union"] = method { receiver, arguments throws(PythonError) in
            var keys = try members(receiver)
            for other in arguments.positional { keys += try members(other) }
            return make(keys)
        }
        table["intersection"] = method { receiver, arguments throws(PythonError) in
            var keys = try members(receiver)
            for other in arguments.positional {
                let otherKeys = Set(try members(other))
                keys = keys.filter { otherKeys.contains($0) }
            }
            return make(keys)
        }
        table["difference"] = method { receiver, arguments throws(PythonError) in
            var keys = try members(receiver)
            for other in arguments.positional {
                let otherKeys = Set(try members(other))
                keys = keys.filter { !otherKeys.contains($0) }
            }
            return make(keys)
        }
        table["symmetric_difference"] = method { receiver, arguments throws(PythonError) in
            try arguments.expectCount(1...1, "symmetric_difference")
            let mine = try members(receiver)
            let theirs = try members(arguments.positional[0])
            let mineSet = Set(mine)
            let theirSet = Set(theirs)
            return make(mine.filter { !theirSet.contains($0) } + theirs.filter { !mineSet.contains($0) })
        }
        table["issubset"] = method { receiver, arguments throws(PythonError) in
            try arguments.expectCount(1...1, "issubset")
            let other = Set(try members(arguments.positional[0]))
            return .bool(try members(receiver).allSatisfy { other.contains($0) })
        }
        table["issuperset"] = method { receiver, arguments throws(PythonError) in
            try arguments.expectCount(1...1, "issuperset")
            let mine = Set(try members(receiver))
            return .bool(try members(arguments.positional[0]).allSatisfy { mine.contains($0) })
        }
        return table
    }
}
