import Foundation
import TestSupport
@testable import TensorCore

/// Random differential cases: an array of any dtype and a chain of view operations, some
/// of them invalid on purpose so that error messages are compared too.
struct DifferentialCaseGenerator {
    var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func makeCase() -> [String: Any] {
        let dtype = DType.allCases.randomElement(using: &random)!
        let shape = makeShape()
        let count = shape.reduce(1, *)
        var ops: [[String: Any]] = []
        var current = shape
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            let op = makeOperation(shape: current)
            ops.append(op.json)
            if let next = op.shape { current = next }
        }
        return ["dtype": dtype.name, "shape": shape, "values": makeValues(count: count, dtype: dtype), "ops": ops]
    }

    private mutating func makeShape() -> [Int] {
        if Int.random(in: 0..<40, using: &random) == 0 {
            return Bool.random(using: &random) ? [Int.random(in: 1001...1300, using: &random)]
                : [Int.random(in: 30...45, using: &random), Int.random(in: 25...40, using: &random)]
        }
        let rank = Int.random(in: 0...4, using: &random)
        var shape: [Int] = []
        for _ in 0..<rank {
            shape.append([0, 1, 1, 2, 2, 3, 3, 4, 5, 6].randomElement(using: &random)!)
            if shape.reduce(1, *) > 48 { shape[shape.count - 1] = 1 }
        }
        return shape
    }

    private mutating func makeValues(count: Int, dtype: DType) -> [Any] {
        switch dtype.kind {
        case .boolean:
            return (0..<count).map { _ in Bool.random(using: &random) }
        case .signedInteger, .unsignedInteger:
            let info = dtype.integerInfo!
            let style = Int.random(in: 0..<3, using: &random)
            return (0..<count).map { _ -> Any in
                switch style {
                case 0: return Int64.random(in: 0...9, using: &random)
                case 1:
                    let low = dtype.kind == .signedInteger ? -1000 : 0
                    return Int64.random(in: Int64(low)...Int64(Swift.min(info.max, 100_000)), using: &random)
                default:
                    if dtype == .uint64 { return UInt64.random(in: 0...UInt64.max, using: &random) }
                    return Int64.random(in: info.min...Int64(info.max), using: &random)
                }
            }
        case .floating:
            let style = Int.random(in: 0..<6, using: &random)
            return (0..<count).map { _ -> Any in
                let value: Double
                switch style {
                case 0: value = Double(Int.random(in: -20...20, using: &random))
                case 1: value = Double.random(in: -10...10, using: &random)
                case 2: value = Double.random(in: 0...1, using: &random) * pow(10, Double(Int.random(in: -9...12, using: &random)))
                case 3: value = [Double.nan, .infinity, -.infinity, -0.0, 0.5, 1e-5, 0.1, 1.0 / 3].randomElement(using: &random)!
                case 4: value = Double(Int.random(in: 0...3, using: &random)) / 4
                default: value = Double.random(in: -1...1, using: &random) * pow(10, Double(Int.random(in: -3...4, using: &random)))
                }
                return value.description
            }
        }
    }

    private struct Operation {
        var json: [String: Any]
        /// The shape after the operation, when the generator can predict it.
        var shape: [Int]?
    }

    private mutating func makeOperation(shape: [Int]) -> Operation {
        let rank = shape.count
        let size = shape.reduce(1, *)
        switch Int.random(in: 0..<12, using: &random) {
        case 0:
            var target = factorisation(of: size)
            if !target.isEmpty, Bool.random(using: &random) { target[Int.random(in: 0..<target.count, using: &random)] = -1 }
            if Int.random(in: 0..<8, using: &random) == 0 { target.append(7) }
            return Operation(json: ["op": "reshape", "shape": target], shape: nil)
        case 1:
            if Bool.random(using: &random) { return Operation(json: ["op": "transpose", "axes": NSNull()], shape: shape.reversed()) }
            var axes = Array(0..<rank).shuffled(using: &random)
            if !axes.isEmpty, Int.random(in: 0..<6, using: &random) == 0 { axes[0] = -1 - axes[0] }
            return Operation(json: ["op": "transpose", "axes": axes], shape: nil)
        case 2, 3, 4:
            return Operation(json: ["op": "index", "index": makeIndex(shape: shape)], shape: nil)
        case 5:
            return Operation(json: ["op": "expand", "axis": Int.random(in: -(rank + 2)...(rank + 1), using: &random)], shape: nil)
        case 6:
            let axis: Any = Bool.random(using: &random) || rank == 0 ? NSNull() : Int.random(in: -rank..<rank, using: &random)
            return Operation(json: ["op": "squeeze", "axis": axis], shape: nil)
        case 7:
            return Operation(json: ["op": "swap", "a": Int.random(in: -rank...rank, using: &random), "b": Int.random(in: -rank...Swift.max(rank - 1, 0), using: &random)], shape: nil)
        case 8:
            let source = rank > 0 ? [Int.random(in: -rank..<rank, using: &random)] : [0]
            let destination = rank > 0 ? [Int.random(in: -rank...rank, using: &random)] : [0]
            return Operation(json: ["op": "moveaxis", "source": source, "destination": destination], shape: nil)
        case 9:
            var target = shape.map { $0 == 1 ? Int.random(in: 1...3, using: &random) : $0 }
            if Bool.random(using: &random) { target.insert(Int.random(in: 1...3, using: &random), at: 0) }
            if Int.random(in: 0..<6, using: &random) == 0, !target.isEmpty { target[target.count - 1] += 1 }
            return Operation(json: ["op": "broadcast_to", "shape": target], shape: nil)
        case 10:
            return Operation(json: ["op": "astype", "dtype": DType.allCases.randomElement(using: &random)!.name], shape: shape)
        default:
            return Operation(json: ["op": ["copy", "ravel", "flatten"].randomElement(using: &random)!], shape: nil)
        }
    }

    private mutating func factorisation(of size: Int) -> [Int] {
        if size == 0 { return [0, Int.random(in: 1...3, using: &random)].shuffled(using: &random) }
        var remaining = size
        var factors: [Int] = []
        for candidate in [2, 3, 5] where remaining % candidate == 0 && Bool.random(using: &random) {
            factors.append(candidate)
            remaining /= candidate
        }
        factors.append(remaining)
        if Bool.random(using: &random) { factors.insert(1, at: Int.random(in: 0...factors.count, using: &random)) }
        return factors.shuffled(using: &random)
    }

    private mutating func makeIndex(shape: [Int]) -> [Any] {
        var components: [Any] = []
        var usedEllipsis = false
        for length in shape {
            switch Int.random(in: 0..<10, using: &random) {
            case 0, 1:
                components.append(["i": Int.random(in: -(length + 1)...length, using: &random)])
            case 2:
                components.append("new")
                components.append(["s": [NSNull(), NSNull(), NSNull()]])
            case 3 where !usedEllipsis:
                usedEllipsis = true
                components.append("...")
            default:
                func bound() -> Any { Bool.random(using: &random) ? NSNull() : Int.random(in: -(length + 2)...(length + 2), using: &random) }
                let step: Any = Bool.random(using: &random) ? NSNull() : [-3, -2, -1, 1, 2, 3].randomElement(using: &random)!
                components.append(["s": [bound(), bound(), step]])
            }
        }
        if Int.random(in: 0..<10, using: &random) == 0 { components.append(["i": 0]) }
        if Int.random(in: 0..<15, using: &random) == 0 { components.append("...") }
        return components
    }
}

