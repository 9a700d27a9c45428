import TensorCore

/// Rewrites a traced graph into an equivalent smaller one: operations on constants are
/// computed once (constant folding), identical operations on identical operands are kept
/// once (common subexpressions), and nodes no output needs are dropped. Every rewrite
/// keeps the values exactly: folded nodes are computed by the same eager kernels.
enum Optimizer {
    static func optimize(_ graph: Graph) throws(TensorError) -> Graph {
        var result = Graph(semantics: graph.semantics)
        var replacement: [NodeID] = []
        var existing: [Node: NodeID] = [:]
        for node in graph.nodes {
            var rewritten = node
            rewritten.operands = node.operands.map { replacement[$0.index] }
            if !rewritten.operands.isEmpty, rewritten.operands.allSatisfy({ result[$0].isConstant }) {
                let inputs = rewritten.operands.map { id -> NDArray in
                    if case .constant(let constant) = result[id].operation { return constant.array }
                    preconditionFailure("operand is not a constant")
                }
                let value = try rewritten.evaluate(inputs, semantics: graph.semantics)
                rewritten = Node(operation: .constant(Constant(value)), operands: [], type: rewritten.type)
            }
            if case .parameter = rewritten.operation {
                replacement.append(result.append(rewritten))
            } else if let id = existing[rewritten] {
                replacement.append(id)
            } else {
                let id = result.append(rewritten)
                existing[rewritten] = id
                replacement.append(id)
            }
        }
        result.outputs = graph.outputs.map { replacement[$0.index] }
        return removingUnused(result)
    }

    /// The graph without nodes that no output depends on (parameters always stay).
    private static func removingUnused(_ graph: Graph) -> Graph {
        var needed = Set(graph.outputs)
        for node in graph.nodes.indices.reversed() where needed.contains(NodeID(index: node)) {
            needed.formUnion(graph.nodes[node].operands)
        }
        var result = Graph(semantics: graph.semantics)
        var renumbered: [NodeID: NodeID] = [:]
        for (index, node) in graph.nodes.enumerated() {
            let id = NodeID(index: index)
            var isParameter = false
            if case .parameter = node.operation { isParameter = true }
            guard needed.contains(id) || isParameter else { continue }
            var kept = node
            kept.operands = node.operands.map { renumbered[$0]! }
            renumbered[id] = result.append(kept)
        }
        result.outputs = graph.outputs.map { renumbered[$0]! }
        return result
    }
}

extension Node {
    var isConstant: Bool {
        if case .constant = operation { return true }
        return false
    }

    var isParameter: Bool {
        if case .parameter = operation { return true }
        return false
    }
}
