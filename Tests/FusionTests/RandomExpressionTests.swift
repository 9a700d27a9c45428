import Foundation
import Fusion
import Testing
import TensorCore
import TestSupport

/// Random expression trees (depth up to 6, every elementwise function, mixed dtypes,
/// broadcast shapes, strided and transposed arguments, weak types, scalars, casts, integer
/// powers and a final sum) run through `JIT` and step by step through the eager API:
/// the bytes, dtype, shape and weak type must be the same.
@Suite struct RandomExpressionTests {
    indirect enum Expression {
        case parameter(Int)
        case scalar(Scalar)
        case unary(UFunc, Expression)
        case binary(UFunc, Expression, Expression)
        case cast(DType, Expression)
        case integerPower(Expression, Int)
        case sum(Expression)
    }

    /// An eagerly computed value: an array with its weak type, or a Python scalar.
    enum Value {
        case array(NDArray, weak: Bool)
        case scalar(Scalar)
    }

    static let seed: UInt64 = ProcessInfo.processInfo.environment["COURSE_DIFFERENTIAL_SEED"].flatMap(UInt64.init) ?? 20261125

    @Test(arguments: [FusionSemantics.jax(x64: false), .numpy])
    func fusedPlansMatchEagerEvaluation(semantics: FusionSemantics) throws {
        var generator = Generator(seed: Self.seed &+ (semantics == .numpy ? 1 : 0), semantics: semantics)
        var compared = 0
        var sums = 0
        for _ in 0..<250 {
            let arguments = try generator.arguments()
            guard let (expression, expected) = generator.expression(depth: 6, arguments: arguments, allowScalar: false) else { continue }
            let (final, reference) = try generator.maybeSum(expression, expected)
            guard case .array(let expectedArray, let expectedWeak) = reference else { continue }
            let jit = JIT("f", semantics: semantics) { (tracers: [Tracer]) throws(TensorError) -> [Tracer] in
                [try Self.trace(final, tracers)]
            }
            let result = try jit.call(arguments)[0]
            let plan = try jit.plan(for: arguments)
            let same = result.array.dtype == expectedArray.dtype && result.array.shape == expectedArray.shape
                && result.isWeak == expectedWeak && elementBytes(result.array) == elementBytes(expectedArray)
            #expect(same, "fused \(result.type) differs from eager \(FusionValue(expectedArray, isWeak: expectedWeak).type) for\n\(plan.listing)")
            compared += 1
            if case .sum = final { sums += 1 }
        }
        #expect(compared > 200)
        #expect(sums > 30)
    }

    static func trace(_ expression: Expression, _ tracers: [Tracer]) throws(TensorError) -> Tracer {
        func operand(_ expression: Expression) throws(TensorError) -> TraceOperand {
            if case .scalar(let scalar) = expression { return .scalar(scalar) }
            return .tracer(try trace(expression, tracers))
        }
        switch expression {
        case .parameter(let index): return tracers[index]
        case .scalar: preconditionFailure("a scalar alone is not traced")
        case .unary(let function, let a): return try Tracer.apply(function, operand(a))
        case .binary(let function, let a, let b): return try Tracer.apply(function, operand(a), operand(b))
        case .cast(let dtype, let a): return try trace(a, tracers).astype(dtype)
        case .integerPower(let a, let exponent): return try trace(a, tracers).power(exponent)
        case .sum(let a): return try trace(a, tracers).sum()
        }
    }

    struct Generator {
        var random: SplitMix64
        let semantics: FusionSemantics
        let state: RandomState
        let dtypes: [DType] = [.bool, .int8, .int32, .uint8, .int64, .float16, .float32, .float64]

        init(seed: UInt64, semantics: FusionSemantics) {
            random = SplitMix64(seed: seed)
            self.semantics = semantics
            state = try! RandomState(seed: Int64(seed % 1_000_000))
        }

        /// Four arguments whose shapes broadcast together, some of them views with odd strides.
        mutating func arguments() throws -> [FusionValue] {
            let bases: [[Int]] = [[3, 4, 5], [37, 129], [2, 3000], [7]]
            let base = bases[random.next(4)]
            var result: [FusionValue] = []
            for _ in 0..<4 {
                var shape = base
                switch random.next(5) {
                case 0: shape = Array(base.suffix(1))
                case 1: shape = base.indices.map { $0 == 0 ? base[0] : 1 }
                case 2: shape = []
                default: break
                }
                let dtype = dtypes[random.next(dtypes.count)]
                var array = try randomArray(shape, dtype: dtype, random: state)
                if shape.count >= 2, random.next(3) == 0 {
                    // The same values through a transposed copy's transpose: strides out of C order.
                    array = try array.transposed().copy().transposed()
                } else if shape.count == 1, shape[0] > 1, random.next(3) == 0 {
                    let doubled = try randomArray([shape[0] * 2], dtype: dtype, random: state)
                    array = try doubled.view(at: [.slice(start: nil, stop: nil, step: 2)])
                }
                let weak = semantics.isJAXSemantics && (dtype == .float32 || dtype == .int32) && random.next(4) == 0
                result.append(FusionValue(array, isWeak: weak))
            }
            return result
        }

