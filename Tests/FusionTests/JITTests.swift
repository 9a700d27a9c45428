import Fusion
import Testing
import TensorCore

/// Tracing, caching, listings, errors and threads of `JIT`.
@Suite struct JITTests {
    let x = try! NDArray.linspace(0, 1, count: 1024, dtype: .float32)
    let y = try! NDArray.linspace(1, 2, count: 1024, dtype: .float32)

    /// The course's expression, step by step through the eager API.
    func eagerExpression(_ x: NDArray, _ y: NDArray) throws -> NDArray {
        let twoX = try UFunc.multiply.applyJAX([.scalar(2), .array(x)]).array
        let twoXY = try UFunc.multiply.applyJAX([.array(twoX), .array(y)]).array
        let threeY = try UFunc.multiply.applyJAX([.scalar(3), .array(y)]).array
        let sum = try UFunc.add.applyJAX([.array(twoXY), .array(threeY)]).array
        return try UFunc.add.applyJAX([.array(sum), .scalar(1)]).array
    }

    @Test func fusedExpressionIsBitIdenticalToEagerCalls() throws {
        let f = JIT("f") { (x: Tracer, y: Tracer) throws(TensorError) -> Tracer in try 2 * x * y + 3 * y + 1 }
        for count in [0, 1, 7, 511, 512, 513, 2047, 2048, 2049, 100_003, 1 << 17] {
            let a = try NDArray.linspace(-3, 3, count: count, dtype: .float32)
            let b = try NDArray.linspace(5, -1, count: count, dtype: .float32)
            let fused = try f(a, b)
            #expect(fused.dtype == .float32 && fused.shape == [count])
            #expect(elementBytes(fused) == elementBytes(try eagerExpression(a, b)), "n = \(count)")
        }
    }

    /// A repeated call with the same strongly typed arguments takes the one-loop shortcut
    /// when they are C-contiguous, and the general path otherwise: the same bytes either way.
    @Test func repeatedCallsGiveTheFirstCallsBytes() throws {
        let f = JIT("f") { (x: Tracer, y: Tracer) throws(TensorError) -> Tracer in try 2 * x * y + 3 * y + 1 }
        for shape in [[1], [3, 4], [2, 513]] {
            let count = shape.reduce(1, *)
            let a = try NDArray.linspace(-3, 3, count: count, dtype: .float32).reshaped(shape)
            let b = try NDArray.linspace(5, -1, count: count, dtype: .float32).reshaped(shape)
            let first = try f(a, b)
            let again = try f(a, b)
            let same = elementBytes(again) == elementBytes(first)
            #expect(same, "repeated call differs for shape \(shape)")
            #expect(again.shape == shape && again.isCContiguous)
            #expect(again.strides == first.strides)
            let (at, bt) = (a.transposed(), b.transposed())
            _ = try f(at, bt)
            let transposed = try f(at, bt)
            let eager = try f.plan(for: at, bt).tracedGraph.evaluateEagerly([at, bt])[0]
            let sameAsEager = elementBytes(transposed) == elementBytes(eager)
            #expect(sameAsEager, "transposed arguments differ from eager for shape \(shape)")
        }
    }

    /// A repeated call on arrays of no elements still gives NumPy's all-zero strides, as
    /// a freshly allocated empty array has, and as the first (general) call gives.
    @Test func repeatedCallsOnEmptyArraysGiveZeroStrides() throws {
        let f = JIT("f") { (x: Tracer, y: Tracer) throws(TensorError) -> Tracer in try 2 * x * y + 3 * y + 1 }
        let empty = try NDArray.zeros([0, 4], dtype: .float32)
        let first = try f(empty, empty)
        let again = try f(empty, empty)
        #expect(first.strides == [0, 0] && again.strides == [0, 0] && again.shape == [0, 4])
    }

    @Test func listingFollowsMakeJaxprThenThePlan() throws {
        let f = JIT("f") { (x: Tracer, y: Tracer) throws(TensorError) -> Tracer in try 2 * x * y + 3 * y + 1 }
        // The first seven lines are what jax.make_jaxpr prints for this function (JAX 0.10.2).
        let expected = """
            { lambda ; a:f32[1024] b:f32[1024]. let
                c:f32[1024] = mul 2.0:f32[] a
                d:f32[1024] = mul c b
                e:f32[1024] = mul 3.0:f32[] b
                f:f32[1024] = add d e
                g:f32[1024] = add f 1.0:f32[]
              in (g,) }
            fused loops: 1, eager operations: 0
              loop 1: g:f32[1024] = fused[chain(mul mul), chain(mul add add)](a, b, 2.0:f32[], 3.0:f32[], 1.0:f32[])
            """
        let listing = try f.plan(for: x, y).listing
        #expect(listing == expected, "\(listing)")
    }

