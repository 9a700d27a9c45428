import ArgumentParser
import Course
import Foundation
import Notebook

/// `course run [NOTEBOOK | SCRIPT.py]`.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a notebook's Python cells in order and print each section with the cells' outputs.",
        discussion: """
            NOTEBOOK defaults to the bundled course. A .py file runs as one cell; a Jupyter notebook \
            (.ipynb, nbformat 4) runs its code cells and shows its Markdown cells. Cells share one \
            namespace, as in a Jupyter kernel; a cell's last bare expression is shown after Out:. \
            Cell attributes are honoured: raises=, skip, timeout=; an exercise cell still holding \
            its ... placeholder is reported as to do. Exits 1 when a cell failed.

            Examples:
              course run
              course run notebooks/numpy-jax.md --stop-on-error
              course run script.py --timeout 5
            """
    )

    @Argument(help: ArgumentHelp("The notebook (.md or .ipynb) or script (.py) to run.", valueName: "notebook"))
    var path: String?

    @Option(help: "Seconds a cell may run before it stops with TimeoutError (a cell's timeout= overrides it).")
    var timeout: Double = 30

    @Option(help: "The largest array a cell may create, in bytes (larger ones raise MemoryError).")
    var maxArrayBytes: Int = 2 << 30

    @Flag(help: "Stop at the first cell that fails.")
    var stopOnError = false

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if timeout <= 0 { throw ValidationError("--timeout must be a positive number of seconds, got \(timeout)") }
        if maxArrayBytes <= 0 { throw ValidationError("--max-array-bytes must be a positive number of bytes, got \(maxArrayBytes)") }
    }

    func run() throws {
        let limits = CellExecutor.Limits(timeout: timeout, arrayBytes: maxArrayBytes)
        if let path, path.hasSuffix(".py") {
            guard FileManager.default.fileExists(atPath: path) else {
                throw NotebookError(.fileNotFound, at: SourceLocation(path: path), "no such file")
            }
            guard let source = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw NotebookError(.invalidUTF8, at: SourceLocation(path: path), "the file cannot be read as UTF-8 text")
            }
            let outcome = CellExecutor(limits: limits).run(source: source, file: path, firstLine: 1)
            let lines = NotebookRun.lines(for: outcome)
            let renderer = TerminalRenderer(options: output.renderOptions)
            if !lines.isEmpty { Console.output(renderer.text(lines)) }
            if outcome.status == .failed { throw ExitCode(1) }
            return
        }
        var cellNumbers: [Int: Int]?
        let notebook: Notebook
        if let path, path.hasSuffix(".ipynb") {
            (notebook, cellNumbers) = try JupyterImport.load(path)
        } else {
            notebook = try BundledCourse.load(path)
        }
        Console.warnings(of: notebook)
        var run = NotebookRun(
            notebook: notebook, options: output.renderOptions, file: path ?? BundledCourse.fileName, limits: limits,
            stopOnError: stopOnError)
        run.jupyterCellNumbers = cellNumbers
        let summary = run.run { text in
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        if summary.failed > 0 { throw ExitCode(1) }
    }
}
