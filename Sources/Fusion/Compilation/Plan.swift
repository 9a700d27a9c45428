import TensorCore
@_spi(Fusion) import TensorCore

/// A traced function compiled for one signature: the optimized graph and the stages that
/// compute its outputs. Elementwise chains run as fused loops (with a final full `sum`
/// folded into the loop); any other node runs eagerly, on arrays its operands were
/// materialized into.
public final class Plan: Sendable {
    /// The function's name, as listings and errors give it.
    public let name: String
    /// The graph as traced, before any rewrite: evaluated eagerly, the reference the plan matches.
    public let tracedGraph: Graph
    /// The graph after constant folding, common-subexpression removal and dead-code removal.
    public let graph: Graph
    let stages: [Stage]

    enum Stage: Sendable {
        /// A fused loop materializing its root.
        case loop(FusedLoop, node: NodeID)
        /// A full sum of a fused loop's value.
        case sum(FusedLoop, node: NodeID)
        /// One node computed eagerly from materialized operands.
        case eager(NodeID)
    }

    /// Compiles a traced graph.
    init(name: String, traced: Graph) throws(TensorError) {
        self.name = name
        tracedGraph = traced
        let graph = try Optimizer.optimize(traced)
        self.graph = graph
        parameterTypes = graph.parameterTypes
        parameterNodes = graph.nodes.enumerated().compactMap { index, node in
            if case .parameter(let position) = node.operation { return (index, position) }
            return nil
        }
        constantNodes = graph.nodes.enumerated().compactMap { index, node in
            if case .constant(let constant) = node.operation { return (index, constant.array) }
            return nil
        }
        stages = Self.stages(for: graph)
        direct = Self.directLoop(stages: stages, graph: graph)
        directEager = Self.directEager(stages: stages, graph: graph)
    }

    /// A plan that is one eager node of the arguments alone (`jit(jnp.sum)`): its node and
    /// the argument position of each operand, for `runDirect`.
    let directEager: (node: NodeID, positions: [Int])?

    private static func directEager(stages: [Stage], graph: Graph) -> (node: NodeID, positions: [Int])? {
        guard stages.count == 1, case .eager(let id) = stages[0], graph.outputs == [id] else { return nil }
        var positions: [Int] = []
        for operand in graph[id].operands {
            guard case .parameter(let position) = graph[operand].operation else { return nil }
            positions.append(position)
        }
        return (id, positions)
    }

    /// A plan that is one fused loop (or the full sum of one) from the arguments and
    /// constants to its only output: the common `jit` case, which `runDirect` runs without
    /// the general bookkeeping.
    /// A class, so that a call reads it through one reference rather than copying its fields.
    final class DirectLoop: Sendable {
        let loop: FusedLoop
        /// The result's shape and C-order strides, shared by every result rather than rebuilt.
        let outputLayout: ArrayLayout
        /// The output is the sum of the loop's value, of this type, rather than the value itself.
        let sum: ValueType?
        /// For each leaf of the loop, the argument position it reads, or nil for a constant.
        let leafArguments: [Int?]
        /// The accesses of the constant leaves (the plan's graph keeps their arrays alive).
        let constantAccesses: [LeafAccess?]
        /// Whether every argument has the loop's shape (so a C-contiguous one is read in place).
        let argumentsHaveLoopShape: Bool

        init(loop: FusedLoop, sum: ValueType?, leafArguments: [Int?], constantAccesses: [LeafAccess?], argumentsHaveLoopShape: Bool) {
            self.loop = loop
            self.sum = sum
            self.leafArguments = leafArguments
            self.constantAccesses = constantAccesses
            self.argumentsHaveLoopShape = argumentsHaveLoopShape
            outputLayout = ArrayLayout(contiguousShape: sum?.shape ?? loop.shape, itemSize: (sum?.dtype ?? loop.rootType).itemSize)
        }

        /// A new, uninitialised array for the result.
        func newOutput() -> NDArray {
            NDArray(sharing: outputLayout, dtype: sum?.dtype ?? loop.rootType)
        }
    }

    let direct: DirectLoop?

