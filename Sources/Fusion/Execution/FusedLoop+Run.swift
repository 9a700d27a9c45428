import CStreamingStores
import TensorCore
@_spi(Fusion) import TensorCore

extension FusedLoop {
    /// Computes the loop's value into `output` (C-contiguous, the root's dtype and shape),
    /// splitting the blocks across threads when the loop is large.
    func run(accesses: [LeafAccess], into output: NDArray) {
        let destination = output.buffer.base + output.offset
        let itemSize = rootType.itemSize
        let parts = Parallelism.threads(forElements: count)
        // A result larger than half the last-level cache is written around the caches, so
        // it does not push out the inputs the next blocks (and the next call) read.
        let streams = count * itemSize >= Self.streamingThreshold
        let block = streams ? Self.streamedBlockElements : Self.blockElements
        let ranges = Parallelism.ranges(count: count, parts: parts, alignment: block)
        Parallelism.run(parts: parts) { part in
            let worker = BlockWorker(loop: self, accesses: accesses)
            defer { worker.release() }
            var start = ranges[part].lowerBound
            while start < ranges[part].upperBound {
                let length = Swift.min(block, ranges[part].upperBound - start)
                let target = destination + start * itemSize
                if streams, length == block, Int(bitPattern: target) % 32 == 0 {
                    let values = worker.evaluateIntoScratch(start: start, count: length)
                    course_stream_copy(target, values, length * itemSize)
                } else {
                    worker.evaluate(start: start, count: length, into: target)
                }
                start += length
            }
            if streams { course_stream_fence() }
        }
    }

