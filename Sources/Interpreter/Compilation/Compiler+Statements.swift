extension Compiler {
    /// A statement, recording its line in the frame before it runs (for tracebacks).
    func statement(_ statement: StatementNode) -> Execute {
        let line = statement.location.line
        let run = compileStatement(statement)
        let runtime = self.runtime
        return { frame throws(PythonError) in
            frame.line = line
            runtime.line = line
            return try run(frame)
        }
    }

    private func compileStatement(_ statement: StatementNode) -> Execute {
        switch statement.kind {
        case .expression(let value):
            let evaluate = expression(value)
            return { frame throws(PythonError) in
                _ = try evaluate(frame)
                return .next
            }
        case .assignment(let targets, let value):
            let evaluate = expression(value)
            let stores = targets.map(store)
            if stores.count == 1 {
                let only = stores[0]
                return { frame throws(PythonError) in
                    try only(frame, try evaluate(frame))
                    return .next
                }
            }
            return { frame throws(PythonError) in
                let result = try evaluate(frame)
                for store in stores { try store(frame, result) }
                return .next
            }
        case .augmentedAssignment(let target, let operation, let value):
            return augmentedAssignment(target, operation, value)
        case .annotatedAssignment(let target, _, let value):
            guard let value else { return { _ throws(PythonError) in .next } }
            let evaluate = expression(value)
            let store = self.store(target)
            return { frame throws(PythonError) in
                try store(frame, try evaluate(frame))
                return .next
            }
        case .ifStatement(let test, let body, let orElse):
            let condition = truth(test)
            let then = block(body)
            let otherwise = block(orElse)
            return { frame throws(PythonError) in try condition(frame) ? try then(frame) : try otherwise(frame) }
        case .whileLoop(let test, let body, let orElse):
            return whileLoop(test, body, orElse)
        case .forLoop(let target, let iterable, let body, let orElse):
            return forLoop(target, iterable, body, orElse)
        case .function(let definition):
            return decorated(
                definition.decorators, function(definition, at: statement.location), storing: definition.name,
                line: statement.location.line)
        case .classDefinition(let definition):
            return decorated(
                definition.decorators, classDefinition(definition, at: statement.location), storing: definition.name,
                line: statement.location.line)
        case .returnStatement(let value):
            guard let value else { return { _ throws(PythonError) in .returnValue(.none) } }
            let evaluate = expression(value)
            return { frame throws(PythonError) in .returnValue(try evaluate(frame)) }
        case .pass:
            return { _ throws(PythonError) in .next }
        case .breakStatement:
            return { _ throws(PythonError) in .breakLoop }
        case .continueStatement:
            return { _ throws(PythonError) in .continueLoop }
        case .assertion(let test, let message):
            let condition = truth(test)
            let evaluateMessage = message.map(expression)
            let range = Self.range(of: test)
            return { frame throws(PythonError) in
                guard try condition(frame) else {
                    var arguments: [Value] = []
                    if let evaluateMessage { arguments.append(try evaluateMessage(frame)) }
                    // As CPython 3.11, the traceback underlines the failed test.
                    throw PythonError(ExceptionObject(ExceptionTypes.assertionError, arguments)).marked(frame, range)
                }
                return .next
            }
        case .deletion(let targets):
            return deletion(targets)
        case .importModules(let modules):
            return importModules(modules)
        case .importFrom(let module, let names):
            return importFrom(module, names)
        case .global, .nonlocal:
            return { _ throws(PythonError) in .next }
        case .tryStatement(let body, let handlers, let orElse, let finally):
            return tryStatement(body, handlers, orElse, finally)
        case .raise(let exception, let cause):
            return raise(exception, cause)
        case .with(let items, let body):
            return withStatement(items, block(body))
        }
    }

    /// A `def` or `class` with its decorators: the decorators evaluated first (top down),
    /// then the function or class made and handed to each, bottom up, then the name bound.
    private func decorated(_ decorators: [ExpressionNode], _ make: @escaping Evaluate, storing name: String, line definitionLine: Int) -> Execute {
        let store = storeName(name)
        guard !decorators.isEmpty else {
            return { frame throws(PythonError) in
                store(frame, try make(frame))
                return .next
            }
        }
        let evaluated = decorators.map { (expression($0), $0.location.line, Self.range(of: $0)) }
        let runtime = self.runtime
        return { frame throws(PythonError) in
            var applied: [(Value, Int, MarkedRange?)] = []
            for (evaluate, line, range) in evaluated {
                frame.line = line
                applied.append((try evaluate(frame), line, range))
            }
            frame.line = definitionLine
            var value = try make(frame)
            for (decorator, line, range) in applied.reversed() {
                frame.line = line
                do throws(PythonError) {
                    value = try runtime.call(decorator, Arguments([value]))
                } catch {
                    throw error.marked(frame, range)
                }
            }
            store(frame, value)
            return .next
        }
    }

    /// `with a as x, b: body` as nested `with` statements (PEP 343): `__enter__`'s value
    /// bound to the target; on leaving the body `__exit__(None, None, None)`, or with the
    /// exception, which a true result suppresses.
    private func withStatement(_ items: [WithItem], _ body: @escaping Execute) -> Execute {
        guard let item = items.first else { return body }
        let inner = items.count > 1 ? withStatement(Array(items.dropFirst()), body) : body
        let context = expression(item.context)
        let range = Self.range(of: item.context)
        let store = item.target.map(self.store)
        let runtime = self.runtime
        return { frame throws(PythonError) in
            let manager = try context(frame)
            let enter: Value
            let exit: Value
            do throws(PythonError) {
                (enter, exit) = try runtime.contextMethods(manager)
            } catch {
                throw error.marked(frame, range)
            }
            let value = try runtime.call(enter, Arguments([]))
            let flow: Flow
            do throws(PythonError) {
                try store?(frame, value)
                flow = try inner(frame)
            } catch {
                let exception = error.exception
                exception.passThrough(frame)
                runtime.handling.append(exception)
                defer { runtime.handling.removeLast() }
                let suppress: Value
                do throws(PythonError) {
                    suppress = try runtime.call(exit, Arguments([.object(exception.type), .object(exception), .none]))
                } catch let raised {
                    if raised.exception !== exception, raised.exception.context == nil { raised.exception.context = exception }
                    throw raised
                }
                if try suppress.isTruthy() { return .next }
                throw error
            }
            _ = try runtime.call(exit, Arguments([.none, .none, .none]))
            return flow
        }
    }

    private func deletion(_ targets: [ExpressionNode]) -> Execute {
        let deletes = targets.map(delete)
        return { frame throws(PythonError) in
            for run in deletes { _ = try run(frame) }
            return .next
        }
    }

    /// An expression's truth value.
    func truth(_ test: ExpressionNode) -> (Frame) throws(PythonError) -> Bool {
        let evaluate = expression(test)
        return { frame throws(PythonError) in
            let value = try evaluate(frame)
            if case .bool(let flag) = value { return flag }
            return try value.isTruthy()
        }
    }

    private func augmentedAssignment(_ target: ExpressionNode, _ operation: BinaryOperator, _ value: ExpressionNode) -> Execute {
        let evaluate = expression(value)
        switch target.kind {
        case .subscript(let container, let index):
            let evaluateContainer = expression(container)
            let evaluateIndex = expression(index)
            return { frame throws(PythonError) in
                let containerValue = try evaluateContainer(frame)
                let indexValue = try evaluateIndex(frame)
                let current = try Operators.getItem(containerValue, indexValue)
                let result = try Operators.inPlace(operation, current, try evaluate(frame))
                try Operators.setItem(containerValue, indexValue, result)
                return .next
            }
        case .attribute(let object, let attribute):
            let evaluateObject = expression(object)
            let runtime = self.runtime
            return { frame throws(PythonError) in
                let objectValue = try evaluateObject(frame)
                let current = try runtime.getAttribute(objectValue, attribute)
                try runtime.setAttribute(objectValue, attribute, try Operators.inPlace(operation, current, try evaluate(frame)))
                return .next
            }
        default:
            let load = expression(target)
            let store = self.store(target)
            return { frame throws(PythonError) in
                let current = try load(frame)
                try store(frame, try Operators.inPlace(operation, current, try evaluate(frame)))
                return .next
            }
        }
    }

    private func whileLoop(_ test: ExpressionNode, _ body: [StatementNode], _ orElse: [StatementNode]) -> Execute {
        let condition = truth(test)
        let run = block(body)
        let otherwise = block(orElse)
        let runtime = self.runtime
        let line = test.location.line
        // Ctrl-C in a busy loop: CPython notices it where the loop jumps back, reported at
        // the `while` line, the test underlined unless it is a constant.
        var range = Self.range(of: test)
        if case .constant = test.kind { range = nil }
        let testRange = range
        return { frame throws(PythonError) in
            while try condition(frame) {
                do throws(PythonError) {
                    try runtime.tick()
                } catch {
                    frame.line = line
                    throw error.marked(frame, testRange)
                }
                switch try run(frame) {
                case .breakLoop: return .next
                case .returnValue(let value): return .returnValue(value)
                case .next, .continueLoop: continue
                }
            }
            return try otherwise(frame)
        }
    }

    private func forLoop(_ target: ExpressionNode, _ iterable: ExpressionNode, _ body: [StatementNode], _ orElse: [StatementNode]) -> Execute {
        let evaluate = expression(iterable)
        let store = self.store(target)
        let run = block(body)
        let otherwise = block(orElse)
        let runtime = self.runtime
        return { frame throws(PythonError) in
            let sequence = try evaluate(frame)
            // Ranges and lists step without an iterator object.
            if case .object(let range as RangeObject) = sequence {
                var current = range.start
                while range.step > 0 ? current < range.stop : current > range.stop {
                    try runtime.tick()
                    try store(frame, .int(current))
                    current += range.step
                    switch try run(frame) {
                    case .breakLoop: return .next
                    case .returnValue(let value): return .returnValue(value)
                    case .next, .continueLoop: continue
                    }
                }
                return try otherwise(frame)
            }
            let iterator = try Iteration.iterator(sequence)
            while let item = try iterator.next() {
                try runtime.tick()
                try store(frame, item)
                switch try run(frame) {
                case .breakLoop: return .next
                case .returnValue(let value): return .returnValue(value)
                case .next, .continueLoop: continue
                }
            }
            return try otherwise(frame)
        }
    }

    private func raise(_ exception: ExpressionNode?, _ cause: ExpressionNode?) -> Execute {
        let runtime = self.runtime
        guard let exception else {
            return { _ throws(PythonError) in
                guard let current = runtime.handling.last else {
                    throw PythonError(ExceptionTypes.runtimeError, "No active exception to reraise")
                }
                throw PythonError(current)
            }
        }
        let evaluate = expression(exception)
        let evaluateCause = cause.map(expression)
        return { frame throws(PythonError) in
            let raised = try runtime.exceptionInstance(try evaluate(frame), context: "exceptions must derive from BaseException")
            if let evaluateCause {
                let causeValue = try evaluateCause(frame)
                if case .none = causeValue {
                    raised.cause = nil
                } else {
                    raised.cause = try runtime.exceptionInstance(causeValue, context: "exception causes must derive from BaseException")
                }
                raised.suppressContext = true
            }
            throw PythonError(raised)
        }
    }

    private func tryStatement(
        _ body: [StatementNode], _ handlers: [ExceptHandler], _ orElse: [StatementNode], _ finally: [StatementNode]
    ) -> Execute {
        let run = block(body)
        let otherwise = block(orElse)
        let cleanup = block(finally)
        let runtime = self.runtime
        let compiledHandlers = handlers.map { handler in
            (
                type: handler.type.map(expression),
                store: handler.name.map(storeName),
                unbind: handler.name.map { delete(ExpressionNode(.name($0), at: handler.location)) },
                body: block(handler.body),
                line: handler.location.line
            )
        }
        let guarded: Execute = { frame throws(PythonError) in
            let flow: Flow
            do throws(PythonError) {
                flow = try run(frame)
            } catch {
                let exception = error.exception
                exception.passThrough(frame)
                for handler in compiledHandlers {
                    if let type = handler.type {
                        frame.line = handler.line
                        guard try runtime.matches(exception, try type(frame)) else { continue }
                    }
                    handler.store?(frame, .object(exception))
                    runtime.handling.append(exception)
                    defer {
                        runtime.handling.removeLast()
                        if let unbind = handler.unbind { _ = try? unbind(frame) }
                    }
                    do throws(PythonError) {
                        return try handler.body(frame)
                    } catch {
                        if error.exception !== exception, error.exception.context == nil {
                            error.exception.context = exception
                        }
                        throw error
                    }
                }
                throw error
            }
            if case .next = flow { return try otherwise(frame) }
            return flow
        }
        guard !finally.isEmpty else { return guarded }
        return { frame throws(PythonError) in
            let flow: Flow
            do throws(PythonError) {
                flow = try guarded(frame)
            } catch {
                let cleanupFlow = try cleanup(frame)
                if case .next = cleanupFlow { throw error }
                return cleanupFlow
            }
            let cleanupFlow = try cleanup(frame)
            if case .next = cleanupFlow { return flow }
            return cleanupFlow
        }
    }

    private func importModules(_ modules: [(module: String, alias: String?)]) -> Execute {
        let runtime = self.runtime
        let steps = modules.map { entry -> (String, String?, (Frame, Value) -> Void) in
            let bound = entry.alias ?? String(entry.module.split(separator: ".")[0])
            return (entry.module, entry.alias, storeName(bound))
        }
        return { frame throws(PythonError) in
            for (module, alias, store) in steps {
                let imported = try runtime.importModule(module)
                if alias != nil {
                    store(frame, imported)
                } else {
                    store(frame, try runtime.importModule(String(module.split(separator: ".")[0])))
                }
            }
            return .next
        }
    }

    private func importFrom(_ module: String, _ names: [(name: String, alias: String?)]) -> Execute {
        let runtime = self.runtime
        let steps = names.map { entry in (entry.name, storeName(entry.alias ?? entry.name)) }
        return { frame throws(PythonError) in
            let imported = try runtime.importModule(module)
            for (name, store) in steps {
                guard case .object(let object as ModuleObject) = imported else { continue }
                if let value = object.attributes[name] {
                    store(frame, value)
                } else if let submodule = try? runtime.importModule(module + "." + name) {
                    store(frame, submodule)
                } else {
                    throw PythonError(
                        ExceptionTypes.importError, "cannot import name '\(name)' from '\(module)' (unknown location)")
                }
            }
            return .next
        }
    }
}
