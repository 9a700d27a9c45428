import TensorCore

/// `np.linalg`: the Euclidean (and Frobenius) `norm`, the part of NumPy's linear algebra
/// module courses use to normalise vectors.
enum NumPyLinalg {
    static func make() -> ModuleObject {
        let module = ModuleObject(name: "numpy.linalg", attributes: [:])
        module.define("norm") { arguments throws(PythonError) in try norm(arguments) }
        return module
    }

    /// `norm(x, ord=None, axis=None, keepdims=False)` for `ord` None (or 2 on vectors and
    /// 'fro' on matrices), computed as NumPy computes it: integers become float64; with no
    /// axis, the square root of the flattened array's dot product with itself; along an
    /// axis, the square root of the sum of squares.
    private static func norm(_ arguments: Arguments) throws(PythonError) -> Value {
        try arguments.allowOnly(["ord", "axis", "keepdims"], function: "norm")
        try arguments.expectCount(1...3, "norm")
        var array = try NumPyBridge.array(arguments.positional[0])
        let order = arguments.positional.count > 1 ? arguments.positional[1] : arguments.keyword("ord") ?? Value.none
        let axis = arguments.positional.count > 2 ? arguments.positional[2] : arguments.keyword("axis") ?? Value.none
        let keepdims = try arguments.keyword("keepdims")?.isTruthy() ?? false
        switch order {
        case .none: break
        case .int(2) where !isPair(axis): break
        case .string("fro") where isPair(axis) || array.ndim == 2: break
        default:
            throw PythonError(
                ExceptionTypes.notImplementedError,
                "norm() with ord=\(try order.repr()) is not supported in course cells (the Euclidean norm, ord=None, is)")
        }
        if !(array.dtype.isFloatingPoint) {
            array = try NumPyBridge.run { () throws(TensorError) in try array.astype(.float64) }
        }
        if case .none = axis {
            let flat = try NumPyBridge.run { () throws(TensorError) in try array.raveled() }
            let squared = try NumPyBridge.run { () throws(TensorError) in try NDArray.dot(flat, flat) }
            var root = try NumPyBridge.run { () throws(TensorError) in try UFunc.sqrt(.array(squared)) }
            if keepdims {
                root = try NumPyBridge.run { () throws(TensorError) in try root.reshaped(Array(repeating: 1, count: array.ndim)) }
            }
            return NumPyBridge.wrap(root)
        }
        let squares = try NumPyBridge.run { () throws(TensorError) in try UFunc.multiply(.array(array), .array(array)) }
        let sum = ArrayMethods.table["sum"]!
        let total = try sum(squares, Arguments([], keywords: [("axis", axis), ("keepdims", .bool(keepdims))]))
        let summed = try NumPyBridge.array(total)
        return NumPyBridge.wrap(try NumPyBridge.run { () throws(TensorError) in try UFunc.sqrt(.array(summed)) })
    }

    private static func isPair(_ axis: Value) -> Bool {
        if case .tuple(let items) = axis { return items.count == 2 }
        return false
    }
}
