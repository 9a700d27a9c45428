import ArgumentParser
import Course
import Foundation
import Notebook

/// `course check [ID | FILE ...]`.
struct CheckCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check your answers to the exercises: pass or fail for each, and exactly why.",
        discussion: """
            With no argument every exercise is checked, in the course's order, from the sheets in \
            Exercises/. An argument is an exercise id (madhava-pi) or an answer sheet file (.md). \
            Each answer runs in a fresh interpreter after the exercise's given cells; its values \
            are compared in Swift with the reference solutions, so printed text and warnings never \
            decide a verdict. Verdicts: pass, fail, not started, error, timeout. The results are \
            kept in .course-progress.json beside Exercises/. Exits 0 only when every exercise \
            checked passes.

            Examples:
              course check
              course check madhava-pi normalize
              course check --format json --junit results.xml
            """
    )

    @Argument(help: ArgumentHelp("Exercise ids or answer sheet files (default: every exercise).", valueName: "exercise"))
    var exercises: [String] = []

    @Option(name: .customLong("exercises"), help: ArgumentHelp("The folder of answer sheets.", valueName: "dir"))
    var folder = "Exercises"

    @Option(help: "text, or json for Exercism's test-runner results shape.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Also write the results as JUnit XML to this file.", valueName: "file"))
    var junit: String?

    @Flag(help: "Show the expected answers where a verdict would keep them back (broadcast-shapes).")
    var reveal = false

    @Option(help: "Seconds each exercise's answer may run in all before it is a timeout.")
    var timeout: Double = 10

    @Flag(help: "Leave the progress state as it is.")
    var noProgress = false

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if timeout <= 0 { throw ValidationError("--timeout must be a positive number of seconds, got \(timeout)") }
    }

    func run() throws {
        let request = try CheckRequest.resolve(exercises) { () throws(NotebookError) in try ExerciseFolder(path: folder) }
        let checker = Checker(options: CheckOptions(timeout: timeout, reveal: reveal))
        let options = output.renderOptions
        var results: [ExerciseResult] = []
        for target in request.targets {
            let result = checker.check(target.given, answer: target.answer, path: target.path)
            results.append(result)
            if format == .text {
                Console.output(TerminalRenderer(options: options).text(CheckReport.lines(for: result)) + "\n")
            }
        }
        let total = try ExerciseCatalogue.sheets().map(\.id)
        var done = results.filter(\.verdict.passed).count
        if let folder = try? ExerciseFolder(path: folder) {
            var state = try ProgressState.load(from: folder.progressPath)
            state.record(results)
            if !noProgress { try state.save(to: folder.progressPath) }
            done = state.done(total)
        }
        let report = CheckReport(results: results, total: total.count, done: done)
        if let junit { try AtomicFile.write(report.junit(), to: junit) }
        switch format {
        case .text:
            Console.output(report.summary(options: options))
        case .json:
            Console.output(report.json())
        }
        if !report.passed { throw ExitCode(1) }
    }
}
