import Charts
import Dispatch
import Foundation
import Interpreter
import Notebook

/// `course run`: a notebook printed section by section with each Python cell executed
/// and its outputs shown under it, figures drawn in the terminal and written as SVG,
/// then a summary.
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
    /// Quick runs skip `only=full` cells and time with a shorter autorange; full runs
    /// skip `only=quick` cells and time as CPython does.
    public var kind = CellAttributes.RunKind.quick
    /// Where figures are written as SVG files; nil writes none.
    public var figureFolder: String?
    /// Run up to and including this section (and its subsections), then stop.
    public var lastSection: Section?
    /// Replaces an exercise cell by the course's reference solution, when one is given.
    public var solutions: ((Cell, CellExecutor) -> CellOutcome?)?
    /// Reports progress between cells (a terminal's status line), if given.
    public var progress: ((Int, Int, String) -> Void)?

    /// How long `timeit`'s autorange aims for in a quick run, in seconds (CPython: 0.2).
    public static let quickAutorangeTarget = 0.02

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
        public var figures = 0
        public var seconds = 0.0
        public var stoppedEarly = false

        public init() {}

        public var line: String {
            var parts = ["\(cellsRun) cell\(cellsRun == 1 ? "" : "s") run", "\(failed) failed", "\(toDo) to do"]
            if skipped > 0 { parts.append("\(skipped) skipped") }
            if figures > 0 { parts.append("\(figures) figure\(figures == 1 ? "" : "s")") }
            return parts.joined(separator: ", ") + ", " + String(format: "%.1f s", seconds)
                + (stoppedEarly ? " (stopped at the first failure)" : "")
        }
    }

    /// A figure folder that cannot be made or written.
    public struct FolderError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "error: \(path): cannot write figures there: \(reason)" }
    }

    /// Checks, before anything runs, that the figure folder can be made or written: it is
    /// made when the first figure is saved, so a run without figures leaves nothing behind.
    public func prepareFigureFolder() throws(FolderError) {
        try FigureFiles(folder: figureFolder).check()
    }

    /// Runs the notebook, handing each piece of text to `emit` as soon as it is ready.
    @discardableResult
    public func run(emit: (String) -> Void) -> ExecutedNotebook {
        let renderer = TerminalRenderer(options: options)
        let executor = CellExecutor(limits: limits)
        executor.autorangeTarget = kind == .quick ? Self.quickAutorangeTarget : 0.2
        var executed = ExecutedNotebook(notebook: notebook)
        executed.lastSectionLine = lastSection.map { section in (section.flattened.last.map(Self.lastLine) ?? section.line) }
        var summary = Summary()
        let start = DispatchTime.now().uptimeNanoseconds
        var first = true
        var figureFiles = FigureFiles(folder: figureFolder)
        let total = notebook.cells.filter { $0.language == "python" && executed.includes(line: $0.fenceLine) }.count
        var done = 0

        func show(_ lines: [StyledText]) {
            guard !lines.isEmpty else { return }
            emit(renderer.text(lines) + "\n")
        }

        /// Returns false when the run must stop.
        func runBlocks(_ blocks: [NotebookBlock]) -> Bool {
            for block in blocks {
                show(renderer.lines(for: [block]))
                guard let cell = block.cell, cell.language == "python" else { continue }
                if let only = cell.attributes.only, only != kind {
                    show([StyledText("(runs only in \(only == .full ? "full runs: course run --full" : "quick runs"))", style: TextStyle(color: .yellow))])
                    summary.skipped += 1
                    continue
                }
                progress?(done, total, cell.outputName)
                let outcome: CellOutcome
                if let replaced = solutions?(cell, executor) {
                    outcome = replaced
                } else if let number = jupyterCellNumbers?[cell.fenceLine] {
                    outcome = executor.run(cell, file: "\(file), cell \(number)", firstLine: 1)
                } else {
                    outcome = executor.run(cell, file: file)
                }
                done += 1
                executed.outcomes[cell.fenceLine] = outcome
                let (files, problems) = figureFiles.save(outcome.outputs, as: cell.outputName)
                summary.figures += files.count
                for problem in problems { emit(problem + "\n") }
                if !files.isEmpty { executed.figureFiles[cell.fenceLine] = files }
                show(lines(for: outcome, figureFiles: files))
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
            guard executed.includes(line: section.line) else { return false }
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
        executed.summary = summary
        return executed
    }

    /// The last line a section's own blocks reach (its heading line when it has none).
    static func lastLine(of section: Section) -> Int {
        section.blocks.last.map { block in
            switch block {
            case .cell(let cell): cell.lines.upperBound
            case .prose(let prose): prose.lines.upperBound
            }
        } ?? section.line
    }

    /// A cell's outputs as terminal lines, figures drawn with text and named by their file.
    func lines(for outcome: CellOutcome, figureFiles: [String]) -> [StyledText] {
        Self.lines(for: outcome, figureFiles: figureFiles, in: figureFolder, options: options)
    }

    /// A cell's outputs as terminal lines, each figure drawn with text at `options`' width
    /// (at most 100 columns) and followed by the file it was written to in `folder`.
    public static func lines(for outcome: CellOutcome, figureFiles: [String], in folder: String?, options: RenderOptions) -> [StyledText] {
        var files = figureFiles[...]
        let chart = TerminalChart(width: min(options.width, 100), color: options.color)
        return lines(for: outcome) { figure in
            var drawn = chart.render(figure).map { StyledText($0) }
            if let file = files.popFirst() {
                let shown = folder.map { ($0 as NSString).appendingPathComponent(file) } ?? file
                drawn.append(StyledText("[figure: \(shown)]", style: TextStyle(color: .cyan)))
            }
            return drawn
        }
    }

    /// A cell's outputs as terminal lines: standard output as written (trailing spaces kept;
    /// a last line without a line break gets one), standard error likewise on a red
    /// background as Jupyter marks it, the result after `Out:`, errors in red, notes in
    /// yellow, figures as `drawFigure` draws them.
    public static func lines(for outcome: CellOutcome, drawFigure: (Figure) -> [StyledText] = { TerminalChart().render($0).map { StyledText($0) } }) -> [StyledText] {
        var lines: [StyledText] = []
        func add(_ text: String, style: TextStyle = .plain, prefix: String = "", verbatim: Bool = false) {
            var body = Substring(text)
            if body.hasSuffix("\n") { body = body.dropLast() }
            for (index, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                var styled = StyledText((index == 0 ? prefix : String(repeating: " ", count: prefix.count)) + line, style: style)
                styled.isVerbatim = verbatim
                lines.append(styled)
            }
        }
        for output in outcome.outputs {
            switch output {
            case .stream(.stdout, let text): add(text, verbatim: true)
            case .stream(.stderr, let text): add(text, style: TextStyle(background: .red), verbatim: true)
            case .result(let text): add(text, style: TextStyle(bold: false, color: .cyan), prefix: "Out: ")
            case .error(let text): add(text, style: TextStyle(color: .red))
            case .note(let text): add(text, style: TextStyle(color: .yellow))
            case .figure(let figure, _): lines += drawFigure(figure)
            }
        }
        return lines
    }
}
