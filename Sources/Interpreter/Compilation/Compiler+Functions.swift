extension Compiler {
    /// The code of a function in `inner`, its signature laid out in the scope's slots.
    private func code(named name: String, _ parameters: Parameters, in inner: Scope, firstLine: Int) -> CodeObject {
        var order = parameters.positional.map(\.name)
        if let variadic = parameters.variadic { order.append(variadic) }
        order += parameters.keywordOnly.map(\.name)
        if let keywords = parameters.keywords { order.append(keywords) }
        let signature = CodeObject.Signature(
            positional: parameters.positional.map(\.name), positionalOnlyCount: parameters.positionalOnlyCount,
            variadic: parameters.variadic, keywordOnly: parameters.keywordOnly.map(\.name), keywords: parameters.keywords,
            storage: order.map(inner.access))
        let code = CodeObject(
            name: name, file: source.name, firstLine: firstLine, localCount: inner.localCount,
            ownCellCount: inner.cellNames.count, signature: signature)
        code.qualifiedName = qualifiedPrefix + name
        code.variableNames = inner.bound.filter(inner.isBound)
        if inner.freeNames.contains("__class__"), case .cell(let index) = inner.access("__class__") { code.classCell = index }
        code.isGenerator = inner.isGenerator
        return code
    }

    /// Compiles `body` with `inner` as the current scope (a class's names qualify its
    /// methods as `C.method`, a function's as `f.<locals>.g`).
    private func inside<T>(_ inner: Scope, name: String, _ body: () -> T) -> T {
        let saved = (scope, qualifiedPrefix)
        scope = inner
        qualifiedPrefix = saved.1 + name + (inner.kind == .classBody ? "." : ".<locals>.")
        defer { (scope, qualifiedPrefix) = saved }
        return body()
    }

    /// The cells an inner scope takes from the current frame, by index.
    private func closureIndices(for inner: Scope) -> [Int] {
        inner.freeNames.map { name in
            guard case .cell(let index) = scope.access(name) else { preconditionFailure("free variable \(name) is not a cell outside") }
            return index
        }
    }

    /// Makes the function object of a `def` each time the statement runs.
    func function(_ definition: FunctionDefinition, at location: SourceLocation) -> Evaluate {
        let inner = innerScope(location, ScopeAnalyzer.functionKey)
        let code = self.code(named: definition.name, definition.parameters, in: inner, firstLine: location.line)
        code.body = inside(inner, name: definition.name) { block(definition.body) }
        return maker(code, definition.parameters, inner: inner, docstring: definition.docstring)
    }

    /// Makes the class of a `class` statement each time the statement runs: the bases and
    /// keywords evaluated, the body run in a frame of its own whose names fill the class's
    /// namespace, the class made from them (`__class__` set for `super()`).
    func classDefinition(_ definition: ClassDefinition, at location: SourceLocation) -> Evaluate {
        let inner = innerScope(location, ScopeAnalyzer.classKey)
        let arguments = argumentList(definition.arguments)
        let code = CodeObject(
            name: definition.name, file: source.name, firstLine: location.line, localCount: 0,
            ownCellCount: inner.cellNames.count,
            signature: .init(positional: [], positionalOnlyCount: 0, variadic: nil, keywordOnly: [], keywords: nil, storage: []))
        let qualifiedName = qualifiedPrefix + definition.name
        code.qualifiedName = qualifiedName
        let body = inside(inner, name: definition.name) { block(definition.body) }
        let closure = closureIndices(for: inner)
        let classCell = inner.cellNames.firstIndex(of: "__class__")
        let (name, docstring) = (definition.name, definition.docstring)
        let runtime = self.runtime
        return { frame throws(PythonError) in
            let given = try arguments(frame) { "__build_class__()" }
            var cells = (0..<code.ownCellCount).map { _ in Cell() }
            cells += closure.map { frame.cells[$0] }
            let classFrame = Frame(code: code, globals: frame.globals, cells: cells)
            let namespace = ClassNamespace()
            namespace["__module__"] = frame.globals["__name__"] ?? .string("__main__")
            namespace["__qualname__"] = .string(qualifiedName)
            if let docstring { namespace["__doc__"] = .string(docstring) }
            classFrame.namespace = namespace
            try runtime.runFrame(classFrame) { () throws(PythonError) in _ = try body(classFrame) }
            let type = try runtime.makeClass(name, given, namespace: namespace)
            if let classCell { classFrame.cells[classCell].value = .object(type) }
            return .object(type)
        }
    }

    func lambda(_ parameters: Parameters, _ body: ExpressionNode, at location: SourceLocation) -> Evaluate {
        let inner = innerScope(location, ScopeAnalyzer.lambdaKey)
        let code = self.code(named: "<lambda>", parameters, in: inner, firstLine: location.line)
        let evaluate = inside(inner, name: "<lambda>") { expression(body) }
        code.body = { frame throws(PythonError) in .returnValue(try evaluate(frame)) }
        return maker(code, parameters, inner: inner, docstring: nil)
    }

    private func maker(_ code: CodeObject, _ parameters: Parameters, inner: Scope, docstring: String?) -> Evaluate {
        let defaults = parameters.positional.compactMap(\.defaultValue).map(expression)
        let keywordDefaults = parameters.keywordOnly.compactMap { parameter in
            parameter.defaultValue.map { (parameter.name, expression($0)) }
        }
        let closure = closureIndices(for: inner)
        return { frame throws(PythonError) in
            var defaultValues: [Value] = []
            for evaluate in defaults { defaultValues.append(try evaluate(frame)) }
            var keywordValues: [String: Value] = [:]
            for (name, evaluate) in keywordDefaults { keywordValues[name] = try evaluate(frame) }
            return .object(FunctionObject(
                code: code, globals: frame.globals, defaults: defaultValues, keywordDefaults: keywordValues,
                closure: closure.map { frame.cells[$0] }, docstring: docstring))
        }
    }

    // MARK: - Calls

    func call(_ function: ExpressionNode, _ arguments: [Argument]) -> Evaluate {
        let callee = expression(function)
        let runtime = self.runtime
        let simple = arguments.compactMap { argument -> Evaluate? in
            if case .positional(let value) = argument { return expression(value) }
            return nil
        }
        if simple.count == arguments.count {
            return { frame throws(PythonError) in
                let target = try callee(frame)
                var values: [Value] = []
                values.reserveCapacity(simple.count)
                for evaluate in simple { values.append(try evaluate(frame)) }
                return try runtime.call(target, Arguments(values))
            }
        }
        let build = argumentList(arguments)
        return { frame throws(PythonError) in
            let target = try callee(frame)
            return try runtime.call(target, try build(frame) { runtime.callableName(target) })
        }
    }

    /// Evaluates a call's arguments (`*` and `**` spread) into `Arguments`; `callee` names
    /// the callable in CPython's messages about them.
    func argumentList(_ arguments: [Argument]) -> (Frame, () -> String) throws(PythonError) -> Arguments {
        enum Part {
            case positional(Evaluate)
            case unpacked(Evaluate)
            case keyword(String, Evaluate)
            case unpackedKeywords(Evaluate)
        }
        let parts = arguments.map { argument -> Part in
            switch argument {
            case .positional(let value): .positional(expression(value))
            case .unpacked(let value): .unpacked(expression(value))
            case .keyword(let name, let value): .keyword(name, expression(value))
            case .unpackedKeywords(let value): .unpackedKeywords(expression(value))
            }
        }
        return { frame, callee throws(PythonError) in
            var positional: [Value] = []
            var keywords: [(name: String, value: Value)] = []
            func addKeyword(_ name: String, _ value: Value) throws(PythonError) {
                if keywords.contains(where: { $0.name == name }) {
                    throw .typeError("\(callee()) got multiple values for keyword argument '\(name)'")
                }
                keywords.append((name, value))
            }
            for part in parts {
                switch part {
                case .positional(let evaluate):
                    positional.append(try evaluate(frame))
                case .unpacked(let evaluate):
                    let value = try evaluate(frame)
                    guard Iteration.isIterable(value) else {
                        throw .typeError("\(callee()) argument after * must be an iterable, not \(value.typeName)")
                    }
                    positional += try Iteration.values(value)
                case .keyword(let name, let evaluate):
                    try addKeyword(name, try evaluate(frame))
                case .unpackedKeywords(let evaluate):
                    let value = try evaluate(frame)
                    guard case .object(let dict as DictObject) = value else {
                        throw .typeError("\(callee()) argument after ** must be a mapping, not \(value.typeName)")
                    }
                    for (key, item) in zip(dict.keys, dict.values) {
                        guard case .string(let name) = key else { throw .typeError("keywords must be strings") }
                        try addKeyword(name, item)
                    }
                }
            }
            return Arguments(positional, keywords: keywords)
        }
    }

    // MARK: - Comprehensions

    func comprehension(_ node: ExpressionNode) -> Evaluate {
        let clauses: [Comprehension]
        enum Output {
            case list(Evaluate)
            case set(Evaluate)
            case dictionary(Evaluate, Evaluate)
            case generator(Evaluate)
        }
        let inner = innerScope(node.location, ScopeAnalyzer.comprehensionKey)
        let output: Output
        // CPython 3.11's names for a comprehension's frame, shown in tracebacks.
        let name: String
        switch node.kind {
        case .listComprehension: name = "<listcomp>"
        case .setComprehension: name = "<setcomp>"
        case .generator: name = "<genexpr>"
        default: name = "<dictcomp>"
        }
        switch node.kind {
        case .listComprehension(let element, let parts):
            clauses = parts
            output = .list(inside(inner, name: name) { expression(element) })
        case .setComprehension(let element, let parts):
            clauses = parts
            output = .set(inside(inner, name: name) { expression(element) })
        case .generator(let element, let parts):
            clauses = parts
            output = .generator(inside(inner, name: name) { expression(element) })
        case .dictionaryComprehension(let key, let value, let parts):
            clauses = parts
            output = .dictionary(
                inside(inner, name: name) { expression(key) }, inside(inner, name: name) { expression(value) })
        default:
            preconditionFailure("not a comprehension")
        }
        let firstIterable = expression(clauses[0].iterable)
        let stores = inside(inner, name: name) { clauses.map { store($0.target) } }
        let iterables = inside(inner, name: name) { clauses.dropFirst().map { expression($0.iterable) } }
        let conditions = inside(inner, name: name) { clauses.map { $0.conditions.map(truth) } }
        let closure = closureIndices(for: inner)
        let code = CodeObject(
            name: name, file: source.name, firstLine: node.location.line, localCount: inner.localCount,
            ownCellCount: inner.cellNames.count,
            signature: .init(positional: [], positionalOnlyCount: 0, variadic: nil, keywordOnly: [], keywords: nil, storage: []))
        code.variableNames = [".0"] + inner.bound.filter(inner.isBound)
        let runtime = self.runtime
        let depth = clauses.count

        return { frame throws(PythonError) in
            let first = try Iteration.iterator(try firstIterable(frame))
            var cells = (0..<code.ownCellCount).map { _ in Cell() }
            cells += closure.map { frame.cells[$0] }
            let innerFrame = Frame(code: code, globals: frame.globals, cells: cells)
            innerFrame.line = frame.line

            // Steps through the clauses, calling `emit` for each combination that passes.
            func run(_ level: Int, _ iterator: IteratorObject, _ emit: () throws(PythonError) -> Void) throws(PythonError) {
                next: while let item = try iterator.next() {
                    try runtime.tick()
                    try stores[level](innerFrame, item)
                    for condition in conditions[level] where !(try condition(innerFrame)) { continue next }
                    if level + 1 < depth {
                        try run(level + 1, try Iteration.iterator(try iterables[level](innerFrame)), emit)
                    } else {
                        try emit()
                    }
                }
            }

            // An exception out of the comprehension's own code passes through its frame, as
            // through a function's.
            func running(_ body: () throws(PythonError) -> Void) throws(PythonError) {
                do throws(PythonError) {
                    try run(0, first, body)
                } catch {
                    error.exception.passThrough(innerFrame)
                    throw error
                }
            }
            switch output {
            case .list(let element):
                var items: [Value] = []
                try running { () throws(PythonError) in items.append(try element(innerFrame)) }
                return .object(ListObject(items))
            case .set(let element):
                let set = SetObject()
                try running { () throws(PythonError) in set.insert(try HashKey(try element(innerFrame))) }
                return .object(set)
            case .dictionary(let key, let value):
                let dict = DictObject()
                try running { () throws(PythonError) in
                    let keyValue = try key(innerFrame)
                    dict.set(try HashKey(keyValue), try value(innerFrame))
                }
                return .object(dict)
            case .generator(let element):
                var iterators = [first]
                return .object(IteratorObject(kind: "generator") { () throws(PythonError) -> Value? in
                    do throws(PythonError) {
                        return try step()
                    } catch {
                        error.exception.passThrough(innerFrame)
                        throw error
                    }
                })
                func step() throws(PythonError) -> Value? {
                    search: while let current = iterators.last {
                        let level = iterators.count - 1
                        guard let item = try current.next() else {
                            iterators.removeLast()
                            continue
                        }
                        try stores[level](innerFrame, item)
                        for condition in conditions[level] where !(try condition(innerFrame)) { continue search }
                        if level + 1 < depth {
                            iterators.append(try Iteration.iterator(try iterables[level](innerFrame)))
                            continue
                        }
                        return try element(innerFrame)
                    }
                    return nil
                }
            }
        }
    }
}
