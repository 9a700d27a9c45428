import Charts
import Dispatch
import TensorCore

/// Runs Python cells on TensorCore, one shared namespace per interpreter, as a Jupyter
/// kernel does: `run` executes a cell and returns the `repr` of its last bare expression.
///
/// ```swift
/// let interpreter = Interpreter { print($0, terminator: "") }
/// let result = try interpreter.run(SourceFile("x = 2\nx ** 10"))   // "1024"
/// ```
public final class Interpreter {
    let runtime: Runtime

    /// An interpreter whose program writes its text and shows its figures through `output`.
    public init(output: InterpreterOutput) {
        runtime = Runtime(output: output)
        Builtins.install(in: runtime)
        runtime.globals["__name__"] = .string("__main__")
    }

    /// An interpreter whose standard output goes to `write`, whose standard error (warnings,
    /// formatted as Python's `warnings` module prints them, and `print(file=sys.stderr)`)
    /// goes to `warn`, and whose figures go to `display` when `plt.show()` or
    /// `plt.savefig(name)` is called (with the name asked for).
    public convenience init(
        write: @escaping (String) -> Void, warn: @escaping (String) -> Void = { _ in },
        display: @escaping (Figure, String?) -> Void = { _, _ in }
    ) {
        self.init(
            output: InterpreterOutput(
                write: { stream, text in stream == .stdout ? write(text) : warn(text) }, display: display))
    }

    /// How long `timeit.Timer.autorange` runs a statement before it settles on a number
    /// of loops: 0.2 s as in CPython; a quick course run shortens it.
    public var autorangeTarget: Double {
        get { runtime.autorangeTarget }
        set { runtime.autorangeTarget = max(0.001, newValue) }
    }

    /// Shows the figures a cell left open and closes them, as Jupyter's inline backend
    /// does after every cell.
    public func showOpenFigures() {
        try? runtime.pyplot.showAll(runtime)
    }

    /// Makes this interpreter run a program as `python3 FILE ARGS...` does: `sys.argv` is
    /// `arguments` (`[FILE, ARGS...]`, or `["-c", ...]`), and `__file__` is `file` when the
    /// program came from one.
    public func prepareMain(file: String?, arguments: [String]) {
        runtime.programArguments = arguments
        if let file { runtime.globals["__file__"] = .string(file) }
    }

    /// The most nested calls a cell may make (CPython's default: 1000).
    public var recursionLimit: Int {
        get { runtime.recursionLimit }
        set { runtime.recursionLimit = newValue }
    }

    /// Runs a cell or a script. Returns the `repr` of its last statement when that is a bare
    /// expression whose value is not None, nil otherwise. Throws `PythonSyntaxError` for a
    /// source that cannot be read and `PythonException` for an exception it raised.
    /// With `timeout` seconds, a cell still running then stops with `TimeoutError`.
    @discardableResult
    public func run(_ source: SourceFile, timeout: Double? = nil) throws -> String? {
        try run(source, timeout: timeout, showingLastExpression: true)
    }

    /// Runs a whole program as `python3 FILE` does: like `run`, but a last bare expression
    /// is evaluated and shown nowhere.
    public func runProgram(_ source: SourceFile, timeout: Double? = nil) throws {
        _ = try run(source, timeout: timeout, showingLastExpression: false)
    }

    private func run(_ source: SourceFile, timeout: Double?, showingLastExpression: Bool) throws -> String? {
        let statements = try Parser.parse(source)
        let cell = try Compiler.compile(statements, source: source, runtime: runtime)
        let frame = Frame(code: cell.code, globals: runtime.globals, cells: [])
        runtime.source = source
        runtime.sources[source.name, default: []].append(source)
        let outer = runtime.frame
        runtime.frame = frame
        defer { runtime.frame = outer }
        return try execute(timeout: timeout, passingThrough: frame) { () throws(PythonError) -> String? in
            _ = try cell.body(frame)
            guard let (evaluate, line) = cell.lastExpression else { return nil }
            frame.line = line
            runtime.line = line
            let value = try evaluate(frame)
            if case .none = value { return nil }
            return showingLastExpression ? try value.repr() : nil
        }
    }

    /// Runs `body` as the running cell: with the deadline `timeout` sets, this runtime's
    /// warning log, and a Python exception turned into a `PythonException` with its traceback.
    func execute<T>(timeout: Double?, passingThrough frame: Frame?, _ body: () throws(PythonError) -> T) throws(PythonException) -> T {
        runtime.deadline = timeout.map { DispatchTime.now().uptimeNanoseconds + UInt64(max(0, $0) * 1e9) }
        runtime.timeLimit = timeout ?? 0
        defer { runtime.deadline = nil }
        // TensorCore's warnings go to this run's log, read by this runtime only, and
        // `jax_enable_x64` is this runtime's own, so interpreters on other threads keep
        // theirs apart.
        let outcome: Result<T, PythonError> = WarningLog.$current.withValue(runtime.warningLog) {
            JAXPromotion.$x64Setting.withValue(runtime.x64Setting) {
                Runtime.$active.withValue(runtime) {
                    do throws(PythonError) {
                        return .success(try body())
                    } catch {
                        return .failure(error)
                    }
                }
            }
        }
        switch outcome {
        case .success(let value):
            return value
        case .failure(let error):
            if let frame { error.exception.passThrough(frame) }
            throw PythonException(error.exception, runtime: runtime)
        }
    }
}

