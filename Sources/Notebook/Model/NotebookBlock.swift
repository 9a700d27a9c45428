/// What a section holds, in document order: prose to read, or a cell to run.
public enum NotebookBlock: Hashable, Sendable {
    case prose(Prose)
    case cell(Cell)

    /// The cell, when this block is one.
    public var cell: Cell? {
        if case .cell(let cell) = self { return cell }
        return nil
    }
}

/// A run of consecutive Markdown blocks that are not cells: paragraphs, lists, tables,
/// quotes, and code in other languages (shown, never run).
///
/// Prose keeps both the parsed tree (for the terminal renderer) and its Markdown text
/// (for renderers that go back to cmark-gfm, such as HTML export).
public struct Prose: Hashable, Sendable {
    public var blocks: [MarkdownBlock]
    /// The Markdown source of these blocks, as written.
    public var markdown: String
    public var lines: ClosedRange<Int>

    public init(blocks: [MarkdownBlock], markdown: String, lines: ClosedRange<Int>) {
        self.blocks = blocks
        self.markdown = markdown
        self.lines = lines
    }
}
