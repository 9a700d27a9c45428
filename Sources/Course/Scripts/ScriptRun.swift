import Charts
import Foundation
import Interpreter
import Notebook
import TensorCore

/// `course run FILE.py` (and `-c CODE`, `-`): a program run as `python3` runs it. Its writes
/// reach standard output and error unchanged, with python3's buffering; warnings and
/// tracebacks go to standard error; it ends with python3's exit status. Figures are drawn
/// only where `figures` says so, and files are written only where the program saves one or
/// `figureFolder` asks for every figure.
public struct ScriptRun {
    /// Where a program comes from: a file, `-c CODE`, or standard input (`-`).
    public enum Program: Sendable {
        case file(path: String, source: String)
        case command(String)
        case standardInput(String)

        /// The name tracebacks and warnings show, and `__file__`: as python3 (3.9 and later)
        /// names a script, its path made absolute (the working directory joined to a relative
        /// path, not normalized); `<string>`; `<stdin>`.
        var name: String {
            switch self {
            case .file(let path, _):
                path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
            case .command: "<string>"
            case .standardInput: "<stdin>"
            }
        }

        var source: String {
            switch self {
            case .file(_, let source), .command(let source), .standardInput(let source): source
            }
        }

        /// `sys.argv[0]`, as python3 sets it.
        var argumentZero: String {
            switch self {
            case .file(let path, _): path
            case .command: "-c"
            case .standardInput: "-"
            }
        }

        /// `__file__` (python3 leaves it undefined for `-c`).
        var file: String? {
            switch self {
            case .file, .standardInput: name
            case .command: nil
            }
        }
    }

    /// What happens to a figure the program shows.
    public enum FigureDisplay: String, CaseIterable, Sendable {
        /// Shown figures are not drawn (python3 with a non-interactive backend).
        case none
        /// Drawn with text on standard output, as a window would open on a display.
        case terminal
        /// Written as SVG files to the figure folder.
        case files
    }

    /// How a run ended.
    public struct Outcome: Sendable, Equatable {
        /// The exit status python3 would end with.
        public var status: Int32
        /// Ended by Ctrl-C: python3 then ends by SIGINT itself (status 130 to a shell).
        public var interrupted: Bool
    }

    public var program: Program
    /// `sys.argv[1:]`.
    public var arguments: [String] = []
    /// Seconds the program may run (nil: no limit, as python3).
    public var timeout: Double?
    /// The largest array the program may create, in bytes.
    public var arrayBytes = 2 << 30
    public var figures = FigureDisplay.none
    /// Where every figure is also written (`--out DIR`); nil writes only what `savefig` saves.
    public var figureFolder: String?
    /// How drawn figures are laid out.
    public var options = RenderOptions(width: 80)
    /// How long `timeit`'s autorange aims for, in seconds.
    public var autorangeTarget = 0.2

    public init(program: Program) {
        self.program = program
    }

    /// Ctrl-C: the running program raises KeyboardInterrupt; safe in a signal handler.
    public static func interrupt() {
        Interpreter.requestInterrupt()
    }

    /// Runs the program with its writes going to `stdout` and `stderr`.
    public func run(stdout: StandardStreamWriter, stderr: StandardStreamWriter) -> Outcome {
        ArrayLimits.maximumBytes = arrayBytes
        var folderFiles = FigureFiles(folder: figureFolder)
        var workingFiles = FigureFiles(folder: ".")
        let stem = ((program.name as NSString).lastPathComponent as NSString).deletingPathExtension
        let chart = TerminalChart(width: min(options.width, 100), color: options.color)

        /// What python3 itself writes on stderr (a traceback, a message), flushed after.
        func writeError(_ text: String) {
            try? stderr.write(text)
            try? stderr.flush()
        }
        func display(_ figure: Figure, savedAs name: String?) {
            var shownFiles: [String] = []
            if let name {
                let (files, problems) = workingFiles.save([.figure(figure, savedAs: name)], as: stem)
                shownFiles += files
                problems.forEach { writeError($0 + "\n") }
            }
            if figureFolder != nil {
                let (files, problems) = folderFiles.save([.figure(figure, savedAs: name)], as: stem)
                shownFiles += files.map { (figureFolder! as NSString).appendingPathComponent($0) }
                problems.forEach { writeError($0 + "\n") }
            }
            guard name == nil, figures == .terminal else { return }
            var text = chart.render(figure).joined(separator: "\n") + "\n"
            for file in shownFiles { text += "[figure: \(file)]\n" }
            try? stdout.write(text)
        }

        let interpreter = Interpreter(
            output: InterpreterOutput(
                write: { stream, text throws(StreamWriteError) in
                    try (stream == .stdout ? stdout : stderr).write(text)
                },
                flush: { stream throws(StreamWriteError) in
                    try (stream == .stdout ? stdout : stderr).flush()
                },
                display: { figure, name in display(figure, savedAs: name) }))
        interpreter.autorangeTarget = autorangeTarget
        interpreter.prepareMain(file: program.file, arguments: [program.argumentZero] + arguments)

        var outcome = Outcome(status: 0, interrupted: false)
        var ending: Error?
        do {
            try interpreter.runProgram(SourceFile(program.source, name: program.name), timeout: timeout)
        } catch {
            ending = error
        }
        // As python3 after a program from a file or standard input (not `-c`): both streams
        // are flushed, stderr first, before the error is reported; a failure is ignored here.
        if case .command = program {} else {
            try? stderr.flush()
            try? stdout.flush()
        }
        switch ending {
        case nil:
            break
        case let error as PythonException:
            if let exit = error.exitRequest {
                if let message = exit.message { writeError(message + "\n") }
                outcome.status = exit.status
            } else {
                writeError(error.report)
                outcome.status = 1
                outcome.interrupted = error.typeName == "KeyboardInterrupt"
            }
        case let error as PythonSyntaxError:
            writeError(error.report + "\n")
            outcome.status = 1
        case let error?:
            writeError("\(error)\n")
            outcome.status = 1
        }
        // As python3 at exit: a standard output that cannot be flushed is reported, and the
        // status becomes 120.
        do {
            try stdout.flush()
        } catch {
            writeError(
                "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n"
                    + "\(error.code == EPIPE ? "BrokenPipeError" : "OSError"): [Errno \(error.code)] \(String(cString: strerror(error.code)))\n")
            outcome.status = 120
        }
        try? stderr.flush()
        return outcome
    }
}
