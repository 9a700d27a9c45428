import ArgumentParser
import Course
import Notebook

/// `course list [NOTEBOOK]`.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List a notebook's numbered sections with their cell and exercise counts, then the exercises' status.",
        discussion: """
            For the bundled course, when the exercises folder exists, each exercise follows with its \
            status from the progress state (the verdict of its last check, and when).

            Examples:
              course list
              course list notebooks/numpy-jax.md
            """
    )

    @Argument(help: "The notebook (default: the bundled NumPy & JAX course).")
    var notebook: String?

    @Option(name: .customLong("exercises"), help: ArgumentHelp("The folder of answer sheets.", valueName: "dir"))
    var folder = "Exercises"

    @OptionGroup var output: OutputOptions

    func run() throws {
        let loaded = try BundledCourse.load(notebook)
        Console.warnings(of: loaded)
        let listing = SectionListing(
            notebook: loaded, options: output.renderOptions, source: notebook ?? BundledCourse.description)
        Console.output(listing.list())
        guard notebook == nil, let exercises = try? ExerciseFolder(path: folder) else { return }
        let state = try ProgressState.load(from: exercises.progressPath)
        let block = ExerciseListing(sheets: try ExerciseCatalogue.sheets(), state: state, folder: folder)
        Console.output("\n" + TerminalRenderer(options: output.renderOptions).text(block.lines()))
    }
}
