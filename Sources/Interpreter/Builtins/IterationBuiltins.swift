/// The builtins that iterate: `range`'s companions, reductions and sorting.
enum IterationBuiltins {
    static func install(into table: inout [String: Value], runtime: Runtime) {
        func define(_ name: String, _ body: @escaping (Arguments) throws(PythonError) -> Value) {
            table[name] = .object(BuiltinFunction(name, body))
        }
        define("iter") { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "iter")
            return .object(try Iteration.iterator(arguments.positional[0]))
        }
        define("next") { arguments throws(PythonError) in
            try arguments.expectCount(1...2, "next")
            if case .object(let instance as InstanceObject) = arguments.positional[0] {
                guard try instance.special("__next__") != nil else {
                    throw .typeError("'\(instance.type.name)' object is not an iterator")
                }
                do throws(PythonError) {
                    return try instance.callSpecial("__next__")!
                } catch {
                    if arguments.positional.count > 1, error.exception.type.isSubtype(of: ExceptionTypes.stopIteration) {
                        return arguments.positional[1]
                    }
                    throw error
                }
            }
            if case .object(let generator as GeneratorObject) = arguments.positional[0] {
                // A generator's StopIteration carries what it returned.
                do throws(PythonError) {
                    return try generator.send(.none)
                } catch {
                    if arguments.positional.count > 1, error.exception.type.isSubtype(of: ExceptionTypes.stopIteration) {
                        return arguments.positional[1]
                    }
                    throw error
                }
            }
            guard case .object(let iterator as IteratorObject) = arguments.positional[0] else {
                throw .typeError("'\(arguments.positional[0].typeName)' object is not an iterator")
            }
            if let value = try iterator.next() { return value }
            if arguments.positional.count > 1 { return arguments.positional[1] }
            throw PythonError(ExceptionObject(ExceptionTypes.stopIteration, []))
        }
        define("enumerate") { arguments throws(PythonError) in
            try arguments.allowOnly(["start"], function: "enumerate")
            try arguments.expectCount(1...2, "enumerate")
            let iterator = try Iteration.iterator(arguments.positional[0])
            let startValue = arguments.positional.count > 1 ? arguments.positional[1] : arguments.keyword("start") ?? .int(0)
            guard case .int(var counter) = startValue else {
                throw .typeError("'\(startValue.typeName)' object cannot be interpreted as an integer")
            }
            return .object(IteratorObject(kind: "enumerate") { () throws(PythonError) -> Value? in
                guard let item = try iterator.next() else { return nil }
                defer { counter += 1 }
                return .tuple([.int(counter), item])
            })
        }
        define("zip") { arguments throws(PythonError) in
            try arguments.allowOnly(["strict"], function: "zip")
            let strict = try arguments.keyword("strict")?.isTruthy() ?? false
            var iterators: [IteratorObject] = []
            for (index, value) in arguments.positional.enumerated() {
                guard Iteration.isIterable(value) else {
                    throw .typeError("zip argument #\(index + 1) must support iteration")
                }
                iterators.append(try Iteration.iterator(value))
            }
            return .object(IteratorObject(kind: "zip") { () throws(PythonError) -> Value? in
                guard !iterators.isEmpty else { return nil }
                var items: [Value] = []
                for (index, iterator) in iterators.enumerated() {
                    guard let item = try iterator.next() else {
                        if strict, index > 0 {
                            throw .valueError("zip() argument \(index + 1) is shorter than argument\(index == 1 ? "" : "s") 1\(index == 1 ? "" : "-\(index)")")
                        }
                        if strict, index == 0 {
                            for (other, rest) in iterators.enumerated().dropFirst() where try rest.next() != nil {
                                throw .valueError("zip() argument \(other + 1) is longer than argument\(other == 1 ? "" : "s") 1\(other == 1 ? "" : "-\(other)")")
                            }
                        }
                        return nil
                    }
                    items.append(item)
                }
                return .tuple(items)
            })
        }
        define("map") { [unowned runtime] arguments throws(PythonError) in
            guard arguments.positional.count >= 2 else { throw .typeError("map() must have at least two arguments.") }
            let function = arguments.positional[0]
            var iterators: [IteratorObject] = []
            for value in arguments.positional.dropFirst() { iterators.append(try Iteration.iterator(value)) }
            return .object(IteratorObject(kind: "map") { () throws(PythonError) -> Value? in
                var items: [Value] = []
                for iterator in iterators {
                    guard let item = try iterator.next() else { return nil }
                    items.append(item)
                }
                return try runtime.call(function, Arguments(items))
            })
        }
        define("filter") { [unowned runtime] arguments throws(PythonError) in
            try arguments.expectCount(2...2, "filter")
            let function = arguments.positional[0]
            let iterator = try Iteration.iterator(arguments.positional[1])
            return .object(IteratorObject(kind: "filter") { () throws(PythonError) -> Value? in
                while let item = try iterator.next() {
                    let keep = function.isNoneValue ? item : try runtime.call(function, Arguments([item]))
                    if try keep.isTruthy() { return item }
                }
                return nil
            })
        }
        define("reversed") { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "reversed")
            let value = arguments.positional[0]
            switch value {
            case .object(let range as RangeObject):
                let count = range.count
                var index = count - 1
                return .object(IteratorObject(kind: "range_iterator") {
                    guard index >= 0 else { return nil }
                    defer { index -= 1 }
                    return .int(range.start + index * range.step)
                })
            case .object(let list as ListObject):
                var index = list.items.count - 1
                return .object(IteratorObject(kind: "list_reverseiterator") {
                    guard index >= 0, index < list.items.count else { return nil }
                    defer { index -= 1 }
                    return list.items[index]
                })
            case .tuple, .string:
                let items = try Iteration.values(value).reversed()
                var iterator = items.makeIterator()
                return .object(IteratorObject(kind: "reversed") { iterator.next() })
            case .object(let dict as DictObject):
                var iterator = dict.keys.reversed().makeIterator()
                return .object(IteratorObject(kind: "dict_reversekeyiterator") { iterator.next() })
            default:
                if case .object(let object) = value, object is IterableCapable, object is SizedCapable {
                    var iterator = try Iteration.values(value).reversed().makeIterator()
                    return .object(IteratorObject(kind: "reversed") { iterator.next() })
                }
                throw .typeError("'\(value.typeName)' object is not reversible")
            }
        }
        define("sorted") { [unowned runtime] arguments throws(PythonError) in
            for keyword in arguments.keywords where keyword.name != "key" && keyword.name != "reverse" {
                throw .typeError("'\(keyword.name)' is an invalid keyword argument for sort()")
            }
            guard arguments.positional.count == 1 else {
                throw .typeError("sorted expected 1 argument, got \(arguments.positional.count)")
            }
            let items = try Iteration.values(arguments.positional[0])
            let reverse = try arguments.keyword("reverse")?.isTruthy() ?? false
            return .object(ListObject(try ListMethods.sort(items, key: arguments.keyword("key"), reverse: reverse, runtime: runtime)))
        }
        define("sum") { arguments throws(PythonError) in
            try arguments.allowOnly(["start"], function: "sum")
            try arguments.expectCount(1...2, "sum")
            var total = arguments.positional.count > 1 ? arguments.positional[1] : arguments.keyword("start") ?? .int(0)
            if case .string = total { throw .typeError("sum() can't sum strings [use ''.join(seq) instead]") }
            let iterator = try Iteration.iterator(arguments.positional[0])
            while let item = try iterator.next() {
                if case .int(let a) = total, case .int(let b) = item {
                    let (sum, overflow) = a.addingReportingOverflow(b)
                    if !overflow {
                        total = .int(sum)
                        continue
                    }
                }
                if case .float(let a) = total, case .float(let b) = item {
                    total = .float(a + b)
                    continue
                }
                total = try Operators.binary(.add, total, item)
            }
            return total
        }
        for (name, wantLarger) in [("min", false), ("max", true)] {
            define(name) { [unowned runtime] arguments throws(PythonError) in
                try arguments.allowOnly(["key", "default"], function: name)
                var items: [Value]
                if arguments.positional.count == 1 {
                    items = try Iteration.values(arguments.positional[0])
                } else if arguments.positional.isEmpty {
                    throw .typeError("\(name) expected at least 1 argument, got 0")
                } else {
                    if arguments.keyword("default") != nil {
                        throw .typeError("Cannot specify a default for \(name)() with multiple positional arguments")
                    }
                    items = arguments.positional
                }
                guard var best = items.first else {
                    if let fallback = arguments.keyword("default") { return fallback }
                    throw .valueError("\(name)() arg is an empty sequence")
                }
                let key = arguments.keyword("key").flatMap { $0.isNoneValue ? nil : $0 }
                var bestKey = try key.map { k throws(PythonError) in try runtime.call(k, Arguments([best])) } ?? best
                for item in items.dropFirst() {
                    let itemKey = try key.map { k throws(PythonError) in try runtime.call(k, Arguments([item])) } ?? item
                    let better = try Operators.compare(wantLarger ? .greater : .less, itemKey, bestKey).isTruthy()
                    if better {
                        best = item
                        bestKey = itemKey
                    }
                }
                return best
            }
        }
        for (name, wantAll) in [("any", false), ("all", true)] {
            define(name) { arguments throws(PythonError) in
                try arguments.expectCount(1...1, name)
                let iterator = try Iteration.iterator(arguments.positional[0])
                while let item = try iterator.next() {
                    if try item.isTruthy() != wantAll { return .bool(!wantAll) }
                }
                return .bool(wantAll)
            }
        }
    }
}