    /// Chained arithmetic keeps each operation's operand order, so NaN payloads, signed
    /// zeros and infinities come out as from separate calls.
    @Test(arguments: [DType.float32, .float64])
    func arithmeticChainsKeepSpecialValuesExact(dtype: DType) throws {
        let specials: [Double] = [.nan, -.nan, 0, -0.0, .infinity, -.infinity, 1, -1, 3, .leastNonzeroMagnitude, 1e300]
        let count = specials.count * specials.count
        let a = try NDArray.zeros([count], dtype: .float64)
        let b = try NDArray.zeros([count], dtype: .float64)
        for (i, left) in specials.enumerated() {
            for (j, right) in specials.enumerated() {
                a.buffer.base.storeBytes(of: left, toByteOffset: (i * specials.count + j) * 8, as: Double.self)
                b.buffer.base.storeBytes(of: right, toByteOffset: (i * specials.count + j) * 8, as: Double.self)
            }
        }
        let (x, y) = (try a.astype(dtype), try b.astype(dtype))
        let f = JIT("f") { (x: Tracer, y: Tracer) throws(TensorError) -> Tracer in
            try ((x - y) / (y * x) + x) * 0.5 - (y / x - 2)
        }
        let plan = try f.plan(for: x, y)
        #expect(plan.listing.contains("chain("), "\(plan.listing)")
        #expect(elementBytes(try f(x, y)) == elementBytes(try plan.tracedGraph.evaluateEagerly([x, y])[0]))
    }

    @Test func plansAreCachedBySignatureAndRetracedForNewOnes() throws {
        let f = JIT("f") { (x: Tracer) throws(TensorError) -> Tracer in try x * 2 }
        _ = try f(x)
        _ = try f(try NDArray.linspace(5, 6, count: 1024, dtype: .float32))
        #expect(f.traceCount == 1)
        _ = try f(try NDArray.linspace(0, 1, count: 10, dtype: .float32))
        #expect(f.traceCount == 2)
        _ = try f(try NDArray.linspace(0, 1, count: 10, dtype: .float64))
        #expect(f.traceCount == 3)
        _ = try f.call([FusionValue(try NDArray.linspace(0, 1, count: 10, dtype: .float32), isWeak: true)])
        #expect(f.traceCount == 4)
        _ = try f(x)
        #expect(f.traceCount == 4)
    }

    @Test func weakTypesFollowJAX() throws {
        let f = JIT("f") { (x: Tracer) throws(TensorError) -> Tracer in try x * 2 }
        let int8 = try NDArray.arange(5, dtype: .int8)
        let result = try f.call([FusionValue(int8)])[0]
        #expect(result.array.dtype == .int8 && !result.isWeak)
        let weak = try f.call([FusionValue(try NDArray.full([], .float(1.5), dtype: .float32), isWeak: true)])[0]
        #expect(weak.array.dtype == .float32 && weak.isWeak)
    }

    @Test func commonSubexpressionsAndConstantsAreComputedOnce() throws {
        let w = try NDArray.linspace(1, 2, count: 1024, dtype: .float32)
        let f = JIT("f") { (x: Tracer) throws(TensorError) -> Tracer in
            let scale = try x.constant(w) * 2 + 1
            return try x * 3 * scale + x * 3 * scale
        }
        let plan = try f.plan(for: x)
        let listing = plan.listing
        // `w * 2 + 1` is folded into one constant; `x * 3 * scale` is computed once.
        #expect(listing.hasPrefix("{ lambda a:f32[1024]; b:f32[1024]. let"), "\(listing)")
        #expect(plan.graph.nodes.count == 6, "\(listing)")
        let eager = try plan.tracedGraph.evaluateEagerly([x])[0]
        #expect(elementBytes(try f(x)) == elementBytes(eager))
    }

    @Test func nodesALoopCannotComputeRunEagerly() throws {
        let matrix = try NDArray.linspace(0, 1, count: 12, dtype: .float32).reshaped([3, 4])
        let f = JIT("f") { (x: Tracer) throws(TensorError) -> Tracer in try (x * 2).sum(axes: [0]) + 1 }
        let plan = try f.plan(for: matrix)
        #expect(plan.fusedLoopCount == 2 && plan.eagerNodeCount == 1, "\(plan.listing)")
        #expect(elementBytes(try f(matrix)) == elementBytes(try plan.tracedGraph.evaluateEagerly([matrix])[0]))
    }

