import Foundation
import Testing
@testable import TensorCore

/// TensorCore against the real NumPy, byte for byte: thousands of random arrays of every
/// dtype through chains of views, casts and copies, comparing repr, str, shape, strides,
/// flags, raw bytes and error messages.
@Suite("Differential tests against NumPy")
struct DifferentialTests {
    static let caseCount = 10_000

    @Test("Random arrays and views match NumPy exactly",
          .enabled(if: NumPyOracle.unavailableReason == nil, "python3 with NumPy is not available"))
    func randomCases() throws {
        // COURSE_DIFFERENTIAL_SEED explores other cases; the default keeps runs repeatable.
        let seed = ProcessInfo.processInfo.environment["COURSE_DIFFERENTIAL_SEED"].flatMap { UInt64($0) } ?? 0x5EED_2026
        var generator = DifferentialCaseGenerator(seed: seed)
        let cases = (0..<Self.caseCount).map { _ in generator.makeCase() }
        let expected = try NumPyOracle.evaluate(cases)
        #expect(expected.count == cases.count)
        var failures: [String] = []
        for (index, (testCase, numpy)) in zip(cases, expected).enumerated() {
            let ours = DifferentialEvaluator.evaluate(testCase)
            for key in numpy.keys.sorted() where !Self.equal(numpy[key], ours[key]) {
                let caseJSON = String(decoding: try JSONSerialization.data(withJSONObject: testCase, options: [.sortedKeys]), as: UTF8.self)
                failures.append(
                    "case \(index) field \(key)\n  numpy: \(String(describing: numpy[key] ?? "nil").prefix(400))\n"
                        + "  ours:  \(String(describing: ours[key] ?? "nil").prefix(400))\n  case: \(caseJSON.prefix(400))")
                break
            }
            if ours["error"] != nil, numpy["error"] == nil {
                failures.append("case \(index): we raised \(ours["error"]!) where NumPy did not")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(cases.count) cases differ; first ones:\n\(failures.prefix(8).joined(separator: "\n"))")
    }

    static func equal(_ a: Any?, _ b: Any?) -> Bool {
        switch (a, b) {
        case (let x as String, let y as String): return x == y
        case (let x as [Int], let y as [Int]): return x == y
        case (let x as Bool, let y as Bool): return x == y
        case (let x as NSNumber, let y as Bool): return x.boolValue == y
        case (let x as [Any], let y as [Int]): return x.compactMap { ($0 as? NSNumber)?.intValue } == y && x.count == y.count
        default: return false
        }
    }
}
