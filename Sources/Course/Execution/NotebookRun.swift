import Dispatch
import Foundation
import Notebook

/// `course run`: a notebook printed section by section with each Python cell executed
/// and its outputs shown under it, then a summary.
public struct NotebookRun {
    public var notebook: Notebook
    public var options: RenderOptions
    /// The file name tracebacks and warnings show.
    public var file: String
    public var limits: CellExecutor.Limits
    /// Stop after the first failed cell.
    public var stopOnError: Bool
    /// For notebooks converted from Jupyter: each Python cell's number by its fence line,
    /// so errors name `file, cell N` and the cell's own lines.
    public var jupyterCellNumbers: [Int: Int]?

    public init(notebook: Notebook, options: RenderOptions, file: String, limits: CellExecutor.Limits = .init(), stopOnError: Bool = false) {
        self.notebook = notebook
        self.options = options
        self.file = file
        self.limits = limits
        self.stopOnError = stopOnError
    }

    /// What a run did, for the summary line and the exit code.
    public struct Summary: Sendable, Equatable {
        public var cellsRun = 0
        public var failed = 0
        public var toDo = 0
        public var skipped = 0
        public var seconds = 0.0
        public var stoppedEarly = false

        public var line: String {
            var parts = ["\(cellsRun) cell\(cellsRun == 1 ? "" : "s") run", "\(failed) failed", "\(toDo) to do"]
            if skipped > 0 { parts.append("\(skipped) skipped") }
            return parts.joined(separator: ", ") + ", " + String(format: "%.1f s", seconds)
                + (stoppedEarly ? " (stopped at the first failure)" : "")
        }
    }

    /// Runs the notebook, handing each piece of text to `emit` as soon as it is ready.
    public func run(emit: (String) -> Void) -> Summary {
        let renderer = TerminalRenderer(options: options)
        let executor = CellExecutor(limits: limits)
        var summary = Summary()
        let start = DispatchTime.now().uptimeNanoseconds
        var first = true

        func show(_ lines: [StyledText]) {
            guard !lines.isEmpty else { return }
            emit(renderer.text(lines) + "\n")
        }

        /// Returns false when the run must stop.
        func runBlocks(_ blocks: [NotebookBlock]) -> Bool {
            for block in blocks {
                show(renderer.lines(for: [block]))
                guard let cell = block.cell, cell.language == "python" else { continue }
                let outcome: CellOutcome
                if let number = jupyterCellNumbers?[cell.fenceLine] {
                    outcome = executor.run(cell, file: "\(file), cell \(number)", firstLine: 1)
                } else {
                    outcome = executor.run(cell, file: file)
                }
                show(Self.lines(for: outcome))
                switch outcome.status {
                case .passed: summary.cellsRun += 1
                case .failed:
                    summary.cellsRun += 1
                    summary.failed += 1
                    if stopOnError {
                        summary.stoppedEarly = true
                        return false
                    }
                case .skipped: summary.skipped += 1
                case .toDo: summary.toDo += 1
                }
            }
            return true
        }

        func runSection(_ section: Section) -> Bool {
            if !first { emit("\n") }
            first = false
            show(renderer.heading(for: section))
            guard runBlocks(section.blocks) else { return false }
            for child in section.children where !runSection(child) { return false }
            return true
        }

        var going = runBlocks(notebook.preamble)
        if !notebook.preamble.isEmpty { first = false }
        for section in notebook.sections where going { going = runSection(section) }
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        emit("\n" + summary.line + "\n")
        return summary
    }

    /// A cell's outputs as terminal lines: printed text as is, the result after `Out:`,
    /// errors in red, warnings and notes in yellow.
    public static func lines(for outcome: CellOutcome) -> [StyledText] {
        var lines: [StyledText] = []
        func add(_ text: String, style: TextStyle = .plain, prefix: String = "") {
            var body = Substring(text)
            if body.hasSuffix("\n") { body = body.dropLast() }
            for (index, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                lines.append(StyledText((index == 0 ? prefix : String(repeating: " ", count: prefix.count)) + line, style: style))
            }
        }
        for output in outcome.outputs {
            switch output {
            case .stream(let text): add(text)
            case .warning(let text): add(text, style: TextStyle(color: .yellow))
            case .result(let text): add(text, style: TextStyle(bold: false, color: .cyan), prefix: "Out: ")
            case .error(let text): add(text, style: TextStyle(color: .red))
            case .note(let text): add(text, style: TextStyle(color: .yellow))
            }
        }
        return lines
    }
}
