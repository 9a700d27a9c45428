import TensorCore
@_spi(Fusion) import TensorCore

extension Node {
    /// The node computed eagerly from its operands' values, as the step-by-step (unfused)
    /// calls compute it. Parameters and constants are not computed here.
    func evaluate(_ inputs: [NDArray], semantics: FusionSemantics) throws(TensorError) -> NDArray {
        switch operation {
        case .parameter, .constant:
            preconditionFailure("parameters and constants have no operation to run")
        case .elementwise(let function, let signature):
            return try function.run(signature, jax: semantics.isJAX, inputs: inputs)
        case .convert:
            // JAX arrays have no memory order of their own: a conversion gives a C-ordered
            // array. NumPy's `astype` keeps the operand's layout.
            return try WarningLog.collecting { () throws(TensorError) -> NDArray in
                semantics.isJAX ? try inputs[0].copy(dtype: type.dtype) : try inputs[0].astype(type.dtype)
            }.value
        case .broadcast:
            return try inputs[0].broadcast(to: type.shape)
        case .reduce(let reduction, let axes, let keepdims):
            return try WarningLog.collecting { () throws(TensorError) -> NDArray in
                try inputs[0].reduce(reduction, axes: axes, dtype: type.dtype, keepdims: keepdims)
            }.value
        }
    }
}

extension Graph {
    /// Every node computed eagerly, one operation after another, each into a new array:
    /// the reference a fused plan must match byte for byte.
    public func evaluateEagerly(_ arguments: [NDArray]) throws(TensorError) -> [NDArray] {
        var values: [NDArray?] = Array(repeating: nil, count: nodes.count)
        for (index, node) in nodes.enumerated() {
            switch node.operation {
            case .parameter(let position): values[index] = arguments[position]
            case .constant(let constant): values[index] = constant.array
            default: values[index] = try node.evaluate(node.operands.map { values[$0.index]! }, semantics: semantics)
            }
        }
        return outputs.map { values[$0.index]! }
    }
}
