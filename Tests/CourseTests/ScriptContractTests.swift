import Foundation
import TestSupport
import Testing

/// `course run prog.py` is `python3 prog.py`: for every program in `Scripts/`, run both ways
/// by the same driver (`Oracle/run_program.py`: same working folder, environment and pipes),
/// the standard output and error bytes, the ending (exit status or signal) and the files
/// left behind are identical. A program's header says how it runs (arguments, `-c` or
/// standard input, merged streams, buffering, a closed pipe, Ctrl-C). Programs that need
/// a module python3 may lack (matplotlib) are compared with what python3 gave when
/// `tools/make_script_expectations.py` recorded them (`NAME.expected.json`).
@Suite("course run script.py is python3 script.py")
struct ScriptContractTests {
    static let scripts = CommandLineTool.repository.appendingPathComponent("Tests/CourseTests/Scripts")
    static let driver = CommandLineTool.repository.appendingPathComponent("Tests/CourseTests/Oracle/run_program.py").path
    static let pythonHasNumPy = PythonProcess.canImport("numpy")

    static let programs: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: scripts.path)) ?? []
        return names.filter { $0.hasSuffix(".py") }.sorted()
    }()

    /// One run of a program, as the driver reports it.
    struct Run: Equatable, CustomStringConvertible {
        var unbuffered: Bool
        var ending: String
        var stdout: Data
        var stderr: Data
        var files: [String]

        init(_ object: [String: Any]) {
            unbuffered = object["unbuffered"] as? Bool ?? false
            ending = object["ending"] as? String ?? "?"
            stdout = Data(base64Encoded: object["stdout"] as? String ?? "") ?? Data()
            stderr = Data(base64Encoded: object["stderr"] as? String ?? "") ?? Data()
            files = object["files"] as? [String] ?? []
        }

        var description: String {
            """
            \(unbuffered ? "PYTHONUNBUFFERED=1" : "buffered"), \(ending), files \(files)
            ── stdout (\(stdout.count) bytes) ──
            \(BoundedProcess.tail(String(decoding: stdout, as: UTF8.self)))
            ── stderr (\(stderr.count) bytes) ──
            \(BoundedProcess.tail(String(decoding: stderr, as: UTF8.self)))
            """
        }
    }

    /// The runs the driver reports for `program` under `runner`, in a working folder of the
    /// program's own (both sides use the same one: tracebacks show a script's absolute path).
    static func runs(of program: String, runner: [String]) throws -> [Run] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("course-script-contract")
            .appendingPathComponent(String(program.dropLast(".py".count))).path
        let result = try PythonProcess.run(
            arguments: [driver, folder, scripts.appendingPathComponent(program).path] + runner, input: Data())
        guard result.status == 0 else {
            throw PythonProcess.ScriptError(message: "the driver failed: \(String(decoding: result.error, as: UTF8.self))")
        }
        let list = try JSONSerialization.jsonObject(with: result.output) as? [[String: Any]] ?? []
        return list.map(Run.init)
    }

    @Test("The corpus covers the contract with at least 60 programs")
    func corpusSize() {
        #expect(Self.programs.count >= 60, "\(Self.programs.count) programs")
    }

    @Test(
        "A program gives python3's stdout, stderr, ending and files", .enabled(if: pythonHasNumPy, "python3 with NumPy is not available"),
        arguments: programs)
    func program(_ name: String) throws {
        let recorded = Self.scripts.appendingPathComponent(String(name.dropLast(".py".count)) + ".expected.json")
        let expected: [Run]
        if let data = FileManager.default.contents(atPath: recorded.path) {
            let list = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] ?? []
            expected = list.map(Run.init)
        } else {
            expected = try Self.runs(of: name, runner: ["python3"])
        }
        let ours = try Self.runs(of: name, runner: [CommandLineTool.executable.path, "run"])
        #expect(ours.count == expected.count, "\(name): \(ours.count) runs against python3's \(expected.count)")
        for (mine, python) in zip(ours, expected) {
            #expect(mine == python, "\(name)\n══ course ══\n\(mine)\n══ python3 ══\n\(python)")
        }
    }
}
