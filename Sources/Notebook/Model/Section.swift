/// A heading and everything up to the next heading, with its subsections as children.
public struct Section: Hashable, Sendable {
    /// The heading's level as written (1 for `#`).
    public var level: Int
    /// The heading as plain text.
    public var title: String
    /// The heading's inline content, for renderers that style it.
    public var heading: [MarkdownInline]
    /// A unique, URL-friendly name derived from the title, GitHub-style (`why-jax-beats-numpy`).
    public var slug: String
    /// The position in the tree (`[6, 2]` for 6.2); empty for a notebook's title heading.
    public var number: [Int]
    /// The heading's line.
    public var line: Int
    /// The section's own content, before its first subsection.
    public var blocks: [NotebookBlock]
    public var children: [Section]

    public init(
        level: Int, title: String, heading: [MarkdownInline], slug: String, number: [Int],
        line: Int, blocks: [NotebookBlock] = [], children: [Section] = []
    ) {
        self.level = level
        self.title = title
        self.heading = heading
        self.slug = slug
        self.number = number
        self.line = line
        self.blocks = blocks
        self.children = children
    }

    /// The number as printed: `6.2`, or an empty string for the title heading.
    public var numberText: String {
        number.map(String.init).joined(separator: ".")
    }

    /// This section and all its descendants, depth first, in document order.
    public var flattened: [Section] {
        [self] + children.flatMap(\.flattened)
    }

    /// The section's own cells (not its subsections').
    public var cells: [Cell] { blocks.compactMap(\.cell) }
}
