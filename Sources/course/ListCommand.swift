import ArgumentParser
import Course

/// `course list [NOTEBOOK]`.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List a notebook's numbered sections with their cell and exercise counts.",
        discussion: "Example: course list notebooks/numpy-jax.md"
    )

    @Argument(help: "The notebook (default: the bundled NumPy & JAX course).")
    var notebook: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let loaded = try BundledCourse.load(notebook)
        Console.warnings(of: loaded)
        let listing = SectionListing(
            notebook: loaded, options: output.renderOptions, source: notebook ?? BundledCourse.description)
        Console.output(listing.list())
    }
}
