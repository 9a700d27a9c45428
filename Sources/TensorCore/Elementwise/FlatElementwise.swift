/// An elementwise kernel over flat memory (operands read element by element, or one
/// repeated element), split into ranges across threads when large. Each range runs the
/// same typed body an eager call runs, so the split never changes a bit.
struct FlatElementwise: NumericVisitor {
    let function: UFunc
    let semantics: ElementwiseSemantics
    let first: BlockOperand
    let second: BlockOperand?
    /// The size of an input element (both inputs have the loop type).
    let itemSize: Int
    let output: UnsafeMutableRawPointer
    let outputItemSize: Int
    let count: Int
    /// Whether the output may be the memory of an input (a temporary handed over), which
    /// then runs `InPlaceBlockRunner`'s loops.
    var mayOverwriteInput = false

    func visit<T: NumericKernels>(_ type: T.Type) {
        func run(_ range: Range<Int>) {
            func shifted(_ operand: BlockOperand) -> BlockOperand {
                operand.isRepeated ? operand : BlockOperand(operand.base + range.lowerBound * itemSize)
            }
            let output = output + range.lowerBound * outputItemSize
            if mayOverwriteInput, let inPlace = inPlaceRunner(output: output, first: shifted(first), second: second.map(shifted), count: range.count) {
                ElementwiseSelection(function: function, semantics: semantics, runner: inPlace).visit(T.self)
                return
            }
            let runner = BlockRunner(first: shifted(first), second: second.map(shifted), output: output, count: range.count)
            ElementwiseSelection(function: function, semantics: semantics, runner: runner).visit(T.self)
        }
        let parts = Parallelism.threads(forElements: count)
        if parts == 1 {
            run(0..<count)
            return
        }
        let ranges = Parallelism.ranges(count: count, parts: parts)
        Parallelism.run(parts: parts) { part in run(ranges[part]) }
    }

    /// The in-place runner when `output` is the memory of `first` or `second`, or nil.
    private func inPlaceRunner(output: UnsafeMutableRawPointer, first: BlockOperand, second: BlockOperand?, count: Int) -> InPlaceBlockRunner? {
        if !first.isRepeated, first.base == UnsafeRawPointer(output) {
            return InPlaceBlockRunner(output: output, other: second, replacesFirst: true, count: count)
        }
        if let second, !second.isRepeated, second.base == UnsafeRawPointer(output) {
            return InPlaceBlockRunner(output: output, other: first, replacesFirst: false, count: count)
        }
        return nil
    }
}
