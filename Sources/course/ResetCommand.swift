import ArgumentParser
import Course
import Foundation
import Notebook

/// `course reset ID | --all`.
struct ResetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Restore an exercise's answer sheet to its placeholder, keeping a backup of yours.",
        discussion: """
            Your current sheet is first copied to .backups/ in the exercises folder, under its name and \
            the time (01-madhava-pi.20261125-093000.md), so no work is lost. A missing sheet is created, \
            which is also how to get the sheets in a new folder: course reset --all.

            Examples:
              course reset madhava-pi
              course reset --all --exercises ~/numpy-course/Exercises
            """
    )

    @Argument(help: ArgumentHelp("The exercise to reset.", valueName: "exercise"))
    var exercise: String?

    @Flag(help: "Reset every exercise.")
    var all = false

    @Option(name: .customLong("exercises"), help: ArgumentHelp("The folder of answer sheets.", valueName: "dir"))
    var folder = "Exercises"

    func validate() throws {
        if exercise == nil && !all { throw ValidationError("name the exercise to reset, or give --all") }
        if exercise != nil && all { throw ValidationError("give an exercise or --all, not both") }
    }

    func run() throws {
        let sheets = try exercise.map { [try ExerciseCatalogue.sheet($0)] } ?? ExerciseCatalogue.sheets()
        let reset = SheetReset(folder: folder)
        for sheet in sheets {
            let outcome = try reset.reset(sheet)
            if let backup = outcome.backup { Console.output("Saved your version as \(backup)\n") }
            Console.output("Restored \(outcome.sheet)\n")
        }
        let progressPath = try ExerciseFolder(path: folder).progressPath
        var state = try ProgressState.load(from: progressPath)
        for sheet in sheets {
            state.exercises[sheet.id]?.status = nil
            state.exercises[sheet.id]?.checked = nil
        }
        try state.save(to: progressPath)
    }
}
