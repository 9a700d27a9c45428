import TensorCore
@_spi(Fusion) import TensorCore

/// The graph a function is being traced into. Tracers refer to it; only one trace writes
/// to it, on one thread.
public final class TraceContext: @unchecked Sendable {
    private(set) var graph: Graph
    /// The traced function's name, for error messages.
    let functionName: String
    /// Where the function was defined (`cell.py:2`) and its parameters' names, when known:
    /// JAX's tracer errors name both.
    let origin: String?
    let parameterNames: [String]?

    init(semantics: FusionSemantics, functionName: String, origin: String? = nil, parameterNames: [String]? = nil) {
        graph = Graph(semantics: semantics)
        self.functionName = functionName
        self.origin = origin
        self.parameterNames = parameterNames
    }

    /// The positions of the parameters a node's value depends on, in order.
    func parameterPositions(feeding id: NodeID) -> [Int] {
        var positions: Set<Int> = []
        var seen: Set<Int> = []
        var pending = [id]
        while let next = pending.popLast() {
            guard seen.insert(next.index).inserted else { continue }
            if case .parameter(let position) = graph[next].operation { positions.insert(position) }
            pending += graph[next].operands
        }
        return positions.sorted()
    }

    /// JAX's sentence on where a traced value came from: the function, where it was
    /// defined, and the arguments the value depends on.
    func tracingSentence(for id: NodeID) -> String {
        var text = "The error occurred while tracing the function \(functionName)\(origin.map { " at " + $0 } ?? "") for jit. "
        let names = parameterPositions(feeding: id).map { position in
            parameterNames.flatMap { position < $0.count ? $0[position] : nil } ?? "args[\(position)]"
        }
        switch names.count {
        case 0: text += "This value became a tracer due to JAX operations on these lines."
        case 1: text += "This concrete value was not available in Python because it depends on the value of the argument \(names[0])."
        case 2: text += "This concrete value was not available in Python because it depends on the values of the arguments \(names[0]) and \(names[1])."
        default:
            text += "This concrete value was not available in Python because it depends on the values of the arguments "
                + names.dropLast().joined(separator: ", ") + ", and \(names.last!)."
        }
        return text
    }

    var semantics: FusionSemantics { graph.semantics }

    func type(of id: NodeID) -> ValueType { graph[id].type }

    func parameter(_ position: Int, type: ValueType) -> NodeID {
        graph.append(Node(operation: .parameter(position), operands: [], type: type))
    }

    func constant(_ array: NDArray, weak: Bool = false) -> NodeID {
        graph.append(Node(operation: .constant(Constant(array)), operands: [], type: ValueType(dtype: array.dtype, shape: array.shape, isWeak: weak)))
    }

    func setOutputs(_ outputs: [NodeID]) {
        graph.outputs = outputs
    }

    /// Records an elementwise call with the semantics' type rules, converting operands to
    /// the loop type and Python scalars to constants of it first, as the eager call does.
    func elementwise(_ function: UFunc, _ operands: [TraceOperand]) throws(TensorError) -> NodeID {
        let types: [OperandType] = operands.map { operand in
            switch operand {
            case .tracer(let tracer):
                let type = tracer.type
                return .array(type.dtype, weak: type.isWeak, shape: type.shape)
            case .scalar(let scalar):
                return .scalar(scalar)
            }
        }
        let signature = try semantics.isJAX
            ? function.jaxSignature(types, x64: semantics.x64)
            : function.numpySignature(types)
        var ids: [NodeID] = []
        for operand in operands {
            switch operand {
            case .tracer(let tracer):
                try checkContext(of: tracer)
                var id = tracer.id
                if tracer.type.dtype != signature.loop {
                    id = convert(id, to: signature.loop)
                }
                if semantics.isJAX, signature.integerExponent == nil {
                    id = promoteRank(id, to: signature.shape.count)
                }
                ids.append(id)
            case .scalar(let scalar):
                // `x ** n` keeps `n` in the operation; other scalars become constants.
                if signature.integerExponent != nil { continue }
                ids.append(constant(try NDArray.scalarArray(scalar, dtype: signature.loop), weak: true))
            }
        }
        let type = ValueType(dtype: signature.output, shape: signature.shape, isWeak: signature.isWeak)
        return graph.append(Node(operation: .elementwise(function, signature: signature), operands: ids, type: type))
    }

