import Foundation
import Testing
@testable import TensorCore
import TestSupport

/// Reductions against the real NumPy, byte for byte: float sums of every length from 0 to
/// 1,000 and a sample up to a million (NumPy's pairwise order), every axis of 3-d arrays in
/// several memory layouts, and every reduction function with its keywords.
@Suite("Reductions against NumPy")
struct ReductionDifferentialTests {
    static func values(count: Int, seed: Int64, dtype: DType, special: Bool) throws -> NDArray {
        let mixed = (0..<Int64(count)).map { ((($0 + 1) &* 2654435761) + seed) % 1000003 }
        switch dtype.kind {
        case .boolean:
            return try NDArray(.list(mixed.map { .scalar(.bool($0 % 3 == 0)) }), dtype: .bool)
        case .signedInteger, .unsignedInteger:
            let offset: Int64 = dtype.kind == .unsignedInteger ? 0 : 100
            return try NDArray(.list(mixed.map { .scalar(.int($0 % 201 - offset)) }), dtype: .int64).astype(dtype)
        case .floating:
            let doubles = mixed.enumerated().map { index, value -> NestedValue in
                if special, index % 97 == 5 { return .scalar(.float(.nan)) }
                return .scalar(.float(Double(value) / 1000003.0 * 2000.0 - 1000.0))
            }
            return try NDArray(.list(doubles), dtype: .float64).astype(dtype)
        }
    }

    static func make(_ testCase: [String: Any]) throws -> NDArray {
        let dtype = DType(named: testCase["dtype"] as! String)!
        let shape = testCase["shape"] as! [Int]
        let flat = try values(count: Swift.max(shape.reduce(1, *), shape.isEmpty ? 1 : 0), seed: Int64(testCase["seed"] as! Int),
                              dtype: dtype, special: testCase["special"] as! Bool)
        switch testCase["layout"] as! String {
        case "transpose": return try flat.reshaped(shape.reversed()).transposed()
        case "reverse": return try flat.reshaped(shape).view(at: [.slice(start: nil, stop: nil, step: -1)])
        case "step":
            let base = try flat.reshaped(shape)
            let doubled = try NDArray.empty(shape.dropLast() + [shape.last! * 2], dtype: dtype)
            try doubled.assign(base, at: [.ellipsis, .slice(start: nil, stop: nil, step: 2)])
            try doubled.assign(base, at: [.ellipsis, .slice(start: 1, stop: nil, step: 2)])
            return try doubled.view(at: [.ellipsis, .slice(start: nil, stop: nil, step: 2)])
        default: return try flat.reshaped(shape)
        }
    }

    static func evaluate(_ testCase: [String: Any]) -> [String: Any] {
        let function = testCase["function"] as! String
        let kwargs = testCase["kwargs"] as? [String: Any] ?? [:]
        let keepdims = kwargs["keepdims"] as? Bool ?? false
        let dtype = (kwargs["dtype"] as? String).flatMap(DType.init(named:))
        let ddof = kwargs["ddof"] as? Int ?? 0
        let axes: [Int]? = (testCase["axis"] as? [Int]) ?? (testCase["axis"] as? Int).map { [$0] }
        let single = testCase["axis"] as? Int
        do {
            let (result, warnings) = try WarningLog.collecting { () throws(TensorError) -> NDArray in
                let a: NDArray
                do { a = try make(testCase) } catch { throw error as! TensorError }
                switch function {
                case "sum": return try a.sum(axis: axes, dtype: dtype, keepdims: keepdims)
                case "prod": return try a.prod(axis: axes, dtype: dtype, keepdims: keepdims)
                case "max": return try a.max(axis: axes, keepdims: keepdims)
                case "min": return try a.min(axis: axes, keepdims: keepdims)
                case "any": return try a.any(axis: axes, keepdims: keepdims)
                case "all": return try a.all(axis: axes, keepdims: keepdims)
                case "mean": return try a.mean(axis: axes, dtype: dtype, keepdims: keepdims)
                case "var": return try a.variance(axis: axes, dtype: dtype, ddof: ddof, keepdims: keepdims)
                case "std": return try a.standardDeviation(axis: axes, dtype: dtype, ddof: ddof, keepdims: keepdims)
                case "nansum": return try a.nansum(axis: axes, dtype: dtype, keepdims: keepdims)
                case "nanmean": return try a.nanmean(axis: axes, keepdims: keepdims)
                case "count_nonzero": return try a.countNonzero(axis: axes, keepdims: keepdims)
                case "argmax": return try a.argmax(axis: single, keepdims: keepdims)
                case "argmin": return try a.argmin(axis: single, keepdims: keepdims)
                case "cumsum": return try a.cumsum(axis: single, dtype: dtype)
                default: return try a.cumprod(axis: single, dtype: dtype)
                }
            }
            let contiguous = try result.ascontiguousarray()
            let bytes = UnsafeRawBufferPointer(start: contiguous.buffer.base + contiguous.offset, count: contiguous.byteCount)
            return ["dtype": result.dtype.name, "shape": result.shape, "bytes": bytes.map { String(format: "%02x", $0) }.joined(),
                    "warnings": warnings.map(\.message)]
        } catch {
            return ["error": error.description]
        }
    }