        mutating func expression(depth: Int, arguments: [FusionValue], allowScalar: Bool) -> (Expression, Value)? {
            if depth == 0 || random.next(5) == 0 {
                if allowScalar, random.next(3) == 0 {
                    let scalars: [Scalar] = [.float(2), .float(-0.5), .int(3), .int(-1), .int(300), .bool(true), .float(1e30)]
                    let scalar = scalars[random.next(scalars.count)]
                    return (.scalar(scalar), .scalar(scalar))
                }
                let index = random.next(arguments.count)
                return (.parameter(index), .array(arguments[index].array, weak: arguments[index].isWeak))
            }
            for _ in 0..<8 {
                let choice = random.next(20)
                if choice < 7 {
                    let function = UFunc.allCases.filter { $0.arity == 1 }.randomElement(using: &random)!
                    guard let (a, value) = expression(depth: depth - 1, arguments: arguments, allowScalar: false) else { continue }
                    if let result = try? apply(function, [value]) { return (.unary(function, a), result) }
                } else if choice < 17 {
                    let function = UFunc.allCases.filter { $0.arity == 2 }.randomElement(using: &random)!
                    let scalarSide = random.next(2)
                    guard let (a, left) = expression(depth: depth - 1, arguments: arguments, allowScalar: scalarSide == 0),
                        let (b, right) = expression(depth: depth - 1, arguments: arguments, allowScalar: scalarSide == 1)
                    else { continue }
                    if let result = try? apply(function, [left, right]) { return (.binary(function, a, b), result) }
                } else if choice < 19 {
                    let dtype = dtypes[random.next(dtypes.count)]
                    guard let (a, value) = expression(depth: depth - 1, arguments: arguments, allowScalar: false),
                        case .array(let array, _) = value,
                        let cast = semantics.isJAXSemantics ? try? array.copy(dtype: dtype) : try? array.astype(dtype)
                    else { continue }
                    return (.cast(dtype, a), .array(cast, weak: false))
                } else if semantics.isJAXSemantics {
                    let exponent = [0, 1, 2, 3, -1, 5][random.next(6)]
                    guard let (a, value) = expression(depth: depth - 1, arguments: arguments, allowScalar: false),
                        let result = try? apply(.power, [value, .scalar(.int(Int64(exponent)))])
                    else { continue }
                    return (.integerPower(a, exponent), result)
                }
            }
            return nil
        }

        /// The expression, with a final full sum one time in three.
        mutating func maybeSum(_ expression: Expression, _ value: Value) throws -> (Expression, Value) {
            guard random.next(3) == 0, case .array(let array, let weak) = value else { return (expression, value) }
            if semantics.isJAXSemantics {
                let canonical = JAXPromotion.canonical(array.dtype, x64: false)
                let dtype: DType
                switch canonical {
                case .bool, .int8, .int16: dtype = .int32
                case .uint8, .uint16: dtype = .uint32
                default: dtype = canonical
                }
                // A conversion (to another type, or from weak to strong) gives a C-ordered array
                // in JAX; a strong array already of the type is summed as it is.
                let sum = try WarningLog.collecting { () throws(TensorError) -> NDArray in
                    try (dtype == array.dtype && !weak ? array : array.copy(dtype: dtype)).reduce(.add, dtype: dtype)
                }.value
                return (.sum(expression), .array(sum, weak: weak && dtype == canonical))
            }
            let sum = try WarningLog.collecting { () throws(TensorError) -> NDArray in try array.reduce(.add) }.value
            return (.sum(expression), .array(sum, weak: false))
        }

        /// One eager call, as `jax.numpy` or NumPy makes it.
        func apply(_ function: UFunc, _ values: [Value]) throws -> Value {
            if semantics.isJAXSemantics {
                let operands = values.map { value -> JAXOperand in
                    switch value {
                    case .array(let array, let weak): .array(array, weak: weak)
                    case .scalar(let scalar): .scalar(scalar)
                    }
                }
                let result = try function.applyJAX(operands, x64: false)
                return .array(result.array, weak: result.isWeak)
            }
            let operands = values.map { value -> Operand in
                switch value {
                case .array(let array, _): .array(array)
                case .scalar(let scalar): .scalar(scalar)
                }
            }
            let result = try WarningLog.collecting { () throws(TensorError) -> NDArray in try function.apply(operands) }.value
            return .array(result, weak: false)
        }
    }
}

extension FusionSemantics {
    var isJAXSemantics: Bool { self != .numpy }
}
