import TensorCore

extension JaxArrayObject: JaxOperand, SubscriptCapable, AttributeCapable {
    func getItem(_ index: Value) throws(PythonError) -> Value {
        let components = try ArrayObject.index(index)
        let result = try JaxBridge.run { () throws(TensorError) in try array.jaxAtGet(components) }
        return JaxBridge.wrap(result, weak: isWeak)
    }

    func setItem(_ index: Value, _ value: Value) throws(PythonError) {
        throw .typeError(NDArray.jaxImmutableAssignmentMessage)
    }

    func attribute(_ name: String, runtime: Runtime) throws(PythonError) -> Value? {
        if let basic = NumPyBridge.basicAttribute(name, of: array) { return basic }
        switch name {
        case "weak_type": return .bool(isWeak)
        case "T": return JaxBridge.wrap(try JaxBridge.run { () throws(TensorError) in try array.transposed().copy() }, weak: isWeak)
        case "at": return .object(AtIndexer(self))
        case "block_until_ready": return .object(BuiltinFunction(name) { _ throws(PythonError) in .object(self) })
        case "item": return .object(BuiltinFunction(name) { _ throws(PythonError) in
            NumPyScalar.python(try JaxBridge.run { () throws(TensorError) in try self.array.item() })
        })
        case "tolist": return .object(BuiltinFunction(name) { _ throws(PythonError) in try ArrayObject.toList(self.array) })
        case "astype": return .object(BuiltinFunction(name) { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "astype")
            guard let dtype = try NumPyBridge.dtype(arguments.positional[0]) else { throw .typeError("astype() needs a dtype") }
            return JaxBridge.wrap(try JaxBridge.run { () throws(TensorError) in try self.array.astype(JAXPromotion.canonical(dtype)) })
        })
        case "all", "any": return .object(BuiltinFunction(name) { arguments throws(PythonError) in
            let axes = try NumPyBridge.axes(arguments.positional.first ?? arguments.keyword("axis"))
            let keepdims = try arguments.keyword("keepdims")?.isTruthy() ?? false
            return JaxBridge.wrap(try JaxBridge.run { () throws(TensorError) in
                name == "all" ? try self.array.all(axis: axes, keepdims: keepdims) : try self.array.any(axis: axes, keepdims: keepdims)
            })
        })
        case "reshape": return .object(BuiltinFunction(name) { arguments throws(PythonError) in
            let shape = try ArrayMethods.shapeArguments(arguments)
            return JaxBridge.wrap(try JaxBridge.run { () throws(TensorError) in try self.array.reshaped(shape).copy() }, weak: self.isWeak)
        })
        default: break
        }
        guard JaxReductions.names.contains(name) else { return nil }
        return .object(BuiltinFunction(name) { arguments throws(PythonError) in
            try JaxReductions.reduce(name, .object(self), arguments)
        })
    }

    func setAttribute(_ name: String, _ value: Value) throws(PythonError) -> Bool { false }
}

/// `x.at`: indexed to give the functional updates `x.at[i].set(v)`, `.add`, `.multiply`,
/// `.min`, `.max` and `.get()`.
final class AtIndexer: PyObject, SubscriptCapable, CustomRepresentable {
    let target: JaxArrayObject
    init(_ target: JaxArrayObject) { self.target = target }
    override var typeName: String { "_IndexUpdateHelper" }
    func pythonRepr() throws(PythonError) -> String { "_IndexUpdateHelper(\(try target.pythonRepr()))" }

    func getItem(_ index: Value) throws(PythonError) -> Value {
        .object(AtReference(target, try ArrayObject.index(index)))
    }

    func setItem(_ index: Value, _ value: Value) throws(PythonError) {
        throw .typeError("'_IndexUpdateHelper' object does not support item assignment")
    }
}

/// `x.at[i]`.
final class AtReference: PyObject, AttributeCapable, CustomRepresentable {
    let target: JaxArrayObject
    let index: [ArrayIndex]
    init(_ target: JaxArrayObject, _ index: [ArrayIndex]) {
        self.target = target
        self.index = index
    }
    override var typeName: String { "_IndexUpdateRef" }
    func pythonRepr() throws(PythonError) -> String { "_IndexUpdateRef(\(try target.pythonRepr()))" }

    func attribute(_ name: String, runtime: Runtime) throws(PythonError) -> Value? {
        let (target, index) = (self.target, self.index)
        if name == "get" {
            return .object(BuiltinFunction(name) { _ throws(PythonError) in
                JaxBridge.wrap(try JaxBridge.run { () throws(TensorError) in try target.array.jaxAtGet(index) }, weak: target.isWeak)
            })
        }
        guard let update = JAXUpdate(rawValue: name) else { return nil }
        return .object(BuiltinFunction(name) { arguments throws(PythonError) in
            try arguments.expectCount(1...1, name)
            let operand: Operand
            switch try JaxInput(arguments.positional[0]) {
            case .array(let array, _): operand = .array(array)
            case .scalar(let scalar): operand = .scalar(scalar)
            case .tracer: throw .typeError(".at[] updates with traced values are not supported in course cells")
            }
            return JaxBridge.wrap(try JaxBridge.run { () throws(TensorError) in try target.array.jaxAtUpdated(index, update, operand) }, weak: target.isWeak)
        })
    }

    func setAttribute(_ name: String, _ value: Value) throws(PythonError) -> Bool { false }
}
