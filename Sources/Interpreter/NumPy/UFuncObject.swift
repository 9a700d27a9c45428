import TensorCore

/// A NumPy ufunc (`np.add`): callable, with `reduce`, `accumulate`, `outer`, `at` and `reduceat`.
final class UFuncObject: PyObject, CallCapable, CustomRepresentable, AttributeCapable {
    let function: UFunc
    init(_ function: UFunc) { self.function = function }
    override var typeName: String { "ufunc" }
    override var pythonType: TypeObject { NumPyTypes.ufunc }

    func pythonRepr() throws(PythonError) -> String { "<ufunc '\(function.name)'>" }

    func call(_ arguments: Arguments, runtime: Runtime) throws(PythonError) -> Value {
        try arguments.allowOnly(["out", "dtype", "where", "casting"], function: function.name)
        guard arguments.positional.count == function.arity else {
            throw .typeError(function.wrongArgumentCountMessage(given: arguments.positional.count))
        }
        var operands: [Operand] = []
        for value in arguments.positional { operands.append(try NumPyBridge.operand(value)) }
        var out: NDArray?
        if let target = arguments.keyword("out"), !target.isNoneValue {
            if case .tuple(let items) = target, let first = items.first { out = try NumPyBridge.array(first) } else { out = try NumPyBridge.array(target) }
        }
        let result = try NumPyBridge.run { () throws(TensorError) in try function.apply(operands, out: out) }
        if out != nil, let target = arguments.keyword("out") {
            if case .tuple(let items) = target { return items[0] }
            return target
        }
        return NumPyBridge.wrap(result)
    }

    func attribute(_ name: String, runtime: Runtime) throws(PythonError) -> Value? {
        let function = self.function
        switch name {
        case "__name__": return .string(function.name)
        case "nin": return .int(function.arity)
        case "nout": return .int(1)
        case "reduce":
            return .object(BuiltinFunction("reduce") { arguments throws(PythonError) in
                try arguments.allowOnly(["axis", "dtype", "keepdims", "initial"], function: "reduce")
                let array = try NumPyBridge.array(arguments.positional[0])
                let axisValue = arguments.positional.count > 1 ? arguments.positional[1] : arguments.keyword("axis") ?? .int(0)
                let axes = try NumPyBridge.axes(axisValue)
                let keepdims = try arguments.keyword("keepdims")?.isTruthy() ?? false
                let dtype = try NumPyBridge.dtype(arguments.keyword("dtype"))
                let initial = try arguments.keyword("initial").flatMap { v throws(PythonError) in try NumPyBridge.scalar(v) }
                return NumPyBridge.wrap(try NumPyBridge.run { () throws(TensorError) in
                    try function.reduce(array, axis: axes, dtype: dtype, keepdims: keepdims, initial: initial)
                })
            })
        case "accumulate":
            return .object(BuiltinFunction("accumulate") { arguments throws(PythonError) in
                let array = try NumPyBridge.array(arguments.positional[0])
                let axisValue = arguments.positional.count > 1 ? arguments.positional[1] : arguments.keyword("axis") ?? .int(0)
                let axis = try NumPyBridge.axes(axisValue)?.first ?? 0
                let dtype = try NumPyBridge.dtype(arguments.keyword("dtype"))
                return NumPyBridge.wrapArray(try NumPyBridge.run { () throws(TensorError) in try function.accumulate(array, axis: axis, dtype: dtype) })
            })
        case "outer":
            return .object(BuiltinFunction("outer") { arguments throws(PythonError) in
                try arguments.expectCount(2...2, "outer")
                let a = try NumPyBridge.operand(arguments.positional[0])
                let b = try NumPyBridge.operand(arguments.positional[1])
                return NumPyBridge.wrap(try NumPyBridge.run { () throws(TensorError) in try function.outer(a, b) })
            })
        case "at":
            return .object(BuiltinFunction("at") { arguments throws(PythonError) in
                try arguments.expectCount(2...3, "at")
                let array = try NumPyBridge.array(arguments.positional[0])
                var indices: [Int] = []
                for value in try Iteration.values(arguments.positional[1]) {
                    guard let index = try Operators.index(value, for: "at") else { throw .typeError("indices must be integers") }
                    indices.append(index)
                }
                let value = arguments.positional.count > 2 ? try NumPyBridge.operand(arguments.positional[2]) : nil
                try NumPyBridge.run { () throws(TensorError) in try function.at(array, indices: indices, value) }
                return .none
            })
        case "reduceat":
            return .object(BuiltinFunction("reduceat") { arguments throws(PythonError) in
                let array = try NumPyBridge.array(arguments.positional[0])
                var indices: [Int] = []
                for value in try Iteration.values(arguments.positional[1]) {
                    guard let index = try Operators.index(value, for: "reduceat") else { throw .typeError("indices must be integers") }
                    indices.append(index)
                }
                let axisValue = arguments.positional.count > 2 ? arguments.positional[2] : arguments.keyword("axis") ?? .int(0)
                let axis = try NumPyBridge.axes(axisValue)?.first ?? 0
                return NumPyBridge.wrapArray(try NumPyBridge.run { () throws(TensorError) in try function.reduceat(array, indices: indices, axis: axis) })
            })
        default:
            return nil
        }
    }

    func setAttribute(_ name: String, _ value: Value) throws(PythonError) -> Bool { false }
}
