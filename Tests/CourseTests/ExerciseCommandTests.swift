import Foundation
import TestSupport
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `course check`, `hint`, `reset`, `list`, `verify`, `watch` and `grade` as a student,
/// an author and a teacher use them: in a folder of their own, through the built binary.
@Suite("exercise commands")
struct ExerciseCommandTests {
    static let golden = Golden(besides: #filePath)
    static let repository = CommandLineTool.repository
    static let placeholders = repository.appendingPathComponent("Exercises")
    static let solved = repository.appendingPathComponent("Tests/CourseTests/Fixtures/Solved")

    /// A fresh working folder holding `Exercises/` with the given sheets: placeholders,
    /// except the exercises named in `solved`, which get the solved fixture.
    static func workspace(solved ids: Set<String> = []) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("course-\(UUID().uuidString)")
        let exercises = root.appendingPathComponent("Exercises")
        try FileManager.default.createDirectory(at: exercises, withIntermediateDirectories: true)
        for name in ["01-madhava-pi.md", "02-broadcast-shapes.md", "03-detector-signal.md", "04-normalize.md"] {
            let id = String(name.dropFirst(3).dropLast(3))
            let source = (ids.contains(id) ? Self.solved : Self.placeholders).appendingPathComponent(name)
            try FileManager.default.copyItem(at: source, to: exercises.appendingPathComponent(name))
        }
        return root
    }

    static let all: Set<String> = ["madhava-pi", "broadcast-shapes", "detector-signal", "normalize"]

    @Test("check on untouched sheets: every exercise not started, exit 1, a golden report")
    func notStarted() throws {
        let root = try Self.workspace()
        let result = try CommandLineTool.run(["check"], in: root)
        #expect(result.status == 1, "\(result)")
        #expect(Self.golden.mismatch(result.output, named: "check-not-started.txt") == nil, "\(result)")
        #expect(result.error.isEmpty, "\(result)")
    }

    @Test("check on solved sheets: all pass, exit 0, 4/4 done")
    func allSolved() throws {
        let root = try Self.workspace(solved: Self.all)
        let result = try CommandLineTool.run(["check"], in: root)
        #expect(result.status == 0, "\(result)")
        #expect(result.output.hasSuffix("\n4/4 done\n"), "\(result)")
        #expect(result.output.components(separatedBy: "[pass]").count == 5, "\(result)")
    }

    @Test("check of some exercises by id or by file; progress counts all of them")
    func selection() throws {
        let root = try Self.workspace(solved: ["madhava-pi", "normalize"])
        let one = try CommandLineTool.run(["check", "madhava-pi"], in: root)
        #expect(one.status == 0, "\(one)")
        #expect(one.output.hasSuffix("1/4 done\n"), "\(one)")
        let file = try CommandLineTool.run(["check", "Exercises/04-normalize.md", "broadcast-shapes"], in: root)
        #expect(file.status == 1, "broadcast-shapes is not started\n\(file)")
        #expect(file.output.hasSuffix("2/4 done; next: broadcast-shapes (course hint broadcast-shapes gives a hint)\n"), "\(file)")
        let list = try CommandLineTool.run(["list"], in: root)
        #expect(list.output.contains("Exercises in Exercises (2/4 done)"), "\(list)")
        #expect(list.output.contains("  3. detector-signal   The detector signal  not checked yet\n"), "\(list)")
        #expect(list.output.range(of: #"  1\. madhava-pi        Madhava's π          pass, checked \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC"#, options: .regularExpression) != nil, "\(list)")
    }

    @Test("--format json is Exercism's results shape, in exercise order")
    func json() throws {
        let root = try Self.workspace(solved: ["madhava-pi"])
        let result = try CommandLineTool.run(["check", "--format", "json"], in: root)
        #expect(result.status == 1, "\(result)")
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as! [String: Any]
        #expect(Set(object.keys) == ["version", "status", "message", "progress", "tests"])
        #expect(object["version"] as? Int == 3)
        #expect(object["status"] as? String == "fail")
        #expect(object["progress"] as? String == "1/4 done")
        let tests = object["tests"] as! [[String: Any]]
        #expect(tests.map { $0["name"] as? String } == ["madhava-pi", "broadcast-shapes", "detector-signal", "normalize"])
        #expect(tests.map { $0["status"] as? String } == ["pass", "fail", "fail", "fail"])
        #expect(tests.map { $0["verdict"] as? String } == ["pass", "not started", "not started", "not started"])
        #expect(tests.map { $0["task_id"] as? Int } == [1, 2, 3, 4])
        for test in tests {
            #expect(Set(test.keys).isSubset(of: ["name", "status", "verdict", "message", "output", "task_id"]))
            #expect((test["message"] as? String)?.isEmpty == false)
        }
    }