    @Test func fusedSumsFollowThePairwiseTree() throws {
        let f = JIT("f") { (x: Tracer) throws(TensorError) -> Tracer in try (x * 1.5 + 0.25).sum() }
        for count in [0, 1, 9, 127, 128, 129, 511, 512, 513, 2048, 2049, 4096 + 17, 100_000, (1 << 18) + 3] {
            let a = try NDArray.linspace(-1, 7, count: count, dtype: .float32)
            let materialized = try UFunc.add.applyJAX([.array(try UFunc.multiply.applyJAX([.array(a), .scalar(1.5)]).array), .scalar(0.25)]).array
            let eager = try materialized.reduce(.add, dtype: .float32)
            #expect(elementBytes(try f(a)) == elementBytes(eager), "n = \(count)")
            #expect(elementBytes(try f(a)) == elementBytes(eager), "n = \(count), repeated (the one-sum shortcut)")
        }
        let matrix = try NDArray.linspace(-1, 7, count: 6 * 700, dtype: .float32).reshaped([6, 700])
        let materialized = try UFunc.add.applyJAX([.array(try UFunc.multiply.applyJAX([.array(matrix), .scalar(1.5)]).array), .scalar(0.25)]).array
        let eager = try materialized.reduce(.add, dtype: .float32)
        _ = try f(matrix)
        #expect(elementBytes(try f(matrix)) == elementBytes(eager), "a 6 × 700 matrix, repeated")
    }

    /// `jit(sum)` has nothing to fuse: its one eager node runs directly on repeated calls,
    /// giving the eager sum's bytes for any layout.
    @Test func aLoneSumRunsAsTheEagerSum() throws {
        let f = JIT("total") { (x: Tracer) throws(TensorError) -> Tracer in try x.sum() }
        let matrix = try NDArray.linspace(-1, 7, count: 6 * 700, dtype: .float32).reshaped([6, 700])
        for argument in [x, matrix, matrix.transposed()] {
            let eager = try argument.sum()
            for call in 1...3 {
                #expect(elementBytes(try f(argument)) == elementBytes(eager), "shape \(argument.shape), call \(call)")
            }
        }
        #expect(f.traceCount == 3)
    }

    @Test func oneThreadAndManyGiveTheSameBytes() throws {
        let count = (1 << 18) + 5
        let a = try NDArray.linspace(-1, 1, count: count, dtype: .float32)
        let b = try NDArray.linspace(3, 2, count: count, dtype: .float32)
        let f = JIT("f") { (x: Tracer, y: Tracer) throws(TensorError) -> Tracer in try 2 * x * y + 3 * y + 1 }
        let g = JIT("g") { (x: Tracer, y: Tracer) throws(TensorError) -> Tracer in try (x * y).sum() }
        func run() throws -> [[UInt8]] {
            [
                elementBytes(try f(a, b)), elementBytes(try g(a, b)),
                elementBytes(try UFunc.add(.array(a), .array(b))), elementBytes(try UFunc.sin(.array(a))),
                elementBytes(try a.sum()), elementBytes(try a.astype(.float64).sum()),
            ]
        }
        let single = try Parallelism.$threadLimit.withValue(1) { try run() }
        let many = try Parallelism.$threadLimit.withValue(4) { try Parallelism.$thresholdOverride.withValue(2048) { try run() } }
        #expect(single == many)
    }

    @Test func shapesThatDoNotBroadcastFailWhenTracing() throws {
        let f = JIT("f") { (x: Tracer, y: Tracer) throws(TensorError) -> Tracer in try x + y }
        let three = try NDArray.zeros([3], dtype: .float32)
        let four = try NDArray.zeros([4], dtype: .float32)
        #expect(throws: TensorError(.typeError, "add got incompatible shapes for broadcasting: (3,), (4,).")) { try f(three, four) }
        let g = JIT("g", semantics: .numpy) { (x: Tracer, y: Tracer) throws(TensorError) -> Tracer in try x + y }
        #expect(throws: TensorError(.valueError, "operands could not be broadcast together with shapes (3,) (4,) ")) { try g(three, four) }
        // A failed trace leaves nothing in the cache: the next call traces again.
        #expect(f.traceCount == 0 && g.traceCount == 0)
    }

    @Test func pythonControlFlowOnATracedValueIsRefused() throws {
        let f = JIT("f") { (x: Tracer) throws(TensorError) -> Tracer in
            try Tracer.apply(.greater, .tracer(x.sum()), .scalar(0)).truthValue() ? x : try -x
        }
        let error = #expect(throws: TensorError.self) { try f(x) }
        #expect(error?.kind == .tracerBoolConversionError)
        #expect(error?.message.hasPrefix("Attempted boolean conversion of traced array with shape bool[].\n") == true)
        #expect(error?.message.contains("tracing the function f for jit") == true)
    }

    @Test func aTracerFromAnotherTraceIsRefused() throws {
        var leaked: Tracer?
        let first = JIT("first") { (x: Tracer) throws(TensorError) -> Tracer in
            leaked = x
            return x
        }
        _ = try first(x)
        let second = JIT("second") { (x: Tracer) throws(TensorError) -> Tracer in try x + leaked! }
        let error = #expect(throws: TensorError.self) { try second(x) }
        #expect(error?.message.hasPrefix("Encountered an unexpected tracer.") == true)
    }
}