/// Evaluates a differential case with TensorCore, producing the fields the NumPy oracle prints.
enum DifferentialEvaluator {
    static func evaluate(_ testCase: [String: Any]) -> [String: Any] {
        do {
            var array = try build(testCase)
            var isScalar = false
            for op in testCase["ops"] as! [[String: Any]] {
                array = try apply(op, to: array)
                isScalar = producesScalar(op, from: array)
                if isScalar { array = try array.copy() }
            }
            let contiguous = try array.ascontiguousarray()
            let bytes = UnsafeRawBufferPointer(start: contiguous.buffer.base + contiguous.offset, count: contiguous.byteCount)
            let value = isScalar ? try array.item() : nil
            return [
                "repr": value.map { ScalarText.repr($0, dtype: array.dtype) } ?? array.repr(),
                "str": value.map { ScalarText.str($0, dtype: array.dtype) } ?? array.str(),
                "shape": array.shape, "strides": array.strides,
                "c": array.isCContiguous, "f": array.isFContiguous, "writeable": array.isWriteable,
                "owns": array.ownsData, "bytes": bytes.map { String(format: "%02x", $0) }.joined(),
            ]
        } catch let error as TensorError {
            return ["error": error.description]
        } catch {
            return ["error": "\(error)"]
        }
    }

