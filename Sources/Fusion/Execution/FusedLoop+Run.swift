import TensorCore
@_spi(Fusion) import TensorCore

extension FusedLoop {
    /// Computes the loop's value into `output` (C-contiguous, the root's dtype and shape),
    /// splitting the blocks across threads when the loop is large.
    func run(leaves values: [NDArray], into output: NDArray) throws(TensorError) {
        let accesses = values.map { LeafAccess($0, loopShape: shape) }
        let destination = output.buffer.base + output.offset
        let itemSize = rootType.itemSize
        let parts = Parallelism.threads(forElements: count)
        let ranges = Parallelism.ranges(count: count, parts: parts, alignment: Self.blockElements)
        Parallelism.run(parts: parts) { part in
            let worker = BlockWorker(loop: self, accesses: accesses)
            defer { worker.release() }
            var start = ranges[part].lowerBound
            while start < ranges[part].upperBound {
                let length = Swift.min(Self.blockElements, ranges[part].upperBound - start)
                worker.evaluate(start: start, count: length, into: destination + start * itemSize)
                start += length
            }
        }
    }

    /// The sum of the loop's value over every element, added as NumPy's reduction of the
    /// materialized value adds it: the same pairwise tree, with each subtree of at most a
    /// block computed and summed in scratch, and the top of the tree spread over threads.
    func sum(leaves values: [NDArray], into output: NDArray) throws(TensorError) {
        let accesses = values.map { LeafAccess($0, loopShape: shape) }
        let itemSize = rootType.itemSize
        let result = output.buffer.base + output.offset
        let zero = UnsafeMutableRawPointer.allocate(byteCount: 16, alignment: 16)
        defer { zero.deallocate() }
        zero.initializeMemory(as: UInt8.self, repeating: 0, count: 16)
        guard count > 0 else {
            result.copyMemory(from: zero, byteCount: itemSize)
            return
        }
        let subtrees = subtreeRanges(parts: Parallelism.threads(forElements: count))
        let partials = UnsafeMutableRawPointer.allocate(byteCount: subtrees.count * 8, alignment: 8)
        defer { partials.deallocate() }
        Parallelism.run(parts: subtrees.count) { part in
            let worker = BlockWorker(loop: self, accesses: accesses)
            defer { worker.release() }
            worker.treeSum(start: subtrees[part].lowerBound, count: subtrees[part].count, into: partials + part * 8)
        }
        var level = subtrees.count
        while level > 1 {
            for pair in 0..<(level / 2) {
                add(partials + 2 * pair * 8, partials + (2 * pair + 1) * 8, into: partials + pair * 8)
            }
            level /= 2
        }
        // The reduction starts from the identity: 0 + total (so a total of -0.0 gives 0.0).
        add(zero, partials, into: result)
    }

    /// The subtrees of the top `log2(parts)` levels of the pairwise tree, left to right;
    /// fewer when the runs get as short as a block.
    private func subtreeRanges(parts: Int) -> [Range<Int>] {
        var ranges = [0..<count]
        while ranges.count < parts {
            guard ranges.allSatisfy({ $0.count > Self.blockElements }) else { break }
            ranges = ranges.flatMap { range -> [Range<Int>] in
                let left = BlockKernels.pairwiseLeftLength(ofRun: range.count)
                return [range.lowerBound..<(range.lowerBound + left), (range.lowerBound + left)..<range.upperBound]
            }
        }
        return ranges
    }

    /// `a + b` for one element of the root's type, by the eager add kernel.
    func add(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, into result: UnsafeMutableRawPointer) {
        BlockKernels.elementwise(
            .add, jax: false, loop: rootType, first: BlockOperand(a), second: BlockOperand(b), output: result, count: 1)
    }
}

/// One thread's evaluation of a fused loop: scratch slots for intermediate blocks and
/// gathered leaves, and the per-step record of which values are repeated scalars. The
/// step table is copied into flat unsafe buffers once, so the per-block loop does no
/// reference counting.
final class BlockWorker {
    private let loop: FusedLoop
    private let accesses: [LeafAccess]
    private let scratchBuffer: (pointer: UnsafeMutableRawPointer, byteCount: Int)
    private let slotBytes = FusedLoop.blockElements * 8
    private let kinds: UnsafeMutableBufferPointer<FusedLoop.Kind>
    /// Each step's inputs, encoded: a step's index, `-1 - leaf` for a leaf, `Int.min` for none.
    private let firstInputs: UnsafeMutableBufferPointer<Int>
    private let secondInputs: UnsafeMutableBufferPointer<Int>
    private let outputSlots: UnsafeMutableBufferPointer<UnsafeMutableRawPointer>
    private let stepPointers: UnsafeMutableBufferPointer<UnsafeRawPointer>
    private let stepRepeated: UnsafeMutableBufferPointer<Bool>
    private let leafPointers: UnsafeMutableBufferPointer<UnsafeRawPointer>
    private let leafRepeated: UnsafeMutableBufferPointer<Bool>