    /// The sum of the loop's value over every element, added as NumPy's reduction of the
    /// materialized value adds it: the same pairwise tree, with each subtree of at most a
    /// block computed and summed in scratch, and the top of the tree spread over threads.
    func sum(accesses: [LeafAccess], into output: NDArray) {
        let itemSize = rootType.itemSize
        let result = output.buffer.base + output.offset
        let zero = UnsafeMutableRawPointer.allocate(byteCount: 16, alignment: 16)
        defer { zero.deallocate() }
        zero.initializeMemory(as: UInt8.self, repeating: 0, count: 16)
        guard count > 0 else {
            result.copyMemory(from: zero, byteCount: itemSize)
            return
        }
        let subtrees = BlockKernels.pairwiseSubtrees(
            count: count, parts: Parallelism.threads(forElements: count), longerThan: Self.blockElements)
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
    private let kinds: UnsafeBufferPointer<FusedLoop.Kind>
    /// Each step's inputs, encoded: a step's index, `-1 - leaf` for a leaf, `Int.min` for none.
    private let firstInputs: UnsafeBufferPointer<Int>
    private let secondInputs: UnsafeBufferPointer<Int>
    private let thirdInputs: UnsafeBufferPointer<Int>
    private let fourthInputs: UnsafeBufferPointer<Int>
    private let outputSlots: UnsafeMutableBufferPointer<UnsafeMutableRawPointer>
    private let stepPointers: UnsafeMutableBufferPointer<UnsafeRawPointer>
    private let stepRepeated: UnsafeMutableBufferPointer<Bool>
    private let leafPointers: UnsafeMutableBufferPointer<UnsafeRawPointer>
    private let leafRepeated: UnsafeMutableBufferPointer<Bool>
    /// What each chain-operand expansion slot holds: the repeated value's address and how
    /// many copies. A repeated value is the same in every block of a run (its inputs are
    /// all repeated), so it is expanded once per worker, not once per block.
    private let expandedSources: UnsafeMutableBufferPointer<UnsafeRawPointer?>
    private let expandedCounts: UnsafeMutableBufferPointer<Int>

    init(loop: FusedLoop, accesses: [LeafAccess]) {
        self.loop = loop
        self.accesses = accesses
        // Slots for steps, one per gathered leaf, one for a sum's root read from a leaf and
        // four for a chain's repeated operands, expanded; after them, this worker's small
        // tables (so a worker costs no allocation).
        let slots = loop.slotCount + accesses.count + 1 + 4
        let steps = loop.steps.count
        let tableBytes = (3 * steps + accesses.count + 8) * 8 + steps + accesses.count
        let buffer = ScratchCache.shared.take(byteCount: slots * FusedLoop.blockElements * 8 + tableBytes + 64)
        scratchBuffer = buffer
        var table = buffer.pointer + slots * FusedLoop.blockElements * 8
        func carve<Element>(_: Element.Type, _ count: Int) -> UnsafeMutableBufferPointer<Element> {
            let carved = UnsafeMutableBufferPointer(start: table.bindMemory(to: Element.self, capacity: count), count: count)
            table += count * MemoryLayout<Element>.stride
            return carved
        }
        outputSlots = carve(UnsafeMutableRawPointer.self, steps)
        stepPointers = carve(UnsafeRawPointer.self, steps)
        leafPointers = carve(UnsafeRawPointer.self, accesses.count)
        expandedSources = carve(UnsafeRawPointer?.self, 4)
        expandedCounts = carve(Int.self, 4)
        stepRepeated = carve(Bool.self, steps)
        leafRepeated = carve(Bool.self, accesses.count)
        expandedSources.initialize(repeating: nil)
        expandedCounts.initialize(repeating: 0)
        kinds = loop.kinds
        firstInputs = loop.firstInputs
        secondInputs = loop.secondInputs
        thirdInputs = loop.thirdInputs
        fourthInputs = loop.fourthInputs
        for index in 0..<steps {
            outputSlots[index] = buffer.pointer + loop.steps[index].slot * FusedLoop.blockElements * 8
            stepPointers[index] = UnsafeRawPointer(buffer.pointer)
            stepRepeated[index] = false
        }
        for (index, access) in accesses.enumerated() {
            if let copies = loop.expandedConstants[index] {
                leafPointers[index] = UnsafeRawPointer(copies)
                leafRepeated[index] = false
            } else {
                leafPointers[index] = access.base
                leafRepeated[index] = access.isRepeated
            }
        }
    }

    func release() {
        ScratchCache.shared.give(scratchBuffer)
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
            let third = thirdInputs[index] == Int.min ? nil : operand(thirdInputs[index])
            let fourth = fourthInputs[index] == Int.min ? nil : operand(fourthInputs[index])
            let repeated = first.isRepeated && (second?.isRepeated ?? true) && (third?.isRepeated ?? true)
                && (fourth?.isRepeated ?? true)
            let isRoot = index == last && destination != nil
            let output = isRoot ? destination! : outputSlots[index]
            let length = repeated && !isRoot ? 1 : count
            switch kinds[index] {
            case .chain(let dtype, let firstOperation, let secondLink, let thirdLink):
                let size = dtype.itemSize
                let operands = ArithmeticChain.Operands(
                    expanded(first, position: 0, count: length, itemSize: size),
                    expanded(second!, position: 1, count: length, itemSize: size),
                    third.map { expanded($0, position: 2, count: length, itemSize: size) },
                    fourth.map { expanded($0, position: 3, count: length, itemSize: size) })
                ArithmeticChain.run(
                    dtype: dtype, first: firstOperation, second: secondLink, third: thirdLink, operands: operands,
                    output: output, count: length)
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

    /// The operand as `count` contiguous elements: a repeated value is copied out into the
    /// expansion slot of its position (kept while the same value comes back).
    private func expanded(_ operand: BlockOperand, position: Int, count: Int, itemSize: Int) -> UnsafeRawPointer {
        guard operand.isRepeated, count > 1 else { return operand.base }
        let target = slot(loop.slotCount + accesses.count + 1 + position)
        if expandedSources[position] != operand.base || expandedCounts[position] < count {
            if itemSize == 4 {
                target.initializeMemory(as: UInt32.self, repeating: operand.base.load(as: UInt32.self), count: count)
            } else {
                target.initializeMemory(as: UInt64.self, repeating: operand.base.load(as: UInt64.self), count: count)
            }
            expandedSources[position] = operand.base
            expandedCounts[position] = count
        }
        return UnsafeRawPointer(target)
    }

    @inline(__always) private func operand(_ code: Int) -> BlockOperand {
        code >= 0
            ? BlockOperand(stepPointers[code], isRepeated: stepRepeated[code])
            : BlockOperand(leafPointers[-1 - code], isRepeated: leafRepeated[-1 - code])
    }

    /// Computes the root's values at `start..<start + count` into scratch and returns them.
    func evaluateIntoScratch(start: Int, count: Int) -> UnsafeRawPointer {
        rootBlock(start: start, count: count)
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
