extension Compiler {
    /// Reads a name, with CPython's errors for unbound names (marked with `range` for
    /// the traceback).
    func load(_ name: String, range: MarkedRange? = nil) -> Evaluate {
        switch scope.access(name) {
        case .local(let slot):
            return { frame throws(PythonError) in
                guard let value = frame.locals[slot] else {
                    throw PythonError(ExceptionTypes.unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
                        .marked(frame, range)
                }
                return value
            }
        case .cell(let index):
            let isOwn = index < scope.cellNames.count
            return { frame throws(PythonError) in
                guard let value = frame.cells[index].value else {
                    if isOwn {
                        throw PythonError(ExceptionTypes.unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
                            .marked(frame, range)
                    }
                    throw PythonError(ExceptionTypes.nameError, "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
                        .marked(frame, range)
                }
                return value
            }
        case .global:
            let slot = runtime.globals.slot(name)
            let builtin = runtime.builtins[name]
            return { frame throws(PythonError) in
                if let value = frame.globals[slot: slot] { return value }
                if let builtin { return builtin }
                throw PythonError.nameError(name, in: frame).marked(frame, range)
            }
        case .classNamespace(let freeCell):
            let slot = runtime.globals.slot(name)
            let builtin = runtime.builtins[name]
            return { frame throws(PythonError) in
                if let value = frame.namespace?[name] { return value }
                if let freeCell, let value = frame.cells[freeCell].value { return value }
                if let value = frame.globals[slot: slot] { return value }
                if let builtin { return builtin }
                throw PythonError.nameError(name, in: frame).marked(frame, range)
            }
        }
    }

    /// Stores into a name.
    func storeName(_ name: String) -> (Frame, Value) -> Void {
        switch scope.access(name) {
        case .local(let slot): return { frame, value in frame.locals[slot] = value }
        case .cell(let index): return { frame, value in frame.cells[index].value = value }
        case .global:
            let slot = runtime.globals.slot(name)
            return { frame, value in frame.globals[slot: slot] = value }
        case .classNamespace:
            return { frame, value in frame.namespace?[name] = value }
        }
    }

    /// Stores into any assignment target: a name, an attribute, an item, or a tuple or
    /// list of targets that unpacks the value (with one starred target at most).
    func store(_ target: ExpressionNode) -> (Frame, Value) throws(PythonError) -> Void {
        switch target.kind {
        case .name(let name):
            let store = storeName(name)
            return { frame, value throws(PythonError) in store(frame, value) }
        case .attribute(let object, let attribute):
            let evaluateObject = expression(object)
            let runtime = self.runtime
            return { frame, value throws(PythonError) in
                try runtime.setAttribute(try evaluateObject(frame), attribute, value)
            }
        case .subscript(let container, let index):
            let evaluateContainer = expression(container)
            let evaluateIndex = expression(index)
            return { frame, value throws(PythonError) in
                let containerValue = try evaluateContainer(frame)
                try Operators.setItem(containerValue, try evaluateIndex(frame), value)
            }
        case .tuple(let items), .list(let items):
            return unpacking(items)
        case .starred(let inner):
            return store(inner)
        default:
            return { _, _ throws(PythonError) in throw .typeError("cannot assign") }
        }
    }

    private func unpacking(_ items: [ExpressionNode]) -> (Frame, Value) throws(PythonError) -> Void {
        let starIndex = items.firstIndex { if case .starred = $0.kind { true } else { false } }
        let stores = items.map(store)
        let count = items.count
        return { frame, value throws(PythonError) in
            guard Iteration.isIterable(value) else { throw .typeError("cannot unpack non-iterable \(value.typeName) object") }
            let values = try Iteration.values(value)
            if let starIndex {
                let after = count - starIndex - 1
                guard values.count >= count - 1 else {
                    throw .valueError("not enough values to unpack (expected at least \(count - 1), got \(values.count))")
                }
                for index in 0..<starIndex { try stores[index](frame, values[index]) }
                let middle = Array(values[starIndex..<(values.count - after)])
                try stores[starIndex](frame, .object(ListObject(middle)))
                for offset in 0..<after { try stores[starIndex + 1 + offset](frame, values[values.count - after + offset]) }
                return
            }
            guard values.count == count else {
                if values.count < count {
                    throw .valueError("not enough values to unpack (expected \(count), got \(values.count))")
                }
                throw .valueError("too many values to unpack (expected \(count))")
            }
            for (store, item) in zip(stores, values) { try store(frame, item) }
        }
    }

    /// `del target`.
    func delete(_ target: ExpressionNode) -> Execute {
        switch target.kind {
        case .name(let name):
            switch scope.access(name) {
            case .local(let slot):
                return { frame throws(PythonError) in
                    guard frame.locals[slot] != nil else {
                        throw PythonError(ExceptionTypes.unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
                    }
                    frame.locals[slot] = nil
                    return .next
                }
            case .cell(let index):
                return { frame throws(PythonError) in
                    frame.cells[index].value = nil
                    return .next
                }
            case .global:
                let slot = runtime.globals.slot(name)
                return { frame throws(PythonError) in
                    guard frame.globals[slot: slot] != nil else { throw PythonError.nameError(name, in: frame) }
                    frame.globals[slot: slot] = nil
                    return .next
                }
            case .classNamespace:
                return { frame throws(PythonError) in
                    guard frame.namespace?[name] != nil else { throw PythonError.nameError(name, in: frame) }
                    frame.namespace?[name] = nil
                    return .next
                }
            }
        case .subscript(let container, let index):
            let evaluateContainer = expression(container)
            let evaluateIndex = expression(index)
            return { frame throws(PythonError) in
                try Operators.deleteItem(try evaluateContainer(frame), try evaluateIndex(frame))
                return .next
            }
        case .attribute(let object, let attribute):
            let evaluateObject = expression(object)
            let runtime = self.runtime
            return { frame throws(PythonError) in
                try runtime.deleteAttribute(try evaluateObject(frame), attribute)
                return .next
            }
        case .tuple(let items), .list(let items):
            return block(items.map { StatementNode(.deletion([$0]), at: $0.location) })
        default:
            return { _ throws(PythonError) in .next }
        }
    }
}
