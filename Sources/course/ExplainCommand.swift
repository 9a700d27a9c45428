import ArgumentParser
import Course

/// `course explain [NOTEBOOK] [SECTION...]`.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Print a section's explanation: its prose and code, with its subsections.",
        discussion: """
            SECTION is a number (6.2), a slug (broadcasting) or a case-insensitive fragment \
            of a title (ufunc). Without SECTION, prints the table of contents. The first \
            argument is taken as the notebook when it ends in .md or .markdown or contains a '/'.

            Examples:
              course explain broadcasting
              course explain 3.1 3.2
              course explain notebooks/numpy-jax.md ufunc
            """
    )

    @Argument(help: ArgumentHelp("An optional notebook, then the sections to print.", valueName: "notebook-or-section"))
    var arguments: [String] = []

    @Flag(help: "Print the whole notebook.")
    var all = false

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if all, !PositionalArguments.split(arguments).sections.isEmpty {
            throw ValidationError("--all prints every section; give either --all or sections, not both")
        }
    }

    func run() throws {
        let (path, sections) = PositionalArguments.split(arguments)
        let notebook = try BundledCourse.load(path)
        let request: Explanation.Request =
            all ? .wholeNotebook : sections.isEmpty ? .tableOfContents : .sections(sections)
        let explanation = Explanation(
            notebook: notebook, options: output.renderOptions, source: path ?? BundledCourse.description)
        let text = try explanation.text(for: request)
        Console.warnings(of: notebook)
        Console.output(text)
    }
}