    init(loop: FusedLoop, accesses: [LeafAccess]) {
        self.loop = loop
        self.accesses = accesses
        // Slots for steps, one per gathered leaf, and one for a sum's root read from a leaf.
        let slots = loop.slotCount + accesses.count + 1
        let buffer = ScratchCache.shared.take(byteCount: slots * FusedLoop.blockElements * 8)
        scratchBuffer = buffer
        let steps = loop.steps.count
        kinds = .allocate(capacity: steps)
        firstInputs = .allocate(capacity: steps)
        secondInputs = .allocate(capacity: steps)
        outputSlots = .allocate(capacity: steps)
        stepPointers = .allocate(capacity: steps)
        stepRepeated = .allocate(capacity: steps)
        leafPointers = .allocate(capacity: accesses.count)
        leafRepeated = .allocate(capacity: accesses.count)
        func encode(_ reference: FusedLoop.Reference) -> Int {
            switch reference {
            case .step(let index): index
            case .leaf(let index): -1 - index
            }
        }
        for (index, step) in loop.steps.enumerated() {
            kinds[index] = step.kind
            firstInputs[index] = encode(step.inputs[0])
            secondInputs[index] = step.inputs.count > 1 ? encode(step.inputs[1]) : Int.min
            outputSlots[index] = buffer.pointer + step.slot * FusedLoop.blockElements * 8
            stepPointers[index] = UnsafeRawPointer(buffer.pointer)
            stepRepeated[index] = false
        }
        for (index, access) in accesses.enumerated() {
            leafPointers[index] = access.base
            leafRepeated[index] = access.isRepeated
        }
    }

    func release() {
        ScratchCache.shared.give(scratchBuffer)
        for buffer in [firstInputs, secondInputs] { buffer.deallocate() }
        kinds.deallocate()
        outputSlots.deallocate()
        stepPointers.deallocate()
        stepRepeated.deallocate()
        leafPointers.deallocate()
        leafRepeated.deallocate()
    }

    private func slot(_ index: Int) -> UnsafeMutableRawPointer { scratchBuffer.pointer + index * slotBytes }

    /// Computes positions `start..<start + count` of every step; the root step writes to
    /// `destination` when one is given.
    func evaluate(start: Int, count: Int, into destination: UnsafeMutableRawPointer?) {
        for (index, access) in accesses.enumerated() {
            switch access.layout {
            case .repeated:
                break
            case .contiguous:
                leafPointers[index] = access.base + start * access.itemSize
            case .gathered:
                let target = slot(loop.slotCount + index)
                access.gather(start: start, count: count, into: target)
                leafPointers[index] = UnsafeRawPointer(target)
            }
        }
        let last = kinds.count - 1
        for index in 0..<kinds.count {
            let first = operand(firstInputs[index])
            let second = secondInputs[index] == Int.min ? nil : operand(secondInputs[index])
            let repeated = first.isRepeated && (second?.isRepeated ?? true)
            let isRoot = index == last && destination != nil
            let output = isRoot ? destination! : outputSlots[index]
            let length = repeated && !isRoot ? 1 : count
            switch kinds[index] {
            case .elementwise(let function, let jax, let loopType):
                BlockKernels.elementwise(
                    function, jax: jax, loop: loopType, first: first, second: second, output: output, count: length)
            case .integerPower(let dtype, let exponent):
                BlockKernels.integerPower(dtype: dtype, exponent: exponent, input: first, output: output, count: length)
            case .convert(let from, let to):
                BlockKernels.cast(from: from, to: to, input: first, output: output, count: length)
            }
            stepPointers[index] = UnsafeRawPointer(output)
            stepRepeated[index] = repeated && !isRoot
        }
    }

    @inline(__always) private func operand(_ code: Int) -> BlockOperand {
        code >= 0
            ? BlockOperand(stepPointers[code], isRepeated: stepRepeated[code])
            : BlockOperand(leafPointers[-1 - code], isRepeated: leafRepeated[-1 - code])
    }

    /// The root's values at `start..<start + count` as a contiguous run.
    private func rootBlock(start: Int, count: Int) -> UnsafeRawPointer {
        switch loop.root {
        case .step:
            // The last step is the root: compute it into its scratch slot, expanded if repeated.
            evaluate(start: start, count: count, into: slot(loop.slotCount + accesses.count))
            return UnsafeRawPointer(slot(loop.slotCount + accesses.count))
        case .leaf(let index):
            let access = accesses[index]
            if case .contiguous = access.layout { return access.base + start * access.itemSize }
            let target = slot(loop.slotCount + accesses.count)
            access.gather(start: start, count: count, into: target)
            return UnsafeRawPointer(target)
        }
    }

    /// The pairwise sum of the root over `start..<start + count`, split as NumPy splits it.
    func treeSum(start: Int, count: Int, into result: UnsafeMutableRawPointer) {
        if count <= FusedLoop.blockElements {
            BlockKernels.runSum(dtype: loop.rootType, base: rootBlock(start: start, count: count), count: count, result: result)
            return
        }
        let left = BlockKernels.pairwiseLeftLength(ofRun: count)
        var partials: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &partials) { bytes in
            let a = bytes.baseAddress!
            let b = a + 8
            treeSum(start: start, count: left, into: a)
            treeSum(start: start + left, count: count - left, into: b)
            loop.add(a, b, into: result)
        }
    }
}
