import Dispatch
import Foundation
import Notebook

/// `course grade`: every student folder checked exercise by exercise, each check in a
/// worker process of its own (`course check ID --format json`), `jobs` at a time. A
/// worker that crashes or hangs is stopped and recorded as an error for that student and
/// exercise only; nothing it does reaches another result.
public struct GradeRun: Sendable {
    /// The folder of student folders.
    public var submissions: String
    /// The `course` executable the workers run.
    public var executable: String
    public var jobs: Int
    /// The per-exercise time limit the workers enforce.
    public var timeout: Double
    /// Seconds beyond twice `timeout` after which a worker that has not finished is killed.
    public var watchdogSlack: Double = 20

    public init(submissions: String, executable: String, jobs: Int, timeout: Double) {
        self.submissions = submissions
        self.executable = executable
        self.jobs = jobs
        self.timeout = timeout
    }

    /// Each student's name and the folder holding their sheets (`NAME/Exercises` when it
    /// exists, else `NAME`), sorted by name; an error when there are none.
    public func students() throws(NotebookError) -> [(name: String, folder: String)] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: submissions, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw NotebookError(.fileNotFound, at: SourceLocation(path: submissions), "no such folder of student submissions")
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: submissions)) ?? []).sorted()
        var students: [(String, String)] = []
        for name in names where !name.hasPrefix(".") {
            let folder = (submissions as NSString).appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            let nested = (folder as NSString).appendingPathComponent("Exercises")
            let hasNested = FileManager.default.fileExists(atPath: nested, isDirectory: &isDirectory) && isDirectory.boolValue
            students.append((name, hasNested ? nested : folder))
        }
        guard !students.isEmpty else {
            throw NotebookError(.fileNotFound, at: SourceLocation(path: submissions), "no student folders here: each subfolder is one student's Exercises/")
        }
        return students
    }

    /// Grades everyone; `progress` hears about each student when their last check ends.
    public func run(progress: @escaping @Sendable (String, [Gradebook.Row]) -> Void) throws(NotebookError) -> Gradebook {
        let students = try self.students()
        let exercises = try ExerciseCatalogue.sheets().map(\.id)
        let tasks = students.flatMap { student in exercises.map { (student, $0) } }
        let results = ResultStore(count: tasks.count)
        let remaining = ResultStore.Counter(students.map(\.name), each: exercises.count)
        let queue = DispatchQueue(label: "grade", attributes: .concurrent)
        let slots = DispatchSemaphore(value: max(1, jobs))
        let group = DispatchGroup()
        for (index, task) in tasks.enumerated() {
            slots.wait()
            group.enter()
            queue.async {
                let row = self.check(task.1, student: task.0.name, folder: task.0.folder)
                results.set(index, row)
                if remaining.finish(task.0.name) {
                    progress(task.0.name, results.rows(for: task.0.name))
                }
                slots.signal()
                group.leave()
            }
        }
        group.wait()
        return Gradebook(rows: results.all)
    }

    /// One worker: `course check ID --exercises FOLDER --format json --no-progress`.
    public func check(_ exercise: String, student: String, folder: String) -> Gradebook.Row {
        func row(_ verdict: String, _ message: String) -> Gradebook.Row {
            Gradebook.Row(student: student, exercise: exercise, verdict: verdict, message: message)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "check", exercise, "--exercises", folder, "--format", "json", "--no-progress", "--color", "never",
            "--timeout", String(timeout),
        ]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return row("error", "the checker could not start: \(error.localizedDescription)")
        }
        // The worker enforces the time limit itself; this is the backstop for one that hangs
        // or crashes in a way that stops it from doing so.
        let limit = timeout * 2 + watchdogSlack
        let watchdog = DispatchWorkItem { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + limit, execute: watchdog)
        // Both streams are drained at once: a worker that fills one pipe while the other is
        // being read to its end would otherwise stall until the watchdog.
        let errorData = PipeReader(errors.fileHandleForReading)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errorData.wait(), as: UTF8.self)
        process.waitUntilExit()
        watchdog.cancel()
        if process.terminationReason == .uncaughtSignal {
            if process.terminationStatus == SIGKILL {
                return row("error", "the checker was stopped after \(AnswerRun.seconds(limit))")
            }
            return row("error", "the checker crashed (signal \(process.terminationStatus))")
        }
        if process.terminationStatus == 2 {
            return row("error", errorText.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        struct Results: Decodable {
            struct Test: Decodable {
                var name: String
                var verdict: String
                var message: String
            }
            var tests: [Test]
        }
        guard let results = try? JSONDecoder().decode(Results.self, from: data), let test = results.tests.first else {
            return row("error", "the checker's output could not be read (exit \(process.terminationStatus))")
        }
        return row(test.verdict, test.message)
    }
}

/// Rows filled in by concurrent workers, each at its own index.
private final class ResultStore: @unchecked Sendable {
    private let lock = NSLock()
    private var rows: [Gradebook.Row?]

    init(count: Int) { rows = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ row: Gradebook.Row) {
        lock.withLock { rows[index] = row }
    }

    func rows(for student: String) -> [Gradebook.Row] {
        lock.withLock { rows.compactMap { $0 }.filter { $0.student == student } }
    }

    var all: [Gradebook.Row] { lock.withLock { rows.compactMap { $0 } } }

    /// How many checks of each student are still running.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var left: [String: Int]

        init(_ students: [String], each: Int) {
            left = Dictionary(uniqueKeysWithValues: students.map { ($0, each) })
        }

        /// Counts one finished check; true when it was the student's last.
        func finish(_ student: String) -> Bool {
            lock.withLock {
                left[student, default: 1] -= 1
                return left[student] == 0
            }
        }
    }
}

/// Reads a pipe to its end on a thread of its own.
private final class PipeReader: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    /// Everything the pipe gave, once its writer has closed it.
    func wait() -> Data {
        done.wait()
        return data
    }
}
