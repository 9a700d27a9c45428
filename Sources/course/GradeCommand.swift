import ArgumentParser
import Course
import Foundation
import Notebook

/// `course grade DIR`.
struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "For teachers: check every student's answers and write a gradebook (CSV and JSON).",
        discussion: """
            Each subfolder of DIR is one student's Exercises/ folder (or holds one). Every exercise \
            of every student is checked in a worker process of its own, --jobs at a time, so a \
            crash or an endless loop affects only that student's exercise. The gradebook has one \
            row per student and exercise: student, exercise, verdict, message.

            Example:
              course grade submissions/ --jobs 2 --csv grades.csv --json grades.json
            """
    )

    @Argument(help: ArgumentHelp("The folder of student folders.", valueName: "dir"))
    var submissions: String

    @Option(help: "Checks run at the same time (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp("Where to write the gradebook as CSV.", valueName: "file"))
    var csv = "gradebook.csv"

    @Option(help: ArgumentHelp("Where to write the gradebook as JSON.", valueName: "file"))
    var json = "gradebook.json"

    @Option(help: "Seconds each exercise's answer may run in all before it is a timeout.")
    var timeout: Double = 10

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
        if timeout <= 0 { throw ValidationError("--timeout must be a positive number of seconds, got \(timeout)") }
    }

    func run() throws {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let grading = GradeRun(submissions: submissions, executable: executable, jobs: jobs, timeout: timeout)
        let gradebook = try grading.run { student, rows in
            let passed = rows.filter { $0.verdict == "pass" }.count
            let others = rows.filter { $0.verdict != "pass" }.map { "\($0.exercise) \($0.verdict)" }
            Console.output("\(student): \(passed)/\(rows.count) pass" + (others.isEmpty ? "" : " (\(others.joined(separator: ", ")))") + "\n")
        }
        try AtomicFile.write(gradebook.csv, to: csv)
        try AtomicFile.write(gradebook.json, to: json)
        let students = Set(gradebook.rows.map(\.student)).count
        Console.output("Graded \(students) student\(students == 1 ? "" : "s"); wrote \(csv) and \(json)\n")
    }
}
