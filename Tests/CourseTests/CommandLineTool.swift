import Foundation
import TestSupport

/// Runs the built `course` executable as a user would, capturing what it prints.
struct CommandLineTool {
    /// What one run of `course` gave. Its description says everything a failing test's log
    /// needs: the command, how it ended, and the tails of both streams; pass it as the
    /// comment of every expectation about the run (`#expect(…, "\(result)")`).
    struct Result: CustomStringConvertible {
        var arguments: [String]
        var status: Int32
        var output: String
        var error: String
        /// Whether the run passed the test's time limit and was stopped.
        var timedOut: Bool
        /// Whether the run ended by a signal (`status` is then its number).
        var signalled: Bool
        var seconds: Double

        var description: String {
            let ending =
                timedOut
                ? "stopped: still running after the test's limit of \(Int(seconds)) s"
                : signalled ? "killed by signal \(status) after \(Self.format(seconds)) s"
                : "exit status \(status) after \(Self.format(seconds)) s"
            return """
                course \(arguments.joined(separator: " ")): \(ending)
                ── standard output (\(output.utf8.count) bytes) ──
                \(BoundedProcess.tail(output))
                ── standard error (\(error.utf8.count) bytes) ──
                \(BoundedProcess.tail(error))
                ────
                """
        }

        private static func format(_ seconds: Double) -> String { String(format: "%.1f", seconds) }
    }

    /// How long a run may take before the test stops it and fails, in seconds: far beyond
    /// any command's time on a loaded machine, so only a hang reaches it.
    static let defaultLimit: Double = 600

    /// The `course` binary built beside the test bundle.
    static let executable: URL = {
        let bundleDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return bundleDirectory.appendingPathComponent("course")
    }()

    /// The repository's root, for fixtures.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `course arguments` in `directory` with a controlled environment: no terminal,
    /// `NO_COLOR` unset unless given, stopped after `limit` seconds.
    static func run(
        _ arguments: [String], in directory: URL = FileManager.default.temporaryDirectory,
        environment extra: [String: String] = [:], input: String = "", limit: Double = defaultLimit
    ) throws -> Result {
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "NO_COLOR")
        environment.removeValue(forKey: "COLUMNS")
        let outcome = try BoundedProcess.run(
            executable, arguments, in: directory, environment: environment.merging(extra) { $1 }, input: Data(input.utf8),
            timeout: limit)
        return Result(
            arguments: arguments, status: outcome.status, output: String(decoding: outcome.output, as: UTF8.self),
            error: String(decoding: outcome.error, as: UTF8.self), timedOut: outcome.timedOut, signalled: outcome.signalled,
            seconds: outcome.seconds)
    }
}
