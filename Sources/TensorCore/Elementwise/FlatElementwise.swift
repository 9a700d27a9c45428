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

    func visit<T: NumericKernels>(_ type: T.Type) {
        func run(_ range: Range<Int>) {
            func shifted(_ operand: BlockOperand) -> BlockOperand {
                operand.isRepeated ? operand : BlockOperand(operand.base + range.lowerBound * itemSize)
            }
            let runner = BlockRunner(
                first: shifted(first), second: second.map(shifted),
                output: output + range.lowerBound * outputItemSize, count: range.count)
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
}
