/// Up to three float32/float64 arithmetic operations computed in one loop, the
/// intermediate values kept in registers: `acc = a ∘ b`, then `acc = acc ∘ c` (or
/// `c ∘ acc`), then likewise with `d`. Each operation is the eager kernel's own (`+`, `-`,
/// `*`, `/` of the element type, no contraction into fused multiply-adds), applied in the
/// same order to the same operands, so the bits are those of separate calls; only the
/// stores and loads of the intermediate values are gone.
@_spi(Fusion) public enum ArithmeticChain {
    /// One of the four operations a chain can hold.
    public enum Operation: UInt8, Sendable {
        case add, subtract, multiply, divide

        /// The chain operation computing `function`, if it is one.
        public init?(_ function: UFunc) {
            switch function {
            case .add: self = .add
            case .subtract: self = .subtract
            case .multiply: self = .multiply
            case .trueDivide: self = .divide
            default: return nil
            }
        }
    }

    /// An operation applied to the running value and a new operand, on either side.
    public struct Link: Hashable, Sendable {
        public var operation: Operation
        /// Whether the running value is the left operand (`acc ∘ v`) or the right (`v ∘ acc`).
        public var accumulatorOnLeft: Bool

        public init(_ operation: Operation, accumulatorOnLeft: Bool) {
            self.operation = operation
            self.accumulatorOnLeft = accumulatorOnLeft
        }
    }

    /// Whether chains compute in `dtype` (float32 and float64, whose operations are single
    /// IEEE operations; float16 arithmetic goes through float32 and is not chained).
    public static func supports(_ dtype: DType) -> Bool { dtype == .float32 || dtype == .float64 }

    /// Runs `first` on `a` and `b`, then `second` with `c` and `third` with `d` when given,
    /// over `count` contiguous elements of every operand (repeated values must be expanded).
    public static func run(
        dtype: DType, first: Operation, second: Link?, third: Link?, operands: Operands,
        output: UnsafeMutableRawPointer, count: Int
    ) {
        if dtype == .float32 {
            ChainDispatch<Float>(operands: operands, output: output, count: count).start(first, second, third)
        } else {
            ChainDispatch<Double>(operands: operands, output: output, count: count).start(first, second, third)
        }
    }

    /// A chain's operands: the first operation's two, then one per link.
    public struct Operands {
        public var a: UnsafeRawPointer
        public var b: UnsafeRawPointer
        public var c: UnsafeRawPointer?
        public var d: UnsafeRawPointer?

        public init(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ c: UnsafeRawPointer?, _ d: UnsafeRawPointer?) {
            (self.a, self.b, self.c, self.d) = (a, b, c, d)
        }
    }
}

/// An arithmetic operation as a type, so each chain's loop is compiled with its
/// operations inlined.
protocol ChainOperation {
    static func apply<T: FloatingPoint>(_ a: T, _ b: T) -> T
}

enum ChainAdd: ChainOperation {
    @inline(__always) static func apply<T: FloatingPoint>(_ a: T, _ b: T) -> T { a + b }
}

enum ChainSubtract: ChainOperation {
    @inline(__always) static func apply<T: FloatingPoint>(_ a: T, _ b: T) -> T { a - b }
}

enum ChainMultiply: ChainOperation {
    @inline(__always) static func apply<T: FloatingPoint>(_ a: T, _ b: T) -> T { a * b }
}

enum ChainDivide: ChainOperation {
    @inline(__always) static func apply<T: FloatingPoint>(_ a: T, _ b: T) -> T { a / b }
}

/// A link as a type: the operation with the running value on the left or the right.
protocol ChainLink {
    static func apply<T: FloatingPoint>(_ accumulator: T, _ value: T) -> T
}

enum AccumulatorLeft<Operation: ChainOperation>: ChainLink {
    @inline(__always) static func apply<T: FloatingPoint>(_ accumulator: T, _ value: T) -> T { Operation.apply(accumulator, value) }
}

enum AccumulatorRight<Operation: ChainOperation>: ChainLink {
    @inline(__always) static func apply<T: FloatingPoint>(_ accumulator: T, _ value: T) -> T { Operation.apply(value, accumulator) }
}

/// Something done with a link's type (so every combination is compiled with its
/// operations known: the dispatch below switches to concrete types, never to existentials).
private protocol ChainLinkVisitor {
    func visit<Link: ChainLink>(_: Link.Type)
}

