import ArgumentParser
import Course
import Foundation
import Notebook

/// `course hint ID [--all]`.
struct HintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hint",
        abstract: "Show the next hint for an exercise (each call shows one more).",
        discussion: """
            The hints shown so far are remembered in .course-progress.json beside the exercises folder; \
            --all shows every hint at once.

            Examples:
              course hint normalize
              course hint normalize --all
            """
    )

    @Argument(help: ArgumentHelp("The exercise.", valueName: "exercise"))
    var exercise: String

    @Flag(help: "Show all the exercise's hints.")
    var all = false

    @Option(name: .customLong("exercises"), help: ArgumentHelp("The folder of answer sheets.", valueName: "dir"))
    var folder = "Exercises"

    @OptionGroup var output: OutputOptions

    func run() throws {
        let sheet = try ExerciseCatalogue.sheet(exercise)
        let exercisesFolder = try? ExerciseFolder(path: folder)
        var state = try exercisesFolder.map { try ProgressState.load(from: $0.progressPath) } ?? ProgressState()
        let shown = state.exercises[sheet.id]?.hintsShown ?? 0
        let options = output.renderOptions
        let hints = HintBook(sheet: sheet, width: options.width)
        let text = all ? hints.all() : hints.next(afterShowing: shown)
        Console.output(TerminalRenderer(options: options).text(text))
        if !all, let exercisesFolder, shown < sheet.hints.count {
            state.exercises[sheet.id, default: ProgressState.Entry()].hintsShown = shown + 1
            try state.save(to: exercisesFolder.progressPath)
        }
    }
}
