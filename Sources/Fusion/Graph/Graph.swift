import TensorCore

/// A traced function: its parameters, its operations in the order they were recorded
/// (every operand before its users) and the nodes it returns.
public struct Graph: Sendable {
    public internal(set) var nodes: [Node] = []
    public internal(set) var outputs: [NodeID] = []
    /// Whether elementwise operations follow JAX's rules (or NumPy's).
    public let semantics: FusionSemantics

    init(semantics: FusionSemantics) {
        self.semantics = semantics
    }

    public subscript(id: NodeID) -> Node { nodes[id.index] }

    /// The parameters' types, in argument order.
    public var parameterTypes: [ValueType] {
        nodes.compactMap { node in
            if case .parameter = node.operation { return node.type }
            return nil
        }
    }

    /// Appends a node and returns its id.
    mutating func append(_ node: Node) -> NodeID {
        nodes.append(node)
        return NodeID(index: nodes.count - 1)
    }
}
