import ArgumentParser
import Course
import Foundation
import Notebook

/// `course watch`.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Re-check the first unsolved exercise whenever you save, and move on when it passes.",
        discussion: """
            Shows the verdict of the first exercise not yet passed, then waits for a change to the \
            answer sheets and checks again; when it passes, the next exercise follows. Stops with \
            exit 0 when every exercise is done (Ctrl-C stops it earlier). Works in a terminal (the \
            screen is redrawn) and without one (plain lines).

            Example:
              course watch
            """
    )

    @Option(name: .customLong("exercises"), help: ArgumentHelp("The folder of answer sheets.", valueName: "dir"))
    var folder = "Exercises"

    @Option(help: "Seconds between looks at the sheets.")
    var poll: Double = 0.5

    @Option(help: "Seconds each exercise's answer may run in all before it is a timeout.")
    var timeout: Double = 10

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if poll <= 0 { throw ValidationError("--poll must be a positive number of seconds, got \(poll)") }
        if timeout <= 0 { throw ValidationError("--timeout must be a positive number of seconds, got \(timeout)") }
    }

    func run() throws {
        let options = output.renderOptions
        let watcher = Watcher(
            folder: try ExerciseFolder(path: folder), checker: Checker(options: CheckOptions(timeout: timeout)), poll: poll,
            clearScreen: isatty(STDOUT_FILENO) == 1, options: options)
        try watcher.run { text in Console.output(text) }
    }
}