    @Test("--junit writes JUnit XML a parser reads: a testcase per exercise, failures and errors")
    func junit() throws {
        let root = try Self.workspace(solved: ["madhava-pi", "broadcast-shapes"])
        try "---\nid: normalize\ntitle: Normalising vectors\norder: 4\n---\n\n```python\nimport numpy as np\n```\n\n```python exercise=normalize\ndef fast_normalize(v):\n    return v / <\n```\n"
            .write(to: root.appendingPathComponent("Exercises/04-normalize.md"), atomically: true, encoding: .utf8)
        let result = try CommandLineTool.run(["check", "--junit", "results.xml"], in: root)
        #expect(result.status == 1, "\(result)")
        let data = try Data(contentsOf: root.appendingPathComponent("results.xml"))
        let document = try XMLDocument(data: data)
        let cases = try document.nodes(forXPath: "/testsuites/testsuite/testcase")
        #expect(cases.count == 4)
        #expect(try document.nodes(forXPath: "//testcase/failure").count == 1)
        #expect(try document.nodes(forXPath: "//testcase/error").count == 1)
        let error = try document.nodes(forXPath: "//testcase[@name='normalize']/error").first as? XMLElement
        #expect(error?.attribute(forName: "message")?.stringValue == "your answer is not valid Python")
        #expect(error?.stringValue?.contains("SyntaxError: invalid syntax") == true, "\(error?.stringValue ?? "")")
        let suite = try document.nodes(forXPath: "/testsuites").first as? XMLElement
        #expect(suite?.attribute(forName: "tests")?.stringValue == "4")
        #expect(suite?.attribute(forName: "failures")?.stringValue == "1")
        #expect(suite?.attribute(forName: "errors")?.stringValue == "1")
    }

    @Test("Bad input exits 2 with a message that names the problem", arguments: [
        (["check", "no-such-exercise"], "no-such-exercise: error: no exercise 'no-such-exercise'; the exercises are madhava-pi, broadcast-shapes, detector-signal, normalize\n"),
        (["check", "--exercises", "Nowhere"], "Nowhere: error: no exercises folder here; run course from the course's folder, give --exercises DIR, or create the sheets with course reset --all\n"),
        (["check", "missing.md"], "missing.md: error: no such answer sheet\n"),
        (["check", "--timeout", "0"], "Error: --timeout must be a positive number of seconds, got 0.0\nUsage: course check [<exercise> ...] [--exercises <dir>] [--format <format>] [--junit <file>] [--reveal] [--timeout <timeout>] [--no-progress] [--width <width>] [--color <color>]\n  See 'course check --help' for more information.\n"),
        (["hint", "nope"], "nope: error: no exercise 'nope'; the exercises are madhava-pi, broadcast-shapes, detector-signal, normalize\n"),
        (["reset"], "Error: name the exercise to reset, or give --all\nUsage: course reset [<exercise>] [--all] [--exercises <dir>]\n  See 'course reset --help' for more information.\n"),
        (["grade", "no-such-folder"], "no-such-folder: error: no such folder of student submissions\n"),
    ])
    func badInput(arguments: [String], message: String) throws {
        let root = try Self.workspace()
        let result = try CommandLineTool.run(arguments, in: root)
        #expect(result.status == 2, "\(result)")
        #expect(result.error == message, "\(result)")
        #expect(result.output.isEmpty, "\(result)")
    }

    @Test("A sheet with broken front matter is an error verdict naming its file and line")
    func brokenSheet() throws {
        let root = try Self.workspace()
        try "---\nid: madhava-pi\ntitle: [unclosed\n---\n".write(
            to: root.appendingPathComponent("Exercises/01-madhava-pi.md"), atomically: true, encoding: .utf8)
        let result = try CommandLineTool.run(["check", "madhava-pi"], in: root)
        #expect(result.status == 1, "\(result)")
        #expect(result.output.hasPrefix("[error] 1. Madhava's π (madhava-pi)\n    the answer sheet cannot be read\n      Exercises/01-madhava-pi.md:"), "\(result)")
    }