/// A Python exception that escaped a cell: its type, message and traceback.
public struct PythonException: Error, CustomStringConvertible {
    /// The exception's type name (`ZeroDivisionError`).
    public let typeName: String
    /// `str(exception)`.
    public let message: String
    /// The whole report as CPython prints it: the traceback, then `Type: message`.
    public let report: String
    /// The names of the exception's type and of every type it derives from, in its MRO
    /// (`ZeroDivisionError`, `ArithmeticError`, `Exception`, `BaseException`, `object`).
    public let typeLineage: [String]

    init(_ exception: ExceptionObject, runtime: Runtime) {
        typeName = exception.type.tracebackName
        message = (try? exception.message()) ?? ""
        notes = exception.notes
        report = Self.format(exception, runtime: runtime)
        typeLineage = exception.type.resolutionOrder.map(\.name)
        exitRequest = exception.type.isSubtype(of: ExceptionTypes.systemExit) ? ExitRequest(exception.arguments) : nil
    }

    public var description: String { report }

    /// Notes attached to the exception, printed after its message.
    public let notes: [String]

    /// For `SystemExit`: the exit status and the message python3 prints for it.
    public let exitRequest: ExitRequest?

    /// The end of the report: `Type: message` (the type alone for an empty message), then
    /// the notes.
    public var summary: String {
        ([message.isEmpty ? typeName : "\(typeName): \(message)"] + notes).joined(separator: "\n")
    }

    private static func format(_ exception: ExceptionObject, runtime: Runtime) -> String {
        var text = ""
        if let cause = exception.cause {
            text += format(cause, runtime: runtime) + "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if let context = exception.context, !exception.suppressContext {
            text += format(context, runtime: runtime) + "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        text += "Traceback (most recent call last):\n"
        // As CPython does, a line repeated more than three times in a row is shown three
        // times, then counted.
        var previous: (String, Int, String)?
        var repeats = 0
        func flushRepeats() {
            if repeats >= 3 { text += "  [Previous line repeated \(repeats - 2) more time\(repeats - 2 == 1 ? "" : "s")]\n" }
            repeats = 0
        }
        for entry in exception.traceback.reversed() {
            let key = (entry.file, entry.line, entry.function)
            if let previous, previous == key {
                repeats += 1
                if repeats >= 3 { continue }
            } else {
                flushRepeats()
            }
            previous = key
            let lineNumber = entry.range?.start.line ?? entry.line
            text += "  File \"\(entry.file)\", line \(lineNumber), in \(entry.function)\n"
            // The cell holding the line: a notebook's cells share the notebook's name.
            if let full = runtime.sourceLine(file: entry.file, line: lineNumber) {
                let line = full.trimmingCharacters(in: " \t")
                if !line.isEmpty {
                    text += "    \(line)\n"
                    if let range = entry.range, let markers = Self.markers(range, line: full) { text += "    \(markers)\n" }
                }
            }
        }
        flushRepeats()
        let message = (try? exception.message()) ?? ""
        let name = exception.type.tracebackName
        text += message.isEmpty ? name : "\(name): \(message)"
        if let suggestion = runtime.suggestion(for: exception) { text += ". Did you mean: \(suggestion)?" }
        for note in exception.notes { text += "\n" + note }
        return text + "\n"
    }
}

/// How a program asked to end by raising `SystemExit`, as CPython reads its code: none
/// is status 0; an int is that status (the system keeps its low 8 bits; an int too large
/// for a C long is -1); anything else is printed on stderr and is status 1.
public struct ExitRequest: Sendable, Equatable {
    public var status: Int32
    /// What python3 prints on stderr before exiting (`str(code)`), if anything.
    public var message: String?

    init(_ arguments: [Value]) {
        let code: Value = arguments.count == 1 ? arguments[0] : arguments.isEmpty ? .none : .tuple(arguments)
        switch code {
        case .none: status = 0
        case .bool(let flag): status = flag ? 1 : 0
        case .int(let number): status = Int32(truncatingIfNeeded: number)
        case .bigInt: status = -1
        default:
            status = 1
            message = (try? code.str()) ?? ""
        }
    }
}

extension PythonException {
    /// CPython 3.11's markers under a traceback line: `^` under the failing expression, or
    /// `~` under a binary operation's operands (a subscript's value) and `^` under its
    /// operator (brackets); nothing when a plain expression is the whole line.
    static func markers(_ range: MarkedRange, line: String) -> String? {
        let characters = Array(line)
        let indentation = characters.prefix { $0 == " " || $0 == "\t" }.count
        let stripped = line.trimmingCharacters(in: " \t\r\n")
        let start = range.start.column
        let end = range.end.line == range.start.line ? range.end.column : indentation + stripped.count
        guard end > start, start >= indentation else { return nil }
        var anchors: (left: Int, right: Int)?
        if let anchor = range.anchor, range.end.line == range.start.line {
            let right = range.isSubscript ? end : anchor.end.column
            anchors = (anchor.start.column - start, right - start)
        }
        guard end - start < stripped.count || anchors != nil else { return nil }
        var text = String(repeating: " ", count: start - indentation)
        if let (left, right) = anchors, right > left {
            text += String(repeating: "~", count: left) + String(repeating: "^", count: right - left)
                + String(repeating: "~", count: Swift.max(0, end - start - right))
        } else {
            text += String(repeating: "^", count: end - start)
        }
        return text
    }
}

extension String {
    func trimmingCharacters(in characters: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
