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
        #expect(result.status == 1, "a failed cell makes the run exit 1\n\(result)")
        #expect(Self.golden.mismatch(Self.stable(result.output), named: "run-fixture.txt") == nil, "\(result)")
        #expect(result.error.isEmpty, "\(result)")
    }

    @Test("A Jupyter notebook runs its code cells; errors name the cell and its lines")
    func jupyter() throws {
        let result = try CommandLineTool.run(["run", "demo.ipynb", "--width", "60"], in: Self.fixtures)
        #expect(result.status == 1, "\(result)")
        #expect(Self.golden.mismatch(Self.stable(result.output), named: "run-ipynb.txt") == nil, "\(result)")
    }

    @Test("--stop-on-error stops at the first failed cell")
    func stopOnError() throws {
        let result = try CommandLineTool.run(["run", Self.fixture, "--width", "70", "--stop-on-error"], in: Self.fixtures)
        #expect(result.status == 1, "\(result)")
        #expect(result.output.contains("(stopped at the first failure)"), "\(result)")
        #expect(!result.output.contains("exercise 'demo'"), "\(result)")
    }

    @Test("A script runs as python3 runs it: no Out:, the traceback on stderr, exit 0 or 1")
    func script() throws {
        let directory = FileManager.default.temporaryDirectory
        let good = directory.appendingPathComponent("good-\(UUID().uuidString).py")
        try "total = sum(range(10))\nprint(total)\ntotal * 2\n".write(to: good, atomically: true, encoding: .utf8)
        let passed = try CommandLineTool.run(["run", good.path])
        #expect(passed.status == 0, "\(passed)")
        #expect(passed.output == "45\n", "\(passed)")
        #expect(passed.error == "", "\(passed)")

        let bad = directory.appendingPathComponent("bad-\(UUID().uuidString).py")
        try "def f():\n    return 1 / 0\nf()\n".write(to: bad, atomically: true, encoding: .utf8)
        let failed = try CommandLineTool.run(["run", bad.path])
        #expect(failed.status == 1, "\(failed)")
        #expect(failed.output == "", "\(failed)")
        #expect(failed.error == """
            Traceback (most recent call last):
              File "\(bad.path)", line 3, in <module>
                f()
              File "\(bad.path)", line 2, in f
                return 1 / 0
                       ~~^~~
            ZeroDivisionError: division by zero

            """, "\(failed)")
    }

    @Test("Bad input exits 2 with a message naming the file", arguments: [
        (["run", "/nonexistent/notebook.md"], "/nonexistent/notebook.md: error: no such file"),
        (["run", "/nonexistent/script.py"], "/nonexistent/script.py: error: no such file"),
        (["run", "--timeout", "0"], "--timeout must be a positive number of seconds, got 0.0"),
        (["run", "--max-array-bytes", "0"], "--max-array-bytes must be a positive number of bytes, got 0"),
        (["run", "/nonexistent/analysis.ipynb"], "/nonexistent/analysis.ipynb: error: no such file"),
    ])
    func badInput(arguments: [String], message: String) throws {
        let result = try CommandLineTool.run(arguments)
        #expect(result.status == 2, "\(result)")
        #expect(result.error.contains(message), "\(result)")
    }
}

/// The limits and the safety of `course run`.
@Suite("course run limits")
struct RunLimitTests {
    func runScript(_ source: String, _ extra: [String] = []) throws -> CommandLineTool.Result {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("limits-\(UUID().uuidString).py")
        try source.write(to: path, atomically: true, encoding: .utf8)
        return try CommandLineTool.run(["run"] + extra + [path.path])
    }

    @Test("Arrays above --max-array-bytes raise MemoryError")
    func arrayLimit() throws {
        let result = try runScript("import numpy as np\nnp.zeros(1000)\n", ["--max-array-bytes", "1000"])
        #expect(result.status == 1, "\(result)")
        #expect(result.error.hasSuffix("MemoryError: Unable to allocate 7.81 KiB for an array with shape (1000,) and data type float64\n"), "\(result)")
    }

    /// A run that ignored its limit would be stopped by the test's own (and fail, saying so);
    /// how soon after the limit it stops is a matter of load, not of this test.
    @Test("An endless loop stops at the time limit")
    func endlessLoop() throws {
        let result = try runScript("while True:\n    pass\n", ["--timeout", "0.5"])
        #expect(!result.timedOut && result.status == 1, "\(result)")
        #expect(result.error.hasSuffix("TimeoutError: the cell ran longer than its limit of 0.5 s\n"), "\(result)")
    }

    @Test("Deep recursion is a RecursionError, not a crash")
    func recursion() throws {
        let result = try runScript("def f(n):\n    return f(n + 1)\nf(0)\n")
        #expect(result.status == 1, "\(result)")
        #expect(result.error.hasSuffix("RecursionError: maximum recursion depth exceeded\n"), "\(result)")
    }

    @Test("A notebook cell's output is cut at 10,000 lines with a note (a script's is not: it is the program's)")
    func outputLimit() throws {
        let notebook = FileManager.default.temporaryDirectory.appendingPathComponent("limits-\(UUID().uuidString).md")
        try "# Flood\n\n```python\nfor i in range(10005):\n    print(i)\n```\n".write(to: notebook, atomically: true, encoding: .utf8)
        let script = try runScript("for i in range(10005):\n    print(i)\n")
        #expect(script.output == (0..<10005).map { "\($0)\n" }.joined(), "\(script)")
        let result = try CommandLineTool.run(["run", notebook.path, "--out", FileManager.default.temporaryDirectory.path])
        #expect(result.status == 0, "\(result)")
        #expect(result.output.contains("\n9999\n"), "\(result)")
        #expect(!result.output.contains("\n10000\n"), "\(result)")
        #expect(result.output.contains("output cut: 5 more lines not shown (limit 10000 lines per cell)\n"), "\(result)")
    }

    @Test("Files, the environment and code from strings are out of reach", arguments: [
        ("open('/etc/passwd')", "PermissionError: open() is not available in course cells: cells have no file access"),
        ("eval('1 + 1')", "PermissionError: eval() is not available in course cells: cells cannot run code from strings"),
        ("import os", "ModuleNotFoundError: No module named 'os' (course cells can import: contextlib, course, functools, itertools, jax, math, matplotlib, numpy, sys, time, timeit, typing, warnings)"),
    ])
    func safety(source: String, ending: String) throws {
        let result = try runScript(source + "\n")
        #expect(result.status == 1, "\(result)")
        #expect(result.error.hasSuffix(ending + "\n"), "\(result)")
    }
}
