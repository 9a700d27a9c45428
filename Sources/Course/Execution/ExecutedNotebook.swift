import Notebook

/// A notebook after a run: every cell's outcome, kept for the exports (Markdown, HTML,
/// Jupyter) and the tests.
public struct ExecutedNotebook: Sendable {
    public var notebook: Notebook
    /// Outcomes by the cell's fence line; cells the run did not reach have none.
    public var outcomes: [Int: CellOutcome] = [:]
    /// The file each figure output was written to (relative to the figure folder), by
    /// cell fence line, in output order.
    public var figureFiles: [Int: [String]] = [:]
    /// The last line of the part that was run, when `--section` stopped the run early.
    public var lastSectionLine: Int?
    public var summary: NotebookRun.Summary

    public init(notebook: Notebook, summary: NotebookRun.Summary = .init()) {
        self.notebook = notebook
        self.summary = summary
    }

    /// Whether a block belongs to the part of the notebook that ran.
    public func includes(line: Int) -> Bool {
        guard let lastSectionLine else { return true }
        return line <= lastSectionLine
    }
}