    /// `convert_element_type`: the value in `dtype` (strong), or the value itself when it has it.
    func convert(_ id: NodeID, to dtype: DType) -> NodeID {
        let type = graph[id].type
        if type.dtype == dtype, !type.isWeak { return id }
        return graph.append(Node(operation: .convert, operands: [id], type: ValueType(dtype: dtype, shape: type.shape)))
    }

    /// JAX's rank promotion: a lower-rank array gets leading axes of length 1 (`broadcast_in_dim`).
    private func promoteRank(_ id: NodeID, to rank: Int) -> NodeID {
        let type = graph[id].type
        guard type.shape.count > 0, type.shape.count < rank else { return id }
        let missing = rank - type.shape.count
        let shape = Array(repeating: 1, count: missing) + type.shape
        let dimensions = Array(missing..<rank)
        return graph.append(Node(
            operation: .broadcast(dimensions: dimensions), operands: [id],
            type: ValueType(dtype: type.dtype, shape: shape, isWeak: type.isWeak)))
    }

    /// `broadcast_to`: the value stretched to `shape`, with the semantics' message when it cannot be.
    func broadcast(_ id: NodeID, to shape: [Int]) throws(TensorError) -> NodeID {
        let type = graph[id].type
        if type.shape == shape { return id }
        guard shape.count >= type.shape.count,
            zip(type.shape.reversed(), shape.reversed()).allSatisfy({ $0 == $1 || $0 == 1 })
        else {
            throw TensorError(
                .valueError,
                semantics.isJAX
                    ? "Incompatible shapes for broadcasting: \(pythonTuple(type.shape)) and requested shape \(pythonTuple(shape))"
                    : "operands could not be broadcast together with remapped shapes [original->remapped]: "
                        + "\(pythonTuple(type.shape))  and requested shape \(pythonTuple(shape))")
        }
        let missing = shape.count - type.shape.count
        return graph.append(Node(
            operation: .broadcast(dimensions: Array(missing..<shape.count)), operands: [id],
            type: ValueType(dtype: type.dtype, shape: shape, isWeak: type.isWeak)))
    }

    /// A reduction over `axes` (every axis when nil), in the dtype the semantics give it.
    func reduce(_ operation: Reduction, _ id: NodeID, axes: [Int]?, keepdims: Bool) throws(TensorError) -> NodeID {
        let type = graph[id].type
        let normalized = try NDArray.reductionAxes(axes, ndim: type.shape.count)
        if operation == .maximum || operation == .minimum, normalized.contains(where: { type.shape[$0] == 0 }) {
            throw TensorError(.valueError, "zero-size array to reduction operation \(operation.name) which has no identity")
        }
        let dtype = reductionType(operation, type.dtype)
        let input = convert(id, to: dtype)
        let shape = keepdims
            ? type.shape.indices.map { normalized.contains($0) ? 1 : type.shape[$0] }
            : type.shape.indices.filter { !normalized.contains($0) }.map { type.shape[$0] }
        return graph.append(Node(
            operation: .reduce(operation, axes: normalized, keepdims: keepdims), operands: [input],
            type: ValueType(dtype: dtype, shape: shape, isWeak: type.isWeak && dtype == type.dtype)))
    }

    /// The dtype a reduction accumulates in: NumPy's accumulator types, or JAX's (booleans
    /// and narrow integers widen to the default integer of their signedness).
    private func reductionType(_ operation: Reduction, _ dtype: DType) -> DType {
        guard semantics.isJAX else { return operation.accumulatorType(for: dtype) }
        let canonical = JAXPromotion.canonical(dtype, x64: semantics.x64)
        guard operation == .add || operation == .multiply else { return canonical }
        let (signed, unsigned): (DType, DType) = semantics.x64 ? (.int64, .uint64) : (.int32, .uint32)
        switch canonical {
        case .bool, .int8, .int16: return signed
        case .uint8, .uint16: return unsigned
        default: return canonical
        }
    }

    /// Refuses a tracer from another trace (JAX's leaked-tracer error, in short).
    func checkContext(of tracer: Tracer) throws(TensorError) {
        guard tracer.context === self else {
            throw TensorError(
                .typeError,
                "Encountered an unexpected tracer. A function transformed by JAX had a side effect, "
                    + "allowing a tracer from one trace to escape into another.")
        }
    }
}

/// A shape as Python prints a tuple: `(3,)`, `(2, 3)`.
func pythonTuple(_ values: [Int]) -> String {
    "(" + values.map(String.init).joined(separator: ", ") + (values.count == 1 ? ",)" : ")")
}
