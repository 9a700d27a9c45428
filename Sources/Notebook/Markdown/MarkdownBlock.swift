/// Block-level Markdown content, as cmark-gfm (with the GFM extensions) parsed it.
public indirect enum MarkdownBlock: Hashable, Sendable {
    case paragraph([MarkdownInline])
    case heading(level: Int, [MarkdownInline])
    case blockQuote([MarkdownBlock])
    case list(MarkdownList)
    /// A fenced or indented code block; `info` is the fence's info string (empty when indented).
    case codeBlock(info: String, code: String)
    /// Raw HTML, kept as written.
    case htmlBlock(String)
    case thematicBreak
    case table(MarkdownTable)
}

/// A bullet or ordered list.
public struct MarkdownList: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case bullet
        /// An ordered list and the number of its first item.
        case ordered(start: Int)
    }

    /// One list item; `task` is `true`/`false` for a checked/unchecked task-list item.
    public struct Item: Hashable, Sendable {
        public var task: Bool?
        public var blocks: [MarkdownBlock]

        public init(task: Bool? = nil, blocks: [MarkdownBlock]) {
            self.task = task
            self.blocks = blocks
        }
    }

    public var kind: Kind
    /// A tight list has no blank lines between its items.
    public var isTight: Bool
    public var items: [Item]

    public init(kind: Kind, isTight: Bool, items: [Item]) {
        self.kind = kind
        self.isTight = isTight
        self.items = items
    }
}

/// A GFM table: a header row, body rows and per-column alignment.
public struct MarkdownTable: Hashable, Sendable {
    public enum Alignment: Hashable, Sendable {
        case none, left, center, right
    }

    public var alignments: [Alignment]
    public var header: [[MarkdownInline]]
    public var rows: [[[MarkdownInline]]]

    public init(alignments: [Alignment], header: [[MarkdownInline]], rows: [[[MarkdownInline]]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }

    /// The number of columns: the widest of the header, the alignments and the rows.
    public var columnCount: Int {
        ([alignments.count, header.count] + rows.map(\.count)).max() ?? 0
    }
}
