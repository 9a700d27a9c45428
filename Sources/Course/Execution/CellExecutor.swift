import Charts
import Interpreter
import TensorCore
import Notebook

/// Runs a notebook's Python cells in one interpreter (one namespace, like a kernel),
/// honouring each cell's attributes and the run's limits.
public final class CellExecutor {
    /// The limits of a run.
    public struct Limits: Sendable {
        /// Seconds per cell unless the cell's `timeout=` says otherwise.
        public var timeout: Double = 30
        /// Printed lines kept per cell; the rest is cut with a note.
        public var outputLines = 10_000
        /// The largest array a cell may create, in bytes; larger ones raise `MemoryError`.
        public var arrayBytes = 2 << 30

        public init(timeout: Double = 30, outputLines: Int = 10_000, arrayBytes: Int = 2 << 30) {
            self.timeout = timeout
            self.outputLines = outputLines
            self.arrayBytes = arrayBytes
        }
    }

    public let limits: Limits
    /// The interpreter the cells share.
    public let interpreter: Interpreter
    /// The stream being written, and what it has received since the last other output.
    private var streaming: StandardStream?
    private var streamed = ""
    private var printedLines = 0
    private var droppedLines = 0
    private var outputs: [CellOutput] = []

    public init(limits: Limits = Limits()) {
        self.limits = limits
        ArrayLimits.maximumBytes = limits.arrayBytes
        var streamSink: ((StandardStream, String) -> Void)?
        var figureSink: ((Figure, String?) -> Void)?
        interpreter = Interpreter(
            output: InterpreterOutput(
                write: { stream, text in streamSink?(stream, text) }, display: { figureSink?($0, $1) }))
        streamSink = { [unowned self] stream, text in collect(text, from: stream) }
        figureSink = { [unowned self] figure, name in
            flushStream()
            outputs.append(.figure(figure, savedAs: name))
        }
    }

    /// How long `timeit`'s autorange aims for, in seconds (CPython's 0.2 s).
    public var autorangeTarget: Double {
        get { interpreter.autorangeTarget }
        set { interpreter.autorangeTarget = newValue }
    }

    /// Whether an exercise cell still holds its placeholder: a line, comments aside, that is
    /// `...` alone, assigns or returns it (`pi = ...`, `return ...`), or a list or tuple
    /// of nothing but `...` (`answers = [..., ...]`).
    public static func isPlaceholder(_ cell: Cell) -> Bool {
        placeholderLine(cell) != nil
    }

    /// The file line of an exercise cell's placeholder, if it still has one.
    public static func placeholderLine(_ cell: Cell) -> Int? {
        let index = cell.source.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { line in
            let code = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .trimmingCharacters(in: .whitespaces)
            var value = Substring(code)
            if value.hasPrefix("return ") {
                value = value.dropFirst("return ".count)
            } else if let equals = value.firstIndex(of: "=") {
                let before = value[..<equals]
                let after = value[value.index(after: equals)...]
                guard !after.hasPrefix("="), !"!<>=+-*/%&|^@".contains(before.last ?? " ") else { return false }
                value = after
            }
            let ellipses = value.filter { !" \t,[]()".contains($0) }
            return !ellipses.isEmpty && ellipses.count % 3 == 0 && ellipses.allSatisfy { $0 == "." }
                && value.contains("...")
        }
        return index.map { cell.sourceLines.lowerBound + $0 }
    }

    /// Runs one cell of `file` (its lines keep the file's numbering, unless `firstLine`
    /// gives the cell's own first line, as for a Jupyter cell).
    public func run(_ cell: Cell, file: String, firstLine: Int? = nil) -> CellOutcome {
        if cell.attributes.skip { return CellOutcome(status: .skipped, outputs: []) }
        if let exercise = cell.attributes.exercise, Self.isPlaceholder(cell) {
            return CellOutcome(
                status: .toDo(exercise: exercise),
                outputs: [.note("to do: exercise '\(exercise)' — write your answer, then run `course check \(exercise)`")])
        }
        return run(
            source: cell.source, file: file, firstLine: firstLine ?? cell.sourceLines.lowerBound, timeout: cell.attributes.timeout,
            expecting: cell.attributes.raises)
    }

    /// Runs Python source (a cell's, or a whole script's).
    public func run(source: String, file: String, firstLine: Int, timeout: Double? = nil, expecting expected: String? = nil) -> CellOutcome {
        streaming = nil
        streamed = ""
        printedLines = 0
        droppedLines = 0
        outputs = []
        var status = CellOutcome.Status.passed
        do {
            let result = try interpreter.run(SourceFile(source, name: file, firstLine: firstLine), timeout: timeout ?? limits.timeout)
            flushStream()
            if let result { outputs.append(.result(result)) }
            if let expected {
                status = .failed
                outputs.append(.note("expected the cell to raise \(expected), but it raised nothing"))
            }
        } catch let error as PythonException {
            flushStream()
            outputs.append(.error(error.report))
            if let expected, !error.typeLineage.contains(expected) {
                outputs.append(.note("expected the cell to raise \(expected), but it raised \(error.typeName)"))
            }
            status = expected != nil && error.typeLineage.contains(expected!) ? .passed : .failed
        } catch let error as PythonSyntaxError {
            flushStream()
            outputs.append(.error(error.report + "\n"))
            // TabError derives from IndentationError, which derives from SyntaxError.
            let lineage: [PythonSyntaxError.Kind: [String]] = [
                .syntaxError: ["SyntaxError"], .indentationError: ["IndentationError", "SyntaxError"],
                .tabError: ["TabError", "IndentationError", "SyntaxError"],
            ]
            let raised = lineage[error.kind] ?? []
            if let expected, !raised.contains(expected) {
                outputs.append(.note("expected the cell to raise \(expected), but it raised \(error.kind.rawValue)"))
            }
            status = expected.map(raised.contains) == true ? .passed : .failed
        } catch {
            flushStream()
            outputs.append(.error("\(error)\n"))
            status = .failed
        }
        interpreter.showOpenFigures()
        flushStream()
        return CellOutcome(status: status, outputs: outputs)
    }

    /// Keeps written text up to the line limit (both streams together); counts what is
    /// beyond it.
    private func collect(_ text: String, from stream: StandardStream) {
        guard printedLines < limits.outputLines else {
            droppedLines += text.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
            return
        }
        var kept = Substring(text)
        for (offset, character) in text.enumerated() where character == "\n" {
            printedLines += 1
            if printedLines == limits.outputLines {
                let end = text.index(text.startIndex, offsetBy: offset + 1)
                kept = text[..<end]
                droppedLines += text[end...].reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
                break
            }
        }
        if streaming != stream { flushStream() }
        streaming = stream
        streamed += kept
    }

    /// Moves the text being written into the outputs, with a note for what the limit cut.
    private func flushStream() {
        if let streaming, !streamed.isEmpty { outputs.append(.stream(streaming, streamed)) }
        streaming = nil
        streamed = ""
        if droppedLines > 0 {
            outputs.append(.note("output cut: \(droppedLines) more line\(droppedLines == 1 ? "" : "s") not shown (limit \(limits.outputLines) lines per cell)"))
            droppedLines = 0
        }
    }
}
