import Foundation
import Notebook

/// An answer sheet: one exercise's Markdown file, with its front matter (id, title,
/// order, hints), the given cells that set the exercise up, and the answer cells
/// (`exercise=ID`) the student fills in.
public struct ExerciseSheet: Sendable, Equatable {
    /// The exercise id (`madhava-pi`), from the front matter.
    public var id: String
    public var title: String
    /// Its place in the course's order, from 1.
    public var order: Int
    public var hints: [String]
    /// The file it was read from, as given.
    public var path: String
    /// The Python cells that are not answers: the exercise's given setup, run first.
    public var givenCells: [Cell]
    /// The cells marked `exercise=ID`, in file order.
    public var answerCells: [Cell]
    /// The whole file, for backups and comparisons.
    public var text: String

    /// Reads a sheet, checking its front matter: every problem names the file and line.
    public init(contentsOfFile path: String) throws(NotebookError) {
        let notebook = try Notebook(contentsOfFile: path)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw NotebookError(.unreadable, at: SourceLocation(path: path), "the sheet cannot be read")
        }
        try self.init(notebook: notebook, text: text, path: path)
    }

    /// Reads a sheet from its text (`path` is how messages name it).
    public init(parsing text: String, path: String) throws(NotebookError) {
        try self.init(notebook: Notebook(parsing: text, origin: path), text: text, path: path)
    }

    private init(notebook: Notebook, text: String, path: String) throws(NotebookError) {
        guard let frontMatter = notebook.frontMatter else {
            throw NotebookError(
                .invalidFrontMatter, at: SourceLocation(path: path, line: 1),
                "an answer sheet starts with front matter: id, title, order and hints between --- lines")
        }
        func field(_ key: String) -> FrontMatterValue? { frontMatter[key] }
        func missing(_ key: String, _ kind: String) -> NotebookError {
            NotebookError(
                .invalidFrontMatter, at: SourceLocation(path: path, line: frontMatter.lines.lowerBound),
                "the front matter needs '\(key)', \(kind)")
        }
        guard let id = field("id")?.string, !id.isEmpty else { throw missing("id", "the exercise's id (madhava-pi)") }
        guard let title = field("title")?.string else { throw missing("title", "a string") }
        guard let order = field("order")?.int, order > 0 else { throw missing("order", "a whole number from 1") }
        var hints: [String] = []
        if let value = field("hints") {
            guard let list = value.list, list.allSatisfy({ $0.string != nil }) else { throw missing("hints", "a list of strings") }
            hints = list.compactMap(\.string)
        }
        let cells = notebook.cells.filter { $0.language == "python" }
        self.id = id
        self.title = title
        self.order = order
        self.hints = hints
        self.path = path
        self.text = text
        givenCells = cells.filter { $0.attributes.exercise == nil && !$0.attributes.skip }
        answerCells = cells.filter { $0.attributes.exercise == id }
        if let stray = cells.first(where: { $0.attributes.exercise.map { $0 != id } ?? false }) {
            throw NotebookError(
                .invalidCellAttribute, at: SourceLocation(path: path, line: stray.fenceLine),
                "this sheet is exercise '\(id)', but the cell is marked exercise=\(stray.attributes.exercise ?? "")")
        }
        if answerCells.isEmpty {
            throw NotebookError(
                .invalidCellAttribute, at: SourceLocation(path: path),
                "the sheet has no answer cell: a ```python exercise=\(id) block holds the answer")
        }
    }

    /// The line of the first `...` placeholder still in an answer cell.
    public var placeholderLine: Int? {
        answerCells.lazy.compactMap(CellExecutor.placeholderLine).first
    }
}
