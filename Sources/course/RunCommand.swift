import ArgumentParser
import Course
import Foundation
import Notebook

extension ScriptRun.FigureDisplay: ExpressibleByArgument {}

/// `course run [NOTEBOOK | SCRIPT.py | -c CODE | -]`.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a notebook's Python cells in order and print each section with the cells' outputs, or run a program as python3 does.",
        discussion: """
            NOTEBOOK defaults to the bundled course. A Jupyter notebook (.ipynb, nbformat 4) runs its code \
            cells and shows its Markdown cells. Cells share one namespace, as in a Jupyter kernel; a cell's \
            last bare expression is shown after Out:, its standard error apart from its output. Figures \
            are drawn in the terminal and written as SVG files to the output folder. Cell attributes are \
            honoured: raises=, skip, timeout=, only=quick|full; an exercise cell still holding its ... \
            placeholder is reported as to do. A run is quick unless --full: only=full cells are skipped \
            and timeit's autorange aims for 0.02 s instead of 0.2 s. Exits 1 when a cell failed.

            A program (FILE.py, -c CODE, or - for standard input) runs as python3 runs it: its output \
            unchanged on standard output, buffered as python3 buffers it (PYTHONUNBUFFERED honoured), \
            warnings and tracebacks on standard error, python3's exit status (SystemExit, 1 for an \
            uncaught exception, 130 for Ctrl-C), no time limit unless --timeout. Everything after the \
            program is its sys.argv[1:], so course's options come before it. A shown figure is drawn \
            on a terminal only (--figures), and files are written only where the program calls \
            savefig (in the working directory) or where --out asks for every figure.

            Examples:
              course run
              course run --section broadcasting --out figures
              course run --full --html course.html --ipynb course.ipynb
              course run notebooks/numpy-jax.md --stop-on-error
              course run --timeout 5 script.py input.txt --verbose
              course run -c 'import sys; print(sys.argv)' a b
              course run - < script.py
            """
    )

    @Argument(help: ArgumentHelp("The notebook (.md or .ipynb), or the program (.py, or - for standard input).", valueName: "notebook"))
    var path: String?

    @Option(name: .customShort("c"), help: ArgumentHelp("Run CODE as the program, as python3 -c does.", valueName: "code"))
    var command: String?

    @Argument(parsing: .postTerminator, help: ArgumentHelp("The program's arguments (sys.argv[1:]).", valueName: "args"))
    var programArguments: [String] = []

    @Option(help: "Seconds a cell may run before it stops with TimeoutError (a cell's timeout= overrides it; default 30 for a notebook's cells, none for a program).")
    var timeout: Double?

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

    @Option(help: ArgumentHelp("The folder figures are written to as SVG files (a notebook's default: course-output; a program writes every figure there only when given).", valueName: "dir"))
    var out: String?

    @Option(help: ArgumentHelp("What a program does with a figure it shows: none, terminal (drawn on standard output) or files (written to --out, default course-output). Default: terminal when standard output is a terminal, else none.", valueName: "mode"))
    var figures: ScriptRun.FigureDisplay?

    @Option(help: ArgumentHelp("Also write the executed notebook as one self-contained HTML page.", valueName: "file"))
    var html: String?

    @Option(help: ArgumentHelp("Also write the executed notebook as a Jupyter notebook (nbformat 4.5, with outputs).", valueName: "file"))
    var ipynb: String?

    @Option(help: ArgumentHelp("Also write the executed notebook as Markdown with each cell's outputs under it.", valueName: "file"))
    var markdown: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let timeout, timeout <= 0 { throw ValidationError("--timeout must be a positive number of seconds, got \(timeout)") }
        if maxArrayBytes <= 0 { throw ValidationError("--max-array-bytes must be a positive number of bytes, got \(maxArrayBytes)") }
        if out?.isEmpty == true { throw ValidationError("--out needs a folder") }
        if command != nil, let path {
            throw ValidationError("-c runs CODE as the program; '\(path)' would be a second one")
        }
        if !isProgram {
            if !programArguments.isEmpty {
                throw ValidationError("arguments after a notebook are for programs: \(programArguments.joined(separator: " "))")
            }
            if figures != nil { throw ValidationError("--figures is for programs; a notebook draws every figure and writes it to --out") }
        }
    }

    /// Whether a program runs, rather than a notebook.
    private var isProgram: Bool {
        command != nil || path == "-" || path?.hasSuffix(".py") == true
    }

    func run() throws {
        if isProgram {
            try runProgram()
            return
        }
        let folder = out ?? "course-output"
        let limits = CellExecutor.Limits(timeout: timeout ?? 30, arrayBytes: maxArrayBytes)
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
        run.figureFolder = folder
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
        try exports.write(executed, figureFolder: folder)
        if executed.summary.failed > 0 { throw ExitCode(1) }
    }

    /// Runs a program as python3 does, and ends the process as python3 ends.
    private func runProgram() throws {
        let program: ScriptRun.Program
        if let command {
            program = .command(command)
        } else if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard let source = String(data: data, encoding: .utf8) else {
                throw NotebookError(.invalidUTF8, at: SourceLocation(path: "<stdin>"), "standard input cannot be read as UTF-8 text")
            }
            program = .standardInput(source)
        } else {
            let path = path!
            guard FileManager.default.fileExists(atPath: path) else {
                throw NotebookError(.fileNotFound, at: SourceLocation(path: path), "no such file")
            }
            guard let source = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw NotebookError(.invalidUTF8, at: SourceLocation(path: path), "the file cannot be read as UTF-8 text")
            }
            program = .file(path: path, source: source)
        }
        let display = figures ?? (isatty(STDOUT_FILENO) != 0 ? .terminal : .none)
        let folder = out ?? (display == .files ? "course-output" : nil)
        try FigureFiles(folder: folder).check()

        var script = ScriptRun(program: program)
        script.arguments = programArguments
        script.timeout = timeout
        script.arrayBytes = maxArrayBytes
        script.figures = display
        script.figureFolder = folder
        script.options = output.renderOptions
        if !full { script.autorangeTarget = NotebookRun.quickAutorangeTarget }

        // As python3: a closed pipe is an error to the program, not a signal, and Ctrl-C is
        // KeyboardInterrupt (unless it was ignored when the process started: under nohup,
        // or in the background of a shell, it stays ignored).
        signal(SIGPIPE, SIG_IGN)
        let previous = signal(SIGINT) { _ in ScriptRun.interrupt() }
        if let previous, unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
            signal(SIGINT, SIG_IGN)
        }
        let environment = ProcessInfo.processInfo.environment
        let stdout = StandardStreamWriter(
            descriptor: STDOUT_FILENO,
            buffering: StandardStreamWriter.buffering(of: .stdout, descriptor: STDOUT_FILENO, environment: environment))
        let stderr = StandardStreamWriter(
            descriptor: STDERR_FILENO,
            buffering: StandardStreamWriter.buffering(of: .stderr, descriptor: STDERR_FILENO, environment: environment))
        let outcome = script.run(stdout: stdout, stderr: stderr)
        if outcome.interrupted {
            // As python3: end by SIGINT itself, so a shell sees Ctrl-C; where the signal is
            // blocked and cannot end the process, status 130 (128 + SIGINT) says the same.
            signal(SIGINT, SIG_DFL)
            kill(getpid(), SIGINT)
            Foundation.exit(130)
        }
        Foundation.exit(outcome.status)
    }
}