    private static func directLoop(stages: [Stage], graph: Graph) -> DirectLoop? {
        guard stages.count == 1 else { return nil }
        let loop: FusedLoop
        var sum: ValueType?
        switch stages[0] {
        case .loop(let fused, let id) where graph.outputs == [id]:
            loop = fused
        case .sum(let fused, let id) where graph.outputs == [id]:
            loop = fused
            sum = graph[id].type
        default:
            return nil
        }
        var leafArguments: [Int?] = []
        var constantAccesses: [LeafAccess?] = []
        for leaf in loop.leaves {
            switch graph[leaf].operation {
            case .parameter(let position):
                leafArguments.append(position)
                constantAccesses.append(nil)
            case .constant(let constant):
                leafArguments.append(nil)
                constantAccesses.append(LeafAccess(constant.array, loopShape: loop.shape))
            default:
                return nil
            }
        }
        let argumentsHaveLoopShape = graph.parameterTypes.allSatisfy { $0.shape == loop.shape }
        return DirectLoop(
            loop: loop, sum: sum, leafArguments: leafArguments, constantAccesses: constantAccesses,
            argumentsHaveLoopShape: argumentsHaveLoopShape)
    }

    /// Decides which nodes become arrays (outputs, the results of nodes a loop cannot
    /// compute and their operands) and the stage that computes each, in graph order.
    private static func stages(for graph: Graph) -> [Stage] {
        var materialized = Set(graph.outputs)
        var summed: Set<NodeID> = []
        for (index, node) in graph.nodes.enumerated() {
            let id = NodeID(index: index)
            if node.isParameter || node.isConstant || FusedLoop.isFusable(node, in: graph) { continue }
            materialized.insert(id)
            if isFusableSum(node, in: graph) {
                summed.insert(id)
            } else {
                materialized.formUnion(node.operands)
            }
        }
        var stages: [Stage] = []
        for (index, node) in graph.nodes.enumerated() {
            let id = NodeID(index: index)
            guard materialized.contains(id), !node.isParameter, !node.isConstant else { continue }
            if summed.contains(id) {
                stages.append(.sum(FusedLoop(root: node.operands[0], in: graph, boundary: materialized), node: id))
            } else if FusedLoop.isFusable(node, in: graph), !isView(node) {
                stages.append(.loop(FusedLoop(root: id, in: graph, boundary: materialized), node: id))
            } else {
                stages.append(.eager(id))
            }
        }
        return stages
    }

    /// A full `sum` a fused loop can compute: every axis, a type the block sum adds as the
    /// eager reduction does, and an operand already of that type.
    private static func isFusableSum(_ node: Node, in graph: Graph) -> Bool {
        guard case .reduce(.add, let axes, _) = node.operation else { return false }
        // A sum of an argument or a materialized value has nothing to fuse; the eager
        // reduction also follows that array's memory order, as NumPy's does.
        guard FusedLoop.isFusable(graph[node.operands[0]], in: graph) else { return false }
        let input = graph[node.operands[0]].type
        return axes.count == input.shape.count && input.dtype == node.type.dtype && BlockKernels.canSum(node.type.dtype)
    }

    /// A broadcast returned as an output is a view of its operand, as eagerly.
    private static func isView(_ node: Node) -> Bool {
        if case .broadcast = node.operation { return true }
        return false
    }

    /// The parameters' types: the signature this plan was compiled for.
    public let parameterTypes: [ValueType]
    /// Where the arguments and the constants go among the nodes.
    private let parameterNodes: [(index: Int, position: Int)]
    private let constantNodes: [(index: Int, array: NDArray)]

    /// Whether the arguments have exactly the parameters' types.
    func accepts(_ arguments: [FusionValue]) -> Bool {
        guard arguments.count == parameterTypes.count else { return false }
        for (argument, type) in zip(arguments, parameterTypes) {
            guard argument.array.dtype == type.dtype, argument.isWeak == type.isWeak, argument.array.shape == type.shape else {
                return false
            }
        }
        return true
    }

    /// The number of fused loops (including fused sums) and of eagerly computed nodes.
    public var fusedLoopCount: Int {
        stages.filter { if case .eager = $0 { false } else { true } }.count
    }

    public var eagerNodeCount: Int { stages.count - fusedLoopCount }