    private static func build(_ testCase: [String: Any]) throws(TensorError) -> NDArray {
        let dtype = DType(named: testCase["dtype"] as! String)!
        let values = testCase["values"] as! [Any]
        let shape = testCase["shape"] as! [Int]
        let base: NDArray
        if dtype.isFloatingPoint {
            let doubles = values.map { NestedValue.scalar(.float(Double($0 as! String)!)) }
            base = try NDArray(.list(doubles), dtype: .float64).astype(dtype)
        } else if dtype == .bool {
            base = try NDArray(.list(values.map { .scalar(.bool($0 as! Bool)) }), dtype: .bool)
        } else {
            let scalars = values.map { value -> NestedValue in
                if let big = value as? UInt64, big > UInt64(Int64.max) { return .scalar(.uint(big)) }
                return .scalar(.int((value as! NSNumber).int64Value))
            }
            base = try NDArray(.list(scalars), dtype: dtype)
        }
        return try base.reshaped(shape)
    }

    private static func axes(_ value: Any?) -> [Int]? { value as? [Int] }

    /// NumPy returns a scalar, not a view, when every axis is indexed by an integer.
    private static func producesScalar(_ op: [String: Any], from result: NDArray) -> Bool {
        guard op["op"] as? String == "index", result.ndim == 0 else { return false }
        return (op["index"] as! [Any]).allSatisfy { ($0 as? [String: Any])?["i"] != nil }
    }

    private static func apply(_ op: [String: Any], to array: NDArray) throws(TensorError) -> NDArray {
        switch op["op"] as! String {
        case "reshape": return try array.reshaped(op["shape"] as! [Int])
        case "transpose": return try array.transposed(axes(op["axes"]))
        case "index": return try array.view(at: (op["index"] as! [Any]).map(component))
        case "expand": return try array.expandingDimensions([op["axis"] as! Int])
        case "squeeze": return try array.squeezed((op["axis"] as? Int).map { [$0] })
        case "swap": return try array.swappingAxes(op["a"] as! Int, op["b"] as! Int)
        case "moveaxis": return try array.movingAxes(from: op["source"] as! [Int], to: op["destination"] as! [Int])
        case "broadcast_to": return try array.broadcast(to: op["shape"] as! [Int])
        case "astype": return try array.astype(DType(named: op["dtype"] as! String)!)
        case "copy": return try array.copy()
        case "ravel": return try array.raveled()
        case "flatten": return try array.flattened()
        default: fatalError("unknown op")
        }
    }

    private static func component(_ value: Any) -> IndexComponent {
        if let text = value as? String { return text == "..." ? .ellipsis : .newAxis }
        let dictionary = value as! [String: Any]
        if let integer = dictionary["i"] as? Int { return .integer(integer) }
        let parts = dictionary["s"] as! [Any]
        return .slice(start: parts[0] as? Int, stop: parts[1] as? Int, step: parts[2] as? Int)
    }
}