    @Test("hint shows the next hint each time, then the last again; --all shows them all")
    func hints() throws {
        let root = try Self.workspace()
        var outputs: [String] = []
        for _ in 0..<4 { outputs.append(try CommandLineTool.run(["hint", "normalize", "--width", "200"], in: root).output) }
        #expect(outputs[0].hasPrefix("Hint 1 of 3 for Normalising vectors (normalize):\n  The norm of each row"))
        #expect(outputs[0].hasSuffix("Run course hint normalize again for the next one.\n"))
        #expect(outputs[1].hasPrefix("Hint 2 of 3"))
        #expect(outputs[2].hasPrefix("Hint 3 of 3"))
        #expect(outputs[2].hasSuffix("That is the last hint; course hint normalize --all shows them all.\n"), "\(outputs)")
        #expect(outputs[3] == outputs[2])
        let all = try CommandLineTool.run(["hint", "normalize", "--all", "--width", "200"], in: root)
        #expect(all.output.components(separatedBy: "Hint ").count == 4, "\(all)")
    }

    @Test("reset saves the student's sheet as a backup before restoring the placeholder")
    func reset() throws {
        let root = try Self.workspace(solved: ["madhava-pi"])
        let sheet = root.appendingPathComponent("Exercises/01-madhava-pi.md")
        let mine = try String(contentsOf: sheet, encoding: .utf8)
        let result = try CommandLineTool.run(["reset", "madhava-pi"], in: root)
        #expect(result.status == 0, "\(result)")
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("Saved your version as Exercises/.backups/01-madhava-pi."))
        #expect(lines[1] == "Restored Exercises/01-madhava-pi.md")
        let backup = root.appendingPathComponent(String(lines[0].dropFirst("Saved your version as ".count)))
        #expect(try String(contentsOf: backup, encoding: .utf8) == mine)
        #expect(try String(contentsOf: sheet, encoding: .utf8) == String(contentsOf: Self.placeholders.appendingPathComponent("01-madhava-pi.md"), encoding: .utf8))
        // A second reset has nothing to save, and two resets in one second keep both backups.
        #expect(try CommandLineTool.run(["reset", "madhava-pi"], in: root).output == "Restored Exercises/01-madhava-pi.md\n")
        try "edited twice".write(to: sheet, atomically: true, encoding: .utf8)
        _ = try CommandLineTool.run(["reset", "madhava-pi"], in: root)
        try "edited thrice".write(to: sheet, atomically: true, encoding: .utf8)
        _ = try CommandLineTool.run(["reset", "madhava-pi"], in: root)
        let backups = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Exercises/.backups").path)
        #expect(backups.count == 3, "\(backups)")
    }

    @Test("reset --all creates the sheets in a new folder")
    func resetAll() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("course-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let result = try CommandLineTool.run(["reset", "--all"], in: root)
        #expect(result.status == 0, "\(result)")
        #expect(result.output == "Restored Exercises/01-madhava-pi.md\nRestored Exercises/02-broadcast-shapes.md\nRestored Exercises/03-detector-signal.md\nRestored Exercises/04-normalize.md\n", "\(result)")
        #expect(try CommandLineTool.run(["check", "--format", "json"], in: root).status == 1)
    }

    @Test("verify: placeholders not started, solved sheets pass, references agree; a passing stub fails it")
    func verify() throws {
        let result = try CommandLineTool.run(["verify"], in: Self.repository)
        #expect(result.status == 0, "\(result)")
        #expect(result.output.hasSuffix("verify: everything holds\n"), "\(result)")
        let root = try Self.workspace(solved: ["madhava-pi", "broadcast-shapes", "detector-signal"])
        let broken = try CommandLineTool.run(["verify", "--solved", "Exercises"], in: root)
        #expect(broken.status == 1, "\(broken)")
        #expect(broken.output.contains("  FAIL normalize: not started"), "\(broken)")
    }

    @Test("watch shows the first unsolved exercise, re-checks on save, moves on, and stops when all pass")
    func watch() throws {
        let root = try Self.workspace(solved: ["madhava-pi", "detector-signal", "normalize"])
        let process = Process()
        process.executableURL = CommandLineTool.executable
        process.arguments = ["watch", "--poll", "0.1"]
        process.currentDirectoryURL = root
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let collected = OutputCollector()
        pipe.fileHandleForReading.readabilityHandler = { collected.append($0.availableData) }
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        #expect(collected.wait(for: "Watching Exercises for changes to Exercises/02-broadcast-shapes.md", seconds: OutputCollector.hangLimit), "\(collected.text)")
        #expect(collected.text.hasPrefix("✓ 1. Madhava's π (madhava-pi): done\n[not started] 2. Broadcasting shapes (broadcast-shapes)\n"), "\(collected.text)")
        // A wrong answer first: the verdict is shown again.
        let sheet = root.appendingPathComponent("Exercises/02-broadcast-shapes.md")
        let placeholder = try String(contentsOf: sheet, encoding: .utf8)
        try placeholder.replacingOccurrences(of: "answers = [..., ..., ..., ..., ...]", with: "answers = [(7, 4), (4, 7), (3, 3), (1, 1, 9, 8), (4, 3, 9)]")
            .write(to: sheet, atomically: true, encoding: .utf8)
        #expect(collected.wait(for: "4 of 5 shapes are right", seconds: OutputCollector.hangLimit), "\(collected.text)")
        try FileManager.default.removeItem(at: sheet)
        try FileManager.default.copyItem(at: Self.solved.appendingPathComponent("02-broadcast-shapes.md"), to: sheet)
        #expect(collected.wait(for: "All 4 exercises done.", seconds: OutputCollector.hangLimit), "\(collected.text)")
        if collected.waitForExit(of: process, seconds: OutputCollector.hangLimit) {
            #expect(process.terminationStatus == 0, "\(collected.text)")
        } else {
            Issue.record("watch was still running \(Int(OutputCollector.hangLimit)) s after all exercises were done:\n\(collected.text)")
        }
        #expect(collected.text.contains("✓ 2. Broadcasting shapes (broadcast-shapes): done\n✓ 3. The detector signal (detector-signal): done\n✓ 4. Normalising vectors (normalize): done\nAll 4 exercises done.\n"), "\(collected.text)")
    }

    /// The time limit is short, so the endless loop ends quickly; a right answer passes even
    /// so (its own runs take a tenth of a second in a debug build), as the checker's timing of
    /// the loops is not charged to it.
    @Test("grade: one row per student and exercise; a broken sheet and an endless loop touch only their own rows")
    func grade() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("grade-\(UUID().uuidString)")
        let submissions = root.appendingPathComponent("submissions")
        for student in ["ada", "bob", "cy"] {
            try FileManager.default.createDirectory(at: submissions.appendingPathComponent(student), withIntermediateDirectories: true)
            for name in try FileManager.default.contentsOfDirectory(atPath: Self.solved.path) {
                try FileManager.default.copyItem(
                    at: Self.solved.appendingPathComponent(name), to: submissions.appendingPathComponent("\(student)/\(name)"))
            }
        }
        try "---\nid: madhava-pi\ntitle: oops\n".write(
            to: submissions.appendingPathComponent("bob/01-madhava-pi.md"), atomically: true, encoding: .utf8)
        let loop = submissions.appendingPathComponent("cy/02-broadcast-shapes.md")
        try String(contentsOf: loop, encoding: .utf8)
            .replacingOccurrences(of: "answers = [(7, 4)", with: "while True:\n    pass\nanswers = [(7, 4)")
            .write(to: loop, atomically: true, encoding: .utf8)
        let result = try CommandLineTool.run(["grade", "submissions", "--jobs", "2", "--timeout", "2"], in: root)
        #expect(result.status == 0, "\(result)")
        #expect(result.output.contains("ada: 4/4 pass\n"), "\(result)")
        #expect(result.output.contains("bob: 3/4 pass (madhava-pi error)\n"), "\(result)")
        #expect(result.output.contains("cy: 3/4 pass (broadcast-shapes timeout)\n"), "\(result)")
        #expect(result.output.hasSuffix("Graded 3 students; wrote gradebook.csv and gradebook.json\n"), "\(result)")
        let csv = try String(contentsOf: root.appendingPathComponent("gradebook.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("student,exercise,verdict,message\r\nada,madhava-pi,pass,"))
        #expect(csv.contains("bob,madhava-pi,error,\"the answer sheet cannot be read\n  submissions/bob/01-madhava-pi.md:1: error: front matter starts here but is never closed by a '---' line\"\r\n"), "\(csv)")
        #expect(csv.contains("cy,broadcast-shapes,timeout,\"timed out: the answer was still running after 2 s"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("gradebook.json"))) as! [String: Any]
        let students = json["students"] as! [[String: Any]]
        #expect(students.map { $0["student"] as? String } == ["ada", "bob", "cy"])
        #expect(students.map { $0["passed"] as? Int } == [4, 3, 3])
        #expect((students[0]["results"] as? [[String: Any]])?.count == 4)
    }
}

/// Output of a running process, gathered as it arrives.
final class OutputCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func append(_ chunk: Data) { lock.withLock { data.append(chunk) } }

    var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }

    /// How long a wait may last before the test fails instead of hanging, in seconds: far
    /// beyond what any step takes on a loaded machine, so that only a hang reaches it.
    static let hangLimit: Double = 300

    /// Waits until `process` has exited, up to `seconds`; stops it if it has not.
    func waitForExit(of process: Process, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning {
            if Date() >= deadline {
                process.terminate()
                return false
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return true
    }

    /// Waits until the output holds `needle`, up to `seconds`.
    func wait(for needle: String, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if text.contains(needle) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }
}
