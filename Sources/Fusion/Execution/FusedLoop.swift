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
///
/// Immutable once compiled (its flat step tables are written in `init` and only read
/// afterwards), so threads share it freely.
final class FusedLoop: @unchecked Sendable {
    /// Elements per block, at most: small enough for a block of every live value (inputs,
    /// scratch, expanded constants: seven for `2*x*y + 3*y + 1`) to stay near the 32 KiB L1
    /// cache, large enough that the per-block dispatch is a few per cent of the work.
    /// Measured (tensorcore-bench profile-fused, that expression, float32, two threads, in
    /// alternating runs): at 2^20, 1,024 took 103–111 µs where 512 took 113–120 µs; 2,048
    /// was slower than both (114–133 µs).
    static let blockElements = 1024

    /// Elements per block when the result is streamed (`streamingThreshold`): each block is
    /// computed into one more scratch slot before it is copied out, and there the smaller
    /// block is faster (2^22: 556–565 µs with 512, 649–696 µs with 1,024).
    static let streamedBlockElements = 512

    /// Results of at least this many bytes are written with non-temporal stores. Measured
    /// on the project's machines (32 MiB last-level cache): streaming pays from 8 MiB
    /// results (2^21 float32 elements, 456 → 334 µs) and costs below (2^20: 122 → 166 µs).
    static let streamingThreshold = 8 << 20

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
        /// Up to three float arithmetic operations in one loop (`ArithmeticChain`).
        case chain(DType, first: ArithmeticChain.Operation, second: ArithmeticChain.Link?, third: ArithmeticChain.Link?)
    }

    struct Step: Sendable {
        var node: NodeID
        var kind: Kind
        var inputs: [Reference]
        /// The scratch slot the step writes when it is not the root written to the result.
        var slot: Int
    }

    /// The shape the loop runs over (the root's shape) and its element count.
    let shape: [Int]
    let count: Int
    /// Values read from outside the loop: parameters, constants, materialized nodes.
    let leaves: [NodeID]
    let steps: [Step]
    /// The loop's value: the last step, or a leaf when the loop has no steps.
    let root: Reference
    let rootType: DType
    /// Every node the loop computes, broadcasts included, in graph order.
    let members: [NodeID]
    /// Scratch slots the steps need (leaf gathers use their own, after these).
    let slotCount: Int
    /// The steps as flat tables for the per-block loop: kinds, and inputs encoded as a
    /// step's index, `-1 - leaf` for a leaf, `Int.min` for none.
    let kinds: UnsafeBufferPointer<Kind>
    let firstInputs: UnsafeBufferPointer<Int>
    let secondInputs: UnsafeBufferPointer<Int>
    let thirdInputs: UnsafeBufferPointer<Int>
    let fourthInputs: UnsafeBufferPointer<Int>
    /// Scalar float constants among the leaves, copied out to a block's length when the
    /// plan is compiled, so chains read them as vectors without expanding them per call.
    let expandedConstants: [UnsafeMutableRawPointer?]

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
        let chains = Self.chains(in: members, root: rootID, graph: graph)
        for id in members.sorted() {
            let node = graph[id]
            if chains.interior.contains(id) { continue }
            if let chain = chains.byLast[id] {
                let inputs = chain.operands.map { references[$0]! }
                let links = chain.links
                let kind = Kind.chain(
                    node.type.dtype, first: chain.first, second: links.first, third: links.count > 1 ? links[1] : nil)
                references[id] = .step(steps.count)
                steps.append(Step(node: id, kind: kind, inputs: inputs, slot: 0))
                continue
            }
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
            steps.append(Step(node: id, kind: kind, inputs: inputs, slot: 0))
        }
        self.members = members.sorted()
        self.shape = graph[rootID].type.shape
        self.count = graph[rootID].type.size
        self.leaves = leaves
        var expanded = [UnsafeMutableRawPointer?](repeating: nil, count: leaves.count)
        for (index, leaf) in leaves.enumerated() {
            guard case .constant(let constant) = graph[leaf].operation, constant.array.size == 1,
                ArithmeticChain.supports(constant.array.dtype)
            else { continue }
            let itemSize = constant.array.itemSize
            let copies = UnsafeMutableRawPointer.allocate(byteCount: Self.blockElements * itemSize, alignment: 64)
            let value = constant.array.buffer.base + constant.array.offset
            for i in 0..<Self.blockElements { (copies + i * itemSize).copyMemory(from: value, byteCount: itemSize) }
            expanded[index] = copies
        }
        self.expandedConstants = expanded
        self.root = references[rootID]!
        self.rootType = graph[rootID].type.dtype
        let (assigned, slotCount) = Self.assignSlots(steps)
        self.steps = assigned
        self.slotCount = slotCount
        func encode(_ reference: Reference) -> Int {
            switch reference {
            case .step(let index): index
            case .leaf(let index): -1 - index
            }
        }
        let kinds = UnsafeMutableBufferPointer<Kind>.allocate(capacity: steps.count)
        let firstInputs = UnsafeMutableBufferPointer<Int>.allocate(capacity: steps.count)
        let secondInputs = UnsafeMutableBufferPointer<Int>.allocate(capacity: steps.count)
        let thirdInputs = UnsafeMutableBufferPointer<Int>.allocate(capacity: steps.count)
        let fourthInputs = UnsafeMutableBufferPointer<Int>.allocate(capacity: steps.count)
        for (index, step) in assigned.enumerated() {
            kinds.initializeElement(at: index, to: step.kind)
            firstInputs.initializeElement(at: index, to: encode(step.inputs[0]))
            secondInputs.initializeElement(at: index, to: step.inputs.count > 1 ? encode(step.inputs[1]) : Int.min)
            thirdInputs.initializeElement(at: index, to: step.inputs.count > 2 ? encode(step.inputs[2]) : Int.min)
            fourthInputs.initializeElement(at: index, to: step.inputs.count > 3 ? encode(step.inputs[3]) : Int.min)
        }
        self.kinds = UnsafeBufferPointer(kinds)
        self.firstInputs = UnsafeBufferPointer(firstInputs)
        self.secondInputs = UnsafeBufferPointer(secondInputs)
        self.thirdInputs = UnsafeBufferPointer(thirdInputs)
        self.fourthInputs = UnsafeBufferPointer(fourthInputs)
    }

    deinit {
        kinds.deallocate()
        firstInputs.deallocate()
        secondInputs.deallocate()
        thirdInputs.deallocate()
        fourthInputs.deallocate()
        for case let copies? in expandedConstants { copies.deallocate() }
    }

    /// A run of float arithmetic nodes where each result feeds only the next: computed by
    /// one `ArithmeticChain` loop at the position of the last node.
    struct Chain {
        var first: ArithmeticChain.Operation
        var links: [ArithmeticChain.Link]
        /// The first node's two operands, then each link's new operand.
        var operands: [NodeID]
        var nodes: [NodeID]
    }

    /// The chains among `members`, built backwards from the last node: a chain ends at an
    /// arithmetic node not yet taken and grows towards its operands while one of them is an
    /// arithmetic node of the same type used only there (the latest such operand first, so
    /// that the earlier operand's own chain can form), up to three operations.
    static func chains(in members: Set<NodeID>, root: NodeID, graph: Graph) -> (byLast: [NodeID: Chain], interior: Set<NodeID>) {
        var uses: [NodeID: Int] = [root: 1]
        for member in members {
            for operand in graph[member].operands { uses[operand, default: 0] += 1 }
        }
        func arithmetic(_ id: NodeID) -> (ArithmeticChain.Operation, DType)? {
            guard members.contains(id), case .elementwise(let function, let signature) = graph[id].operation,
                signature.integerExponent == nil, let operation = ArithmeticChain.Operation(function),
                ArithmeticChain.supports(signature.loop), graph[id].type.dtype == signature.loop
            else { return nil }
            return (operation, signature.loop)
        }
        var byLast: [NodeID: Chain] = [:]
        var taken: Set<NodeID> = []
        for last in members.sorted(by: >) where !taken.contains(last) {
            guard let (_, dtype) = arithmetic(last) else { continue }
            var nodes = [last]
            while nodes.count < 3 {
                let candidates = graph[nodes[0]].operands.filter { operand in
                    operand != root && uses[operand] == 1 && !taken.contains(operand) && !nodes.contains(operand)
                        && arithmetic(operand)?.1 == dtype
                }
                guard let earlier = candidates.max() else { break }
                nodes.insert(earlier, at: 0)
            }
            guard nodes.count > 1, let (first, _) = arithmetic(nodes[0]) else { continue }
            var chain = Chain(first: first, links: [], operands: graph[nodes[0]].operands, nodes: nodes)
            for (previous, node) in zip(nodes, nodes.dropFirst()) {
                let operands = graph[node].operands
                let onLeft = operands[0] == previous
                chain.links.append(ArithmeticChain.Link(arithmetic(node)!.0, accumulatorOnLeft: onLeft))
                chain.operands.append(onLeft ? operands[1] : operands[0])
            }
            taken.formUnion(nodes)
            byLast[last] = chain
        }
        let interior = Set(byLast.values.flatMap { $0.nodes.dropLast() })
        return (byLast, interior)
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
