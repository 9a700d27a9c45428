import Foundation
import TestSupport
import Testing

/// `course run`: cells executed in order, outputs under each cell, attributes honoured,
/// a summary and the exit code.
@Suite("course run")
struct RunCommandTests {
    static let golden = Golden(besides: #filePath)
    /// Run from the fixtures' folder with a relative path, so tracebacks name `run.md`
    /// wherever the repository is.
    static let fixtures = CommandLineTool.repository.appendingPathComponent("Tests/CourseTests/Fixtures")
    static let fixture = "run.md"

    /// The summary's time varies from run to run; everything else is golden.
    static func stable(_ output: String) -> String {
        var lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let last = lines.lastIndex(where: { !$0.isEmpty }) {
            lines[last] = lines[last].replacingOccurrences(of: #"\d+\.\d s$"#, with: "T s", options: .regularExpression)
        }
        return lines.joined(separator: "\n")
    }

    @Test("A notebook's cells run with their outputs, attributes and a summary")
    func notebookRun() throws {
        let result = try CommandLineTool.run(["run", Self.fixture, "--width", "70"], in: Self.fixtures)
        #expect(result.status == 1, "a failed cell makes the run exit 1")
        #expect(Self.golden.mismatch(Self.stable(result.output), named: "run-fixture.txt") == nil)
        #expect(result.error.isEmpty, "\(result.error)")
    }

    @Test("--stop-on-error stops at the first failed cell")
    func stopOnError() throws {
        let result = try CommandLineTool.run(["run", Self.fixture, "--width", "70", "--stop-on-error"], in: Self.fixtures)
        #expect(result.status == 1)
        #expect(result.output.contains("(stopped at the first failure)"))
        #expect(!result.output.contains("exercise 'demo'"))
    }

    @Test("A script runs as one cell; exit 0 when it succeeds, 1 when it raises")
    func script() throws {
        let directory = FileManager.default.temporaryDirectory
        let good = directory.appendingPathComponent("good-\(UUID().uuidString).py")
        try "total = sum(range(10))\nprint(total)\ntotal * 2\n".write(to: good, atomically: true, encoding: .utf8)
        let passed = try CommandLineTool.run(["run", good.path])
        #expect(passed.status == 0)
        #expect(passed.output == "45\nOut: 90\n")

        let bad = directory.appendingPathComponent("bad-\(UUID().uuidString).py")
        try "def f():\n    return 1 / 0\nf()\n".write(to: bad, atomically: true, encoding: .utf8)
        let failed = try CommandLineTool.run(["run", bad.path])
        #expect(failed.status == 1)
        #expect(failed.output == """
            Traceback (most recent call last):
              File "\(bad.path)", line 3, in <module>
                f()
              File "\(bad.path)", line 2, in f
                return 1 / 0
            ZeroDivisionError: division by zero

            """)
    }

    @Test("Bad input exits 2 with a message naming the file", arguments: [
        (["run", "/nonexistent/notebook.md"], "/nonexistent/notebook.md: error: no such file"),
        (["run", "/nonexistent/script.py"], "/nonexistent/script.py: error: no such file"),
        (["run", "--timeout", "0"], "--timeout must be a positive number of seconds, got 0.0"),
    ])
    func badInput(arguments: [String], message: String) throws {
        let result = try CommandLineTool.run(arguments)
        #expect(result.status == 2)
        #expect(result.error.contains(message), "\(result.error)")
    }
}
