import Foundation

/// Runs the machine's `python3`, for differential tests against CPython and NumPy.
public enum PythonProcess {
    /// Runs `python3 arguments` with `input` on standard input (through temporary files, so
    /// that no pipe can fill up and block either side). A run still going after `limit`
    /// seconds is stopped and thrown as a `ScriptError`, so an oracle cannot hang a test.
    public static func run(arguments: [String], input: Data, limit: Double = 600) throws -> (status: Int32, output: Data, error: Data) {
        let outcome = try BoundedProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3"] + arguments, input: input, timeout: limit)
        if outcome.timedOut {
            throw ScriptError(
                message: "python3 \(arguments.joined(separator: " ")) was still running after \(Int(limit)) s and was stopped; "
                    + "it printed:\n\(BoundedProcess.tail(String(decoding: outcome.output + outcome.error, as: UTF8.self)))")
        }
        return (outcome.status, outcome.output, outcome.error)
    }

    /// Whether `python3` can import `module`.
    public static func canImport(_ module: String) -> Bool {
        (try? run(arguments: ["-c", "import \(module)"], input: Data()))?.status == 0
    }

    /// Runs a Python program with arguments and returns what it printed (standard output,
    /// then standard error).
    public static func run(_ program: String, arguments: [String]) throws -> String {
        let result = try run(arguments: ["-c", program] + arguments, input: Data())
        return String(decoding: result.output, as: UTF8.self) + String(decoding: result.error, as: UTF8.self)
    }

    /// Sends each case as a JSON line to `script` and returns its JSON answer for each line.
    public static func evaluate(script: String, _ cases: [[String: Any]]) throws -> [[String: Any]] {
        var input = Data()
        for testCase in cases {
            input.append(try JSONSerialization.data(withJSONObject: testCase))
            input.append(0x0A)
        }
        let result = try run(arguments: [script], input: input)
        guard result.status == 0 else {
            throw ScriptError(message: "\(script) failed: \(String(decoding: result.error, as: UTF8.self))")
        }
        return try String(decoding: result.output, as: UTF8.self).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }

    /// A script that failed as a whole.
    public struct ScriptError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
        public init(message: String) { self.message = message }
    }
}
