import Foundation

/// Runs a program to its end or to a time limit, whichever comes first, with its standard
/// output and error captured through temporary files (so no pipe can fill up and stall
/// either side) and its standard input read from `input`.
///
/// A run past the limit is stopped (SIGTERM, then SIGKILL two seconds later) and reported
/// as timed out, so a test that would hang fails instead, saying what the program printed.
public enum BoundedProcess {
    /// What a finished (or stopped) run gave.
    public struct Outcome: Sendable {
        public var status: Int32
        /// Whether the run ended by a signal (`status` is then the signal's number).
        public var signalled: Bool
        public var output: Data
        public var error: Data
        /// Whether the run passed its time limit and was stopped.
        public var timedOut: Bool
        public var seconds: Double
    }

    public static func run(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil,
        input: Data = Data(), timeout: Double
    ) throws -> Outcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bounded-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputURL = folder.appendingPathComponent("in")
        let outputURL = folder.appendingPathComponent("out")
        let errorURL = folder.appendingPathComponent("err")
        try input.write(to: inputURL)
        try Data().write(to: outputURL)
        try Data().write(to: errorURL)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let inputHandle = try FileHandle(forReadingFrom: inputURL)
        let outputHandle = try FileHandle(forWritingTo: outputURL)
        let errorHandle = try FileHandle(forWritingTo: errorURL)
        defer {
            try? inputHandle.close()
            try? outputHandle.close()
            try? errorHandle.close()
        }
        process.standardInput = inputHandle
        process.standardOutput = outputHandle
        process.standardError = errorHandle

        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        var timedOut = false
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            process.terminate()
            if finished.wait(timeout: .now() + 2) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                finished.wait()
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Outcome(
            status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
            output: try Data(contentsOf: outputURL), error: try Data(contentsOf: errorURL), timedOut: timedOut,
            seconds: seconds)
    }

    /// The end of `text`, at most `limit` characters, with a note of what was left out.
    public static func tail(_ text: String, limit: Int = 3000) -> String {
        guard text.count > limit else { return text }
        return "[… \(text.count - limit) characters before this]\n" + text.suffix(limit)
    }
}
