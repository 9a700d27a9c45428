import Foundation
import Testing
@testable import TensorCore
import TestSupport

/// Elementwise functions against the real NumPy: random functions, dtypes, Python scalars,
/// broadcast shapes, memory layouts and `out=` arrays, compared byte for byte with the
/// warnings raised. The transcendental functions are compared within 2 units in the last
/// place: NumPy computes them with its own SIMD code, chosen per machine, and TensorCore
/// with the C library.
@Suite("Elementwise functions against NumPy")
struct ElementwiseDifferentialTests {
    static let caseCount = 6_000
    static let transcendental: Set<UFunc> = [
        .exp, .expm1, .log, .log1p, .log2, .log10, .sin, .cos, .tan, .arcsin, .arccos, .arctan, .arctan2,
        .sinh, .cosh, .tanh, .power, .hypot,
    ]

    @Test("Random elementwise calls match NumPy", .enabled(if: NumPyOracle.unavailableReason == nil, "python3 with NumPy is not available"))
    func randomCalls() throws {
        let seed = ProcessInfo.processInfo.environment["COURSE_DIFFERENTIAL_SEED"].flatMap { UInt64($0) } ?? 0xE1E_2026
        var generator = UFuncCaseGenerator(seed: seed)
        let cases = (0..<Self.caseCount).map { _ in generator.makeCase() }
        let expected = try NumPyOracle.evaluate(cases, script: "numpy_ufuncs.py")
        var failures: [String] = []
        for (index, (testCase, numpy)) in zip(cases, expected).enumerated() {
            let ours = UFuncCaseEvaluator.evaluate(testCase)
            let function = UFunc(rawValue: testCase["function"] as! String) ?? .maximum
            if let problem = Self.difference(numpy: numpy, ours: ours, function: function) {
                let json = String(decoding: try JSONSerialization.data(withJSONObject: testCase, options: [.sortedKeys]), as: UTF8.self)
                failures.append("case \(index) \(testCase["function"]!): \(problem)\n  case: \(json.prefix(500))")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(cases.count) calls differ; first ones:\n\(failures.prefix(40).joined(separator: "\n"))")
    }

    /// Functions whose result on equal zeros of opposite sign IEEE 754 leaves open; NumPy's
    /// answer depends on which of its loops runs (SIMD body, scalar tail, in-place path).
    static let signedZeroTies: Set<UFunc> = [.maximum, .minimum, .fmax, .fmin]

    static func difference(numpy: [String: Any], ours: [String: Any], function: UFunc) -> String? {
        if let error = numpy["error"] as? String, error.hasPrefix("SystemError") {
            // NumPy failed internally (a warning raised while an error was pending): no verdict.
            return nil
        }
        if let error = numpy["error"] as? String {
            return ours["error"] as? String == error ? nil : "error: numpy \(error) / ours \(ours["error"] ?? "no error")"
        }
        if let error = ours["error"] { return "we raised \(error)" }
        for key in ["dtype", "shape"] where "\(numpy[key]!)" != "\(ours[key]!)" {
            return "\(key): numpy \(numpy[key]!) / ours \(ours[key]!)"
        }
        let dtype = DType(named: numpy["dtype"] as! String)!
        let expectedBytes = numpy["bytes"] as! String
        let ourBytes = ours["bytes"] as! String
        if expectedBytes != ourBytes, signedZeroTies.contains(function), dtype.isFloatingPoint,
            zip(doubles(bytes(expectedBytes), dtype: dtype), doubles(bytes(ourBytes), dtype: dtype)).allSatisfy({ p, q in
                p.bitPattern == q.bitPattern || (p == 0 && q == 0) || (p.isNaN && q.isNaN)
            })
        {
            return nil
        }
        if expectedBytes != ourBytes {
            guard transcendental.contains(function), dtype.isFloatingPoint,
                closeInLoopPrecision(expectedBytes, ourBytes, dtype: dtype, function: function)
            else {
                return "bytes: numpy \(expectedBytes.prefix(64)) / ours \(ourBytes.prefix(64))"
            }
        }
        let expectedWarnings = numpy["warnings"] as! [String]
        let ourWarnings = ours["warnings"] as! [String]
        if expectedWarnings != ourWarnings, !transcendental.contains(function) {
            return "warnings: numpy \(expectedWarnings) / ours \(ourWarnings)"
        }
        return nil
    }

    /// Whether two results are within 2 units in the last place of the precision they were
    /// computed in, which may be narrower than the result's dtype (a float32 loop written to
    /// a float64 `out`).
    ///
    /// One special value is allowed to differ: NumPy's vectorised float power returns NaN for
    /// a `-inf` base with a non-integer exponent, but only for elements in its SIMD body
    /// (its scalar tail, and C's `pow`, give `inf`), so NaN against infinity is accepted there.
    static func closeInLoopPrecision(_ a: String, _ b: String, dtype: DType, function: UFunc) -> Bool {
        let x = doubles(bytes(a), dtype: dtype)
        let y = doubles(bytes(b), dtype: dtype)
        guard x.count == y.count else { return false }
        return zip(x, y).allSatisfy { p, q in
            if p.bitPattern == q.bitPattern || (p.isNaN && q.isNaN) { return true }
            if function == .power, (p.isNaN && q.isInfinite) || (p.isInfinite && q.isNaN) { return true }
            let narrowest: Double = Double(Float16(p)) == p && Double(Float16(q)) == q ? 0x1p-10
                : Double(Float(p)) == p && Double(Float(q)) == q ? 0x1p-23 : 0x1p-52
            return abs(p - q) <= 2 * narrowest * max(abs(p), abs(q), Double.leastNormalMagnitude)
        }
    }

    static func doubles(_ data: [UInt8], dtype: DType) -> [Double] {
        stride(from: 0, to: data.count, by: dtype.itemSize).map { start in
            var bits: UInt64 = 0
            for k in (0..<dtype.itemSize).reversed() { bits = bits << 8 | UInt64(data[start + k]) }
            switch dtype {
            case .float16: return Double(Float16(bitPattern: UInt16(bits)))
            case .float32: return Double(Float(bitPattern: UInt32(bits)))
            default: return Double(bitPattern: bits)
            }
        }
    }

    /// The largest distance, in units in the last place, between two arrays' elements.
    static func ulpDistance(_ a: String, _ b: String, dtype: DType) -> Int {
        let x = bytes(a)
        let y = bytes(b)
        guard x.count == y.count else { return .max }
        var worst = 0
        for start in stride(from: 0, to: x.count, by: dtype.itemSize) {
            func integer(_ data: [UInt8]) -> Int64 {
                var value: UInt64 = 0
                for k in (0..<dtype.itemSize).reversed() { value = value << 8 | UInt64(data[start + k]) }
                let bits = UInt64(dtype.itemSize * 8)
                let signBit = UInt64(1) << (bits - 1)
                let magnitude = Int64(bitPattern: value & (signBit - 1))
                return value & signBit != 0 ? -magnitude : magnitude
            }
            let (p, q) = (integer(x), integer(y))
            if p == q { continue }
            let (difference, overflow) = p.subtractingReportingOverflow(q)
            let distance = overflow ? Int64.max : difference.magnitude > UInt64(Int32.max) ? Int64(Int32.max) : Int64(difference.magnitude)
            worst = max(worst, Int(distance))
        }
        return worst
    }

    static func bytes(_ hex: String) -> [UInt8] {
        var result: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            result.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        return result
    }
}

/// Random elementwise calls.
struct UFuncCaseGenerator {
    var random: SplitMix64
    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func makeCase() -> [String: Any] {
        if Int.random(in: 0..<12, using: &random) == 0 { return makeWhereOrClip() }
        let function = UFunc.allCases.randomElement(using: &random)!
        let rank = Int.random(in: 0...3, using: &random)
        let shape = (0..<rank).map { _ in Int.random(in: 1...4, using: &random) }
        var operands: [[String: Any]] = []
        for index in 0..<function.arity {
            if index > 0 || function.arity == 1 ? Int.random(in: 0..<4, using: &random) == 0 : Int.random(in: 0..<8, using: &random) == 0 {
                operands.append(makeScalar())
            } else {
                operands.append(makeArray(shape: operandShape(from: shape)))
            }
        }
        var testCase: [String: Any] = ["function": function.name, "operands": operands]
        if Int.random(in: 0..<6, using: &random) == 0 {
            if Bool.random(using: &random), operands[0]["scalar"] == nil {
                testCase["out"] = "input0"
            } else {
                testCase["out"] = makeArray(shape: shape, dtype: DType.allCases.randomElement(using: &random)!, layout: "contiguous")
            }
        }
        return testCase
    }

    /// `np.where(c, x, y)` or `np.clip(a, lo, hi)`, with arrays and Python scalars.
    private mutating func makeWhereOrClip() -> [String: Any] {
        let shape = (0..<Int.random(in: 0...2, using: &random)).map { _ in Int.random(in: 1...4, using: &random) }
        let isWhere = Bool.random(using: &random)
        var operands: [[String: Any]] = [makeArray(shape: operandShape(from: shape), dtype: isWhere ? [.bool, .int8, .float32].randomElement(using: &random)! : nil)]
        for _ in 0..<2 {
            operands.append(Bool.random(using: &random) ? makeScalar() : makeArray(shape: operandShape(from: shape)))
        }
        return ["function": isWhere ? "where" : "clip", "operands": operands]
    }

    private mutating func operandShape(from shape: [Int]) -> [Int] {
        var result = shape
        switch Int.random(in: 0..<6, using: &random) {
        case 0 where !result.isEmpty: result.removeFirst()
        case 1 where !result.isEmpty: result[Int.random(in: 0..<result.count, using: &random)] = 1
        case 2 where !result.isEmpty && Int.random(in: 0..<3, using: &random) == 0: result[result.count - 1] += 1
        default: break
        }
        return result
    }

    private mutating func makeScalar() -> [String: Any] {
        switch Int.random(in: 0..<5, using: &random) {
        case 0: return ["scalar": Bool.random(using: &random), "kind": "b"]
        case 1: return ["scalar": Int64.random(in: -5...5, using: &random), "kind": "i"]
        case 2: return ["scalar": [300, -1, 1000, 70000, 2].randomElement(using: &random)!, "kind": "i"]
        default: return ["scalar": [0.5, -2.25, 0.0, 3.0, 1e-3].randomElement(using: &random)!.description, "kind": "f"]
        }
    }

    private mutating func makeArray(shape: [Int], dtype: DType? = nil, layout: String? = nil) -> [String: Any] {
        let dtype = dtype ?? DType.allCases.randomElement(using: &random)!
        let layout = layout ?? ["contiguous", "contiguous", "transpose", "step", "reverse"].randomElement(using: &random)!
        let count = shape.reduce(1, *)
        let values: [Any] = (0..<count).map { _ in
            switch dtype.kind {
            case .boolean: return Bool.random(using: &random)
            case .signedInteger: return Int64.random(in: -6...6, using: &random) * (Int.random(in: 0..<5, using: &random) == 0 ? 30 : 1)
            case .unsignedInteger: return Int64.random(in: 0...9, using: &random) * (Int.random(in: 0..<5, using: &random) == 0 ? 30 : 1)
            case .floating:
                let choice = Int.random(in: 0..<10, using: &random)
                let value: Double = switch choice {
                case 0: [Double.nan, .infinity, -.infinity, -0.0, 0.0].randomElement(using: &random)!
                case 1: Double(Int.random(in: -4...4, using: &random))
                case 2: Double.random(in: -1...1, using: &random)
                default: Double.random(in: -20...20, using: &random)
                }
                return value.description
            }
        }
        return ["dtype": dtype.name, "shape": shape, "values": values, "layout": layout]
    }
}

/// Evaluates an elementwise case with TensorCore.
enum UFuncCaseEvaluator {
    static func evaluate(_ testCase: [String: Any]) -> [String: Any] {
        let log = WarningLog()
        var outcome: [String: Any] = WarningLog.$current.withValue(log) {
            do {
                let operands = try (testCase["operands"] as! [[String: Any]]).map(operand)
                if let special = try whereOrClip(testCase["function"] as! String, operands) { return describe(special) }
                let function = UFunc(rawValue: testCase["function"] as! String)!
                var out: NDArray?
                if testCase["out"] as? String == "input0", case .array(let first) = operands[0] {
                    out = first
                } else if let spec = testCase["out"] as? [String: Any] {
                    out = try array(spec)
                }
                return describe(try function.apply(operands, out: out))
            } catch let error as TensorError {
                return ["error": error.description]
            } catch {
                return ["error": "\(error)"]
            }
        }
        outcome["warnings"] = log.warnings.map(\.message)
        return outcome
    }

    private static func whereOrClip(_ name: String, _ operands: [Operand]) throws -> NDArray? {
        switch name {
        case "where": return try NDArray.where(operands[0], operands[1], operands[2])
        case "clip":
            guard case .array(let array) = operands[0] else { return nil }
            return try array.clipped(min: operands[1], max: operands[2])
        default: return nil
        }
    }

    private static func describe(_ result: NDArray) -> [String: Any] {
        let contiguous = try! result.ascontiguousarray()
        let bytes = UnsafeRawBufferPointer(start: contiguous.buffer.base + contiguous.offset, count: contiguous.byteCount)
        return ["dtype": result.dtype.name, "shape": result.shape, "bytes": bytes.map { String(format: "%02x", $0) }.joined()]
    }

    private static func operand(_ spec: [String: Any]) throws -> Operand {
        if let value = spec["scalar"] {
            switch spec["kind"] as! String {
            case "b": return .scalar(.bool(value as! Bool))
            case "i": return .scalar(.int((value as! NSNumber).int64Value))
            default: return .scalar(.float(Double(value as! String)!))
            }
        }
        return .array(try array(spec))
    }

    private static func array(_ spec: [String: Any]) throws -> NDArray {
        let dtype = DType(named: spec["dtype"] as! String)!
        let shape = spec["shape"] as! [Int]
        let values = spec["values"] as! [Any]
        let flat: NDArray
        switch dtype.kind {
        case .floating:
            flat = try NDArray(.list(values.map { .scalar(.float(Double($0 as! String)!)) }), dtype: .float64).astype(dtype)
        case .boolean:
            flat = try NDArray(.list(values.map { .scalar(.bool($0 as! Bool)) }), dtype: .bool)
        default:
            flat = try NDArray(.list(values.map { .scalar(.int(($0 as! NSNumber).int64Value)) }), dtype: dtype)
        }
        switch spec["layout"] as! String {
        case "transpose":
            return try flat.reshaped(shape.reversed()).transposed()
        case "step" where !shape.isEmpty:
            let base = try flat.reshaped(shape)
            let doubled = try NDArray.empty(shape.dropLast() + [shape.last! * 2], dtype: dtype)
            try doubled.assign(base, at: [.ellipsis, .slice(start: nil, stop: nil, step: 2)])
            try doubled.assign(base, at: [.ellipsis, .slice(start: 1, stop: nil, step: 2)])
            return try doubled.view(at: [.ellipsis, .slice(start: nil, stop: nil, step: 2)])
        case "reverse" where !shape.isEmpty:
            return try flat.reshaped(shape).view(at: [.slice(start: nil, stop: nil, step: -1)])
        default:
            return try flat.reshaped(shape)
        }
    }
}