    /// Runs the plan on arguments of its signature.
    public func run(_ arguments: [NDArray]) throws(TensorError) -> [FusionValue] {
        var values: [NDArray?] = Array(repeating: nil, count: graph.nodes.count)
        for (index, position) in parameterNodes { values[index] = arguments[position] }
        for (index, constant) in constantNodes { values[index] = constant }
        for stage in stages {
            switch stage {
            case .loop(let loop, let id):
                let type = graph[id].type
                let output = try NDArray(dtype: type.dtype, shape: type.shape, zeroed: false)
                loop.run(accesses: accesses(of: loop, values), into: output)
                values[id.index] = output
            case .sum(let loop, let id) where !graph.semantics.isJAX && loop.leaves.contains(where: { !values[$0.index]!.isCContiguous }):
                // NumPy lays intermediates out like their operands and sums them in memory
                // order: with arguments out of C order, only the eager steps give its bits.
                for member in loop.members {
                    let node = graph[member]
                    values[member.index] = try node.evaluate(node.operands.map { values[$0.index]! }, semantics: graph.semantics)
                }
                let node = graph[id]
                values[id.index] = try node.evaluate(node.operands.map { values[$0.index]! }, semantics: graph.semantics)
            case .sum(let loop, let id):
                let type = graph[id].type
                let output = try NDArray(dtype: type.dtype, shape: type.shape, zeroed: false)
                loop.sum(accesses: accesses(of: loop, values), into: output)
                values[id.index] = output
            case .eager(let id):
                let node = graph[id]
                values[id.index] = try node.evaluate(node.operands.map { values[$0.index]! }, semantics: graph.semantics)
            }
        }
        return graph.outputs.map { FusionValue(values[$0.index]!, isWeak: graph[$0].type.isWeak) }
    }

    /// The only output of a one-node plan, or of a one-loop (or one-sum) plan whose
    /// arguments are C-contiguous, computed with
    /// no per-node bookkeeping; nil when the plan or the arguments need the general `run`.
    /// The arguments must have the plan's parameter types (`accepts`).
    func runDirect(_ arguments: [NDArray]) throws(TensorError) -> NDArray? {
        if let (id, positions) = directEager {
            return try graph[id].evaluate(positions.map { arguments[$0] }, semantics: graph.semantics)
        }
        guard let direct, direct.argumentsHaveLoopShape else { return nil }
        // By index: the arguments are read in place, not copied (four reference counts each).
        for index in arguments.indices where !arguments[index].isCContiguous { return nil }
        let loop = direct.loop
        var accesses: [LeafAccess] = []
        accesses.reserveCapacity(loop.leaves.count)
        for (leaf, position) in direct.leafArguments.enumerated() {
            if let position {
                accesses.append(LeafAccess(
                    base: UnsafeRawPointer(arguments[position].buffer.base + arguments[position].offset),
                    itemSize: arguments[position].itemSize,
                    layout: loop.count == 1 ? .repeated : .contiguous))
            } else {
                accesses.append(direct.constantAccesses[leaf]!)
            }
        }
        let output = direct.newOutput()
        if direct.sum != nil {
            loop.sum(accesses: accesses, into: output)
        } else {
            loop.run(accesses: accesses, into: output)
        }
        withExtendedLifetime(arguments) {}
        return output
    }

    /// How the loop reads each of its leaves in this call (the arrays stay in `values`
    /// until the call returns).
    private func accesses(of loop: FusedLoop, _ values: [NDArray?]) -> [LeafAccess] {
        loop.leaves.map { leaf in LeafAccess(values[leaf.index]!, loopShape: loop.shape) }
    }
}

/// An array with JAX's weak-type flag: an argument to or a result of a compiled function.
public struct FusionValue: Sendable {
    public var array: NDArray
    /// Whether the value is weakly typed (a Python scalar's type, in JAX's terms).
    public var isWeak: Bool

    public init(_ array: NDArray, isWeak: Bool = false) {
        self.array = array
        self.isWeak = isWeak
    }

    /// The value's type, as a signature records it.
    public var type: ValueType { ValueType(dtype: array.dtype, shape: array.shape, isWeak: isWeak) }
}
