/// `list`'s methods.
enum ListMethods {
    static func list(_ value: Value) -> ListObject { value.listObject ?? ListObject([]) }

    /// Python's `sorted` order: a stable merge sort with `<` (which may raise), on the
    /// keys when a key function is given.
    static func sort(_ items: [Value], key: Value?, reverse: Bool, runtime: Runtime) throws(PythonError) -> [Value] {
        var keys = items
        if let key, !(key.isNoneValue) {
            keys = []
            for item in items { keys.append(try runtime.call(key, Arguments([item]))) }
        }
        var order = Array(items.indices)
        func less(_ a: Int, _ b: Int) throws(PythonError) -> Bool {
            try Operators.compare(.less, keys[a], keys[b]).isTruthy()
        }
        // Bottom-up merge sort keeps equal keys in their original order.
        var width = 1
        var buffer = order
        while width < order.count {
            var start = 0
            while start < order.count {
                let middle = Swift.min(start + width, order.count)
                let end = Swift.min(start + 2 * width, order.count)
                var (i, j, k) = (start, middle, start)
                while i < middle, j < end {
                    // Reversed order still keeps equal items stable, as CPython's does.
                    let takeRight = reverse ? try less(order[i], order[j]) : try less(order[j], order[i])
                    if takeRight {
                        buffer[k] = order[j]
                        j += 1
                    } else {
                        buffer[k] = order[i]
                        i += 1
                    }
                    k += 1
                }
                while i < middle { buffer[k] = order[i]; i += 1; k += 1 }
                while j < end { buffer[k] = order[j]; j += 1; k += 1 }
                start += 2 * width
            }
            swap(&order, &buffer)
            width *= 2
        }
        return order.map { items[$0] }
    }

    static func table(_ runtime: Runtime) -> [String: Method] {
        var table: [String: Method] = [:]
        table["append"] = method { receiver, arguments throws(PythonError) in
            try arguments.expectCount(1...1, "list.append")
            list(receiver).items.append(arguments.positional[0])
            return .none
        }
        table["extend"] = method { receiver, arguments throws(PythonError) in
            try arguments.expectCount(1...1, "list.extend")
            list(receiver).items += try Iteration.values(arguments.positional[0])
            return .none
        }
        table["insert"] = method { receiver, arguments throws(PythonError) in
            try arguments.expectCount(2...2, "insert")
            let target = list(receiver)
            guard var index = try Operators.index(arguments.positional[0], for: "list") else {
                throw .typeError("'\(arguments.positional[0].typeName)' object cannot be interpreted as an integer")
            }
            if index < 0 { index = Swift.max(0, index + target.items.count) }
            target.items.insert(arguments.positional[1], at: Swift.min(index, target.items.count))
            return .none
        }
        table["pop"] = method { receiver, arguments throws(PythonError) in
            try arguments.expectCount(0...1, "pop")
            let target = list(receiver)
            guard !target.items.isEmpty else { throw .indexError("pop from empty list") }
            var index = target.items.count - 1
            if let given = arguments.positional.first {
                guard let position = try Operators.index(given, for: "list") else {
                    throw .typeError("'\(given.typeName)' object cannot be interpreted as an integer")
                }
                index = position < 0 ? position + target.items.count : position
                guard target.items.indices.contains(index) else { throw .indexError("pop index out of range") }
            }
            return target.items.remove(at: index)
        }
        table["remove"] = method { receiver, arguments throws(PythonError) in
            try arguments.expectCount(1...1, "list.remove")
            let target = list(receiver)
            guard let index = target.items.firstIndex(where: { $0.isSameOrEqual(to: arguments.positional[0]) }) else {
                throw .valueError("list.remove(x): x not in list")
            }
            target.items.remove(at: index)
            return .none
        }
        table["index"] = method { receiver, arguments throws(PythonError) in
            try arguments.noKeywords("index")
            try arguments.expectCount(1...3, "index")
            let items = list(receiver).items
            // `start` and `stop` as a slice reads them (negative from the end, clamped).
            func bound(_ position: Int, _ fallback: Int) throws(PythonError) -> Int {
                guard position < arguments.positional.count else { return fallback }
                guard let value = try Operators.index(arguments.positional[position], for: "index") else {
                    throw .typeError("slice indices must be integers or have an __index__ method")
                }
                return value < 0 ? max(value + items.count, 0) : min(value, items.count)
            }
            let start = try bound(1, 0)
            let stop = try bound(2, items.count)
            if start < stop, let index = items[start..<stop].firstIndex(where: { $0.isSameOrEqual(to: arguments.positional[0]) }) {
                return .int(index)
            }
            throw .valueError("\(try arguments.positional[0].repr()) is not in list")
        }
        table["count"] = method { receiver, arguments throws(PythonError) in
            try arguments.expectCount(1...1, "list.count")
            return .int(list(receiver).items.filter { $0.isSameOrEqual(to: arguments.positional[0]) }.count)
        }
        table["reverse"] = method { receiver, _ throws(PythonError) in
            list(receiver).items.reverse()
            return .none
        }
        table["copy"] = method { receiver, _ throws(PythonError) in .object(ListObject(list(receiver).items)) }
        table["clear"] = method { receiver, _ throws(PythonError) in
            list(receiver).items.removeAll()
            return .none
        }
        table["sort"] = method { [unowned runtime] receiver, arguments throws(PythonError) in
            guard arguments.positional.isEmpty else { throw .typeError("sort() takes no positional arguments") }
            for keyword in arguments.keywords where keyword.name != "key" && keyword.name != "reverse" {
                throw .typeError("'\(keyword.name)' is an invalid keyword argument for sort()")
            }
            let target = list(receiver)
            let reverse = try arguments.keyword("reverse")?.isTruthy() ?? false
            target.items = try sort(target.items, key: arguments.keyword("key"), reverse: reverse, runtime: runtime)
            return .none
        }
        return table
    }
}

extension Value {
    var isNoneValue: Bool { if case .none = self { true } else { false } }
}