private func dispatch<Visitor: ChainLinkVisitor>(_ link: ArithmeticChain.Link, to visitor: Visitor) {
    switch (link.operation, link.accumulatorOnLeft) {
    case (.add, true): visitor.visit(AccumulatorLeft<ChainAdd>.self)
    case (.add, false): visitor.visit(AccumulatorRight<ChainAdd>.self)
    case (.subtract, true): visitor.visit(AccumulatorLeft<ChainSubtract>.self)
    case (.subtract, false): visitor.visit(AccumulatorRight<ChainSubtract>.self)
    case (.multiply, true): visitor.visit(AccumulatorLeft<ChainMultiply>.self)
    case (.multiply, false): visitor.visit(AccumulatorRight<ChainMultiply>.self)
    case (.divide, true): visitor.visit(AccumulatorLeft<ChainDivide>.self)
    case (.divide, false): visitor.visit(AccumulatorRight<ChainDivide>.self)
    }
}

/// Turns the runtime description of a chain into its compiled loop.
private struct ChainDispatch<T: FloatingPoint> {
    let operands: ArithmeticChain.Operands
    let output: UnsafeMutableRawPointer
    let count: Int

    func start(_ first: ArithmeticChain.Operation, _ second: ArithmeticChain.Link?, _ third: ArithmeticChain.Link?) {
        switch first {
        case .add: withFirst(ChainAdd.self, second, third)
        case .subtract: withFirst(ChainSubtract.self, second, third)
        case .multiply: withFirst(ChainMultiply.self, second, third)
        case .divide: withFirst(ChainDivide.self, second, third)
        }
    }

    private func withFirst<First: ChainOperation>(_: First.Type, _ second: ArithmeticChain.Link?, _ third: ArithmeticChain.Link?) {
        guard let second else {
            ChainLoops<T>(operands: operands, output: output, count: count).run(First.self)
            return
        }
        dispatch(second, to: SecondLink<T, First>(operands: operands, output: output, count: count, third: third))
    }
}

/// Chooses the second operation's loop, or the third's.
private struct SecondLink<T: FloatingPoint, First: ChainOperation>: ChainLinkVisitor {
    let operands: ArithmeticChain.Operands
    let output: UnsafeMutableRawPointer
    let count: Int
    let third: ArithmeticChain.Link?

    func visit<Second: ChainLink>(_: Second.Type) {
        guard let third else {
            ChainLoops<T>(operands: operands, output: output, count: count).run(First.self, Second.self)
            return
        }
        dispatch(third, to: ThirdLink<T, First, Second>(operands: operands, output: output, count: count))
    }
}

private struct ThirdLink<T: FloatingPoint, First: ChainOperation, Second: ChainLink>: ChainLinkVisitor {
    let operands: ArithmeticChain.Operands
    let output: UnsafeMutableRawPointer
    let count: Int

    func visit<Third: ChainLink>(_: Third.Type) {
        ChainLoops<T>(operands: operands, output: output, count: count).run(First.self, Second.self, Third.self)
    }
}

/// The chain loops themselves.
private struct ChainLoops<T: FloatingPoint> {
    let operands: ArithmeticChain.Operands
    let output: UnsafeMutableRawPointer
    let count: Int

    func run<First: ChainOperation>(_: First.Type) {
        let (a, b) = (operands.a.assumingMemoryBound(to: T.self), operands.b.assumingMemoryBound(to: T.self))
        let z = output.assumingMemoryBound(to: T.self)
        for i in 0..<count { z[i] = First.apply(a[i], b[i]) }
    }

    func run<First: ChainOperation, Second: ChainLink>(_: First.Type, _: Second.Type) {
        let (a, b) = (operands.a.assumingMemoryBound(to: T.self), operands.b.assumingMemoryBound(to: T.self))
        let c = operands.c!.assumingMemoryBound(to: T.self)
        let z = output.assumingMemoryBound(to: T.self)
        for i in 0..<count { z[i] = Second.apply(First.apply(a[i], b[i]), c[i]) }
    }

    func run<First: ChainOperation, Second: ChainLink, Third: ChainLink>(_: First.Type, _: Second.Type, _: Third.Type) {
        let (a, b) = (operands.a.assumingMemoryBound(to: T.self), operands.b.assumingMemoryBound(to: T.self))
        let (c, d) = (operands.c!.assumingMemoryBound(to: T.self), operands.d!.assumingMemoryBound(to: T.self))
        let z = output.assumingMemoryBound(to: T.self)
        for i in 0..<count { z[i] = Third.apply(Second.apply(First.apply(a[i], b[i]), c[i]), d[i]) }
    }
}
