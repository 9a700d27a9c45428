import Foundation
import TensorCore
import Testing
import TestSupport

/// The real NumPy, run in one `python3` process for a whole batch of cases.
enum NumPyOracle {
    /// Why NumPy cannot be asked, or nil when `python3 -c "import numpy"` works.
    static let unavailableReason: String? = {
        let probe = try? run(arguments: ["-c", "import numpy"], input: Data())
        return probe?.status == 0 ? nil : "python3 with NumPy is not available; differential tests are skipped"
    }()

    /// Sends each case as a JSON line to an oracle script and returns NumPy's JSON result for each.
    static func evaluate(_ cases: [[String: Any]], script name: String = "numpy_oracle.py") throws -> [[String: Any]] {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Oracle/\(name)").path
        return try PythonProcess.evaluate(script: script, cases)
    }

    /// Evaluates each Python expression with NumPy and returns its `repr` (or its error as
    /// `Type: message`), in order.
    static func evaluateExpressions(_ expressions: [String]) throws -> [String] {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Oracle/numpy_expressions.py").path
        let result = try run(arguments: [script], input: Data((expressions.joined(separator: "\n") + "\n").utf8))
        guard result.status == 0 else {
            throw PythonProcess.ScriptError(message: "numpy_expressions.py failed: \(String(decoding: result.error, as: UTF8.self))")
        }
        return try String(decoding: result.output, as: UTF8.self).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8), options: .fragmentsAllowed) as! String
        }
    }

    /// Expects each case's string (our `repr`, or our error as `Type: message`) to equal
    /// NumPy's for the case's Python expression.
    static func expectSameAsNumPy(
        _ cases: [(String, @Sendable () throws -> String)], sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let numpy = try evaluateExpressions(cases.map(\.0))
        for ((expression, compute), expected) in zip(cases, numpy) {
            let ours: String
            do { ours = try compute() } catch { ours = (error as? TensorError)?.description ?? "\(error)" }
            #expect(ours == expected, "\(expression)", sourceLocation: sourceLocation)
        }
    }

    private static func run(arguments: [String], input: Data) throws -> (status: Int32, output: Data, error: Data) {
        try PythonProcess.run(arguments: arguments, input: input)
    }
}