    static func compare(_ cases: [[String: Any]]) throws -> [String] {
        let expected = try NumPyOracle.evaluate(cases, script: "numpy_reductions.py")
        var failures: [String] = []
        for (testCase, numpy) in zip(cases, expected) {
            let ours = evaluate(testCase)
            for key in ["error", "dtype", "shape", "bytes", "warnings"] where "\(numpy[key] ?? "-")" != "\(ours[key] ?? "-")" {
                if key == "warnings", numpy["error"] != nil { continue }
                // NumPy words a division warning "scalar divide" or "divide" depending on whether
                // its internal sum returned a scalar or a 0-d array: accepted either way.
                if key == "warnings", "\(numpy[key] ?? "")".replacingOccurrences(of: "scalar divide", with: "divide")
                    == "\(ours[key] ?? "")".replacingOccurrences(of: "scalar divide", with: "divide") { continue }
                let json = String(decoding: try JSONSerialization.data(withJSONObject: testCase, options: [.sortedKeys]), as: UTF8.self)
                failures.append("\(key): numpy \(String(describing: numpy[key] ?? "-").prefix(120)) / ours \(String(describing: ours[key] ?? "-").prefix(120))\n  case: \(json.prefix(300))")
                break
            }
        }
        return failures
    }

    @Test("Float sums of every length from 0 to 1,000 and up to a million are NumPy's, bit for bit",
          .enabled(if: NumPyOracle.unavailableReason == nil, "python3 with NumPy is not available"))
    func sumLengths() throws {
        var cases: [[String: Any]] = []
        for dtype in ["float32", "float64"] {
            for length in Array(0...1000) + [1023, 1024, 1025, 4095, 8191, 8192, 8193, 65537, 100_000, 1_000_000] {
                cases.append(["function": "sum", "dtype": dtype, "shape": [length], "seed": length, "special": false,
                              "layout": "contiguous", "axis": NSNull()])
            }
        }
        let failures = try Self.compare(cases)
        #expect(failures.isEmpty, "\(failures.count) of \(cases.count) differ:\n\(failures.prefix(5).joined(separator: "\n"))")
    }

    @Test("Every reduction over every axis of 3-d arrays in every layout matches NumPy",
          .enabled(if: NumPyOracle.unavailableReason == nil, "python3 with NumPy is not available"))
    func randomReductions() throws {
        let seed = ProcessInfo.processInfo.environment["COURSE_DIFFERENTIAL_SEED"].flatMap { UInt64($0) } ?? 0x5E_D0C3
        var random = SplitMix64(seed: seed)
        let functions = ["sum", "sum", "sum", "prod", "max", "min", "any", "all", "mean", "var", "std", "nansum",
                         "nanmean", "count_nonzero", "argmax", "argmin", "cumsum", "cumprod"]
        let axes: [Any] = [NSNull(), 0, 1, 2, -1, [0, 1], [0, 2], [1, 2], [0, 1, 2], [2, 0, -2], 3, [1, 1]]
        var cases: [[String: Any]] = []
        for _ in 0..<2_500 {
            let function = functions.randomElement(using: &random)!
            let dtype = ["float32", "float64", "float32", "float64", "float16", "int8", "uint8", "int64", "bool"].randomElement(using: &random)!
            let shape = (0..<3).map { _ in [0, 1, 2, 3, 7, 9, 16, 33, 130].randomElement(using: &random)! }
            guard shape.reduce(1, *) <= 20_000 else { continue }
            var axis = axes.randomElement(using: &random)!
            if ["argmax", "argmin", "cumsum", "cumprod"].contains(function), axis is [Int] { axis = 1 }
            var kwargs: [String: Any] = [:]
            if !["cumsum", "cumprod"].contains(function), Bool.random(using: &random) { kwargs["keepdims"] = true }
            let special = Int.random(in: 0..<4, using: &random) == 0
            if ["sum", "prod", "mean", "cumsum"].contains(function), Int.random(in: 0..<5, using: &random) == 0 {
                // NaN cast to an integer is undefined in C (NumPy's result depends on its loop).
                kwargs["dtype"] = (special ? ["float64", "float32"] : ["float64", "float32", "int64"]).randomElement(using: &random)!
            }
            if ["var", "std"].contains(function), Bool.random(using: &random) { kwargs["ddof"] = 1 }
            cases.append(["function": function, "dtype": dtype, "shape": shape, "seed": Int.random(in: 0..<1000, using: &random),
                          "special": special, "axis": axis, "kwargs": kwargs,
                          "layout": ["contiguous", "transpose", "reverse", "step"].randomElement(using: &random)!])
        }
        let failures = try Self.compare(cases)
        #expect(failures.isEmpty, "\(failures.count) of \(cases.count) differ:\n\(failures.prefix(200).joined(separator: "\n"))")
    }
}
