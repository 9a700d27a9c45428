import TensorCore
@_spi(Fusion) import TensorCore

/// A chain of elementwise operations compiled into one loop over blocks of the result:
/// each block of every intermediate value lives in a small scratch buffer that stays in
/// cache, so no full-size temporary is ever allocated.
///
/// Every step runs the eager kernel of its operation on the block, in the same dtypes
/// and the same order, so the result has the bytes eager evaluation gives it. Broadcast
/// operands are read through their broadcast strides; a value that is the same at every
/// position (a scalar) is computed once per block.
final class FusedLoop: Sendable {
    /// Elements per block: small enough for a block of every live value to stay in the
    /// L1/L2 caches, large enough that the per-block dispatch is a few per cent of the work.
    static let blockElements = 2048

    /// Where a step reads a value from.
    enum Reference: Hashable, Sendable {
        case leaf(Int)
        case step(Int)
    }

    /// What a step computes.
    enum Kind: Sendable {
        case elementwise(UFunc, jax: Bool, loop: DType)
        case integerPower(DType, exponent: Int64)
        case convert(from: DType, to: DType)
    }

    struct Step: Sendable {
        var node: NodeID
        var kind: Kind
        var inputs: [Reference]
        var dtype: DType
        /// The scratch slot the step writes when it is not the root written to the result.
        var slot: Int
    }

    /// The shape the loop runs over (the root's shape) and its element count.
    let shape: [Int]
    let count: Int
    /// Values read from outside the loop: parameters, constants, materialized nodes.
    let leaves: [NodeID]
    let leafTypes: [DType]
    let steps: [Step]
    /// The loop's value: the last step, or a leaf when the loop has no steps.
    let root: Reference
    let rootType: DType
    /// Every node the loop computes, broadcasts included, in graph order.
    let members: [NodeID]
    /// Scratch slots the steps need (leaf gathers use their own, after these).
    let slotCount: Int

    /// Compiles the loop computing `root` of `graph`, stopping at nodes in `boundary`
    /// (their values are read as leaves), at parameters and at constants.
    init(root rootID: NodeID, in graph: Graph, boundary: Set<NodeID>) {
        var leaves: [NodeID] = []
        var members: Set<NodeID> = []
        func collect(_ id: NodeID) {
            if members.contains(id) || leaves.contains(id) { return }
            let node = graph[id]
            if (id != rootID && boundary.contains(id)) || !node.operation.isElementwise {
                leaves.append(id)
                return
            }
            members.insert(id)
            node.operands.forEach(collect)
        }
        collect(rootID)
        leaves.sort()
        var references: [NodeID: Reference] = [:]
        for (index, leaf) in leaves.enumerated() { references[leaf] = .leaf(index) }
        var steps: [Step] = []
        for id in members.sorted() {
            let node = graph[id]
            let inputs = node.operands.map { references[$0]! }
            let kind: Kind
            switch node.operation {
            case .broadcast:
                // Every position reads its operand through broadcast strides: nothing to compute.
                references[id] = inputs[0]
                continue
            case .convert:
                kind = .convert(from: graph[node.operands[0]].type.dtype, to: node.type.dtype)
            case .elementwise(let function, let signature):
                if let exponent = signature.integerExponent {
                    kind = .integerPower(signature.loop, exponent: exponent)
                } else {
                    kind = .elementwise(function, jax: graph.semantics.isJAX, loop: signature.loop)
                }
            default:
                preconditionFailure("not an elementwise node")
            }
            references[id] = .step(steps.count)
            steps.append(Step(node: id, kind: kind, inputs: inputs, dtype: node.type.dtype, slot: 0))
        }
        self.members = members.sorted()
        self.shape = graph[rootID].type.shape
        self.count = graph[rootID].type.size
        self.leaves = leaves
        self.leafTypes = leaves.map { graph[$0].type.dtype }
        self.root = references[rootID]!
        self.rootType = graph[rootID].type.dtype
        let (assigned, slotCount) = Self.assignSlots(steps)
        self.steps = assigned
        self.slotCount = slotCount
    }

    /// Gives each step a scratch slot no value still needed occupies (a slot is free again
    /// after the last step that reads it).
    private static func assignSlots(_ steps: [Step]) -> ([Step], Int) {
        var lastUse = Array(steps.indices)
        for (index, step) in steps.enumerated() {
            for case .step(let input) in step.inputs { lastUse[input] = index }
        }
        var assigned = steps
        var free: [Int] = []
        var slotCount = 0
        for index in steps.indices {
            if let slot = free.popLast() {
                assigned[index].slot = slot
            } else {
                assigned[index].slot = slotCount
                slotCount += 1
            }
            // Inputs read for the last time here free their slots for later steps (not this one).
            for case .step(let input) in Set(steps[index].inputs) where lastUse[input] == index {
                free.append(assigned[input].slot)
            }
        }
        return (assigned, slotCount)
    }

    /// Whether the node can be computed in a fused loop (its kernel gives the same value at
    /// every position whether run over the whole array or over a block).
    static func isFusable(_ node: Node, in graph: Graph) -> Bool {
        switch node.operation {
        case .broadcast:
            return true
        case .convert:
            return BlockKernels.castIsPositionIndependent(from: graph[node.operands[0]].type.dtype, to: node.type.dtype)
        case .elementwise(let function, let signature):
            // NumPy refuses negative integer powers after looking at the data.
            return !(function == .power && !graph.semantics.isJAX && signature.loop.isInteger && signature.loop.isSigned)
        default:
            return false
        }
    }
}
