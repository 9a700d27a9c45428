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
            Figures are drawn in the terminal and written as SVG files to the output folder. \
            Cell attributes are honoured: raises=, skip, timeout=, only=quick|full; an exercise cell \
            still holding its ... placeholder is reported as to do. A run is quick unless --full: \
            only=full cells are skipped and timeit's autorange aims for 0.02 s instead of 0.2 s. \
            Exits 1 when a cell failed.

            Examples:
              course run
              course run --section broadcasting --out figures
              course run --full --html course.html --ipynb course.ipynb
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

    @Option(help: ArgumentHelp("Run up to and including this section (a number, slug or title fragment).", valueName: "section"))
    var section: String?

    @Flag(help: "Run the benchmarks at every size and time as CPython does (only=full cells instead of only=quick ones).")
    var full = false

    @Flag(help: "Run the course's reference solutions in place of the exercise cells and show what they give.")
    var solutions = false

    @Option(help: ArgumentHelp("The folder figures are written to as SVG files.", valueName: "dir"))
    var out: String = "course-output"

    @Option(help: ArgumentHelp("Also write the executed notebook as one self-contained HTML page.", valueName: "file"))
    var html: String?

    @Option(help: ArgumentHelp("Also write the executed notebook as a Jupyter notebook (nbformat 4.5, with outputs).", valueName: "file"))
    var ipynb: String?

    @Option(help: ArgumentHelp("Also write the executed notebook as Markdown with each cell's outputs under it.", valueName: "file"))
    var markdown: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if timeout <= 0 { throw ValidationError("--timeout must be a positive number of seconds, got \(timeout)") }
        if maxArrayBytes <= 0 { throw ValidationError("--max-array-bytes must be a positive number of bytes, got \(maxArrayBytes)") }
        if out.isEmpty { throw ValidationError("--out needs a folder") }
    }

    func run() throws {
        let limits = CellExecutor.Limits(timeout: timeout, arrayBytes: maxArrayBytes)
        if let path, path.hasSuffix(".py") {
            try runScript(path, limits: limits)
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
        run.kind = full ? .full : .quick
        run.figureFolder = out
        if let section { run.lastSection = try notebook.section(matching: section) }
        if solutions { run.solutions = ReferenceCells.solution(for:executor:) }
        let exports = try Exports(html: html, ipynb: ipynb, markdown: markdown)
        try run.prepareFigureFolder()
        let bar = ProgressLine(enabled: isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["CI"] == nil)
        run.progress = bar.update
        let executed = run.run { text in
            bar.clear()
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        bar.clear()
        try exports.write(executed, figureFolder: out)
        if executed.summary.failed > 0 { throw ExitCode(1) }
    }

    private func runScript(_ path: String, limits: CellExecutor.Limits) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw NotebookError(.fileNotFound, at: SourceLocation(path: path), "no such file")
        }
        guard let source = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw NotebookError(.invalidUTF8, at: SourceLocation(path: path), "the file cannot be read as UTF-8 text")
        }
        var figures = FigureFiles(folder: out)
        try figures.check()
        let executor = CellExecutor(limits: limits)
        if !full { executor.autorangeTarget = NotebookRun.quickAutorangeTarget }
        let outcome = executor.run(source: source, file: path, firstLine: 1)
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let (files, problems) = figures.save(outcome.outputs, as: stem)
        let lines = NotebookRun.lines(for: outcome, figureFiles: files, in: out, options: output.renderOptions)
        let renderer = TerminalRenderer(options: output.renderOptions)
        if !lines.isEmpty { Console.output(renderer.text(lines)) }
        for problem in problems { Console.error(problem) }
        if outcome.status == .failed { throw ExitCode(1) }
    }
}
