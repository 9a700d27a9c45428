/// Python's `functools` (`partial`, `reduce`) and `itertools` (`product`, `accumulate`, `chain`).
enum FunctoolsModule {
    static func make(_ runtime: Runtime) -> ModuleObject {
        let module = ModuleObject(name: "functools", attributes: [:])
        module.define("partial") { [unowned runtime] arguments throws(PythonError) in
            guard let function = arguments.positional.first else {
                throw .typeError("partial expected at least 1 argument, got 0")
            }
            return .object(PartialObject(function: function, arguments: Array(arguments.positional.dropFirst()), keywords: arguments.keywords, runtime: runtime))
        }
        module.define("reduce") { [unowned runtime] arguments throws(PythonError) in
            try arguments.expectCount(2...3, "reduce")
            let function = arguments.positional[0]
            let iterator = try Iteration.iterator(arguments.positional[1])
            var accumulator: Value
            if arguments.positional.count == 3 {
                accumulator = arguments.positional[2]
            } else {
                guard let first = try iterator.next() else { throw .typeError("reduce() of empty iterable with no initial value") }
                accumulator = first
            }
            while let item = try iterator.next() { accumulator = try runtime.call(function, Arguments([accumulator, item])) }
            return accumulator
        }
        return module
    }
}

/// `functools.partial(f, *args, **kwargs)`.
final class PartialObject: PyObject, CallCapable, CustomRepresentable {
    let function: Value
    let arguments: [Value]
    let keywords: [(name: String, value: Value)]

    init(function: Value, arguments: [Value], keywords: [(name: String, value: Value)], runtime: Runtime) {
        self.function = function
        self.arguments = arguments
        self.keywords = keywords
    }

    override var typeName: String { "functools.partial" }

    func call(_ given: Arguments, runtime: Runtime) throws(PythonError) -> Value {
        var merged = keywords
        for keyword in given.keywords {
            merged.removeAll { $0.name == keyword.name }
            merged.append(keyword)
        }
        return try runtime.call(function, Arguments(arguments + given.positional, keywords: merged))
    }

    func pythonRepr() throws(PythonError) -> String {
        var parts = [try function.repr()]
        for argument in arguments { parts.append(try argument.repr()) }
        for keyword in keywords { parts.append("\(keyword.name)=\(try keyword.value.repr())") }
        return "functools.partial(\(parts.joined(separator: ", ")))"
    }
}

enum ItertoolsModule {
    static func make(_ runtime: Runtime) -> ModuleObject {
        let module = ModuleObject(name: "itertools", attributes: [:])
        module.define("product") { arguments throws(PythonError) in
            try arguments.allowOnly(["repeat"], function: "product")
            var pools: [[Value]] = []
            for value in arguments.positional { pools.append(try Iteration.values(value)) }
            if case .int(let count)? = arguments.keyword("repeat") {
                pools = Array([[[Value]]](repeating: pools, count: Swift.max(count, 0)).joined())
            }
            var results: [[Value]] = [[]]
            for pool in pools { results = results.flatMap { prefix in pool.map { prefix + [$0] } } }
            var iterator = results.makeIterator()
            return .object(IteratorObject(kind: "itertools.product") { iterator.next().map(Value.tuple) })
        }
        module.define("accumulate") { [unowned runtime] arguments throws(PythonError) in
            try arguments.allowOnly(["initial"], function: "accumulate")
            try arguments.expectCount(1...2, "accumulate")
            let iterator = try Iteration.iterator(arguments.positional[0])
            let function = arguments.positional.count > 1 ? arguments.positional[1] : nil
            var total: Value? = arguments.keyword("initial").flatMap { $0.isNoneValue ? nil : $0 }
            var pendingInitial = total != nil
            return .object(IteratorObject(kind: "itertools.accumulate") { () throws(PythonError) -> Value? in
                if pendingInitial {
                    pendingInitial = false
                    return total
                }
                guard let item = try iterator.next() else { return nil }
                if let current = total {
                    if let function {
                        total = try runtime.call(function, Arguments([current, item]))
                    } else {
                        total = try Operators.binary(.add, current, item)
                    }
                } else {
                    total = item
                }
                return total
            })
        }
        module.define("chain") { arguments throws(PythonError) in
            var iterators: [IteratorObject] = []
            for value in arguments.positional { iterators.append(try Iteration.iterator(value)) }
            var index = 0
            return .object(IteratorObject(kind: "itertools.chain") { () throws(PythonError) -> Value? in
                while index < iterators.count {
                    if let item = try iterators[index].next() { return item }
                    index += 1
                }
                return nil
            })
        }
        return module
    }
}
