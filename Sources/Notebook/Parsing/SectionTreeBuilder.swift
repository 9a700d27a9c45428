/// Builds the section tree as headings and blocks arrive in document order, then
/// numbers the sections and gives them unique slugs.
struct SectionTreeBuilder {
    /// A section under construction; children are indices into `nodes`.
    private struct Node {
        var level: Int
        var heading: [MarkdownInline]
        var line: Int
        var blocks: [NotebookBlock] = []
        var children: [Int] = []
    }

    private var nodes: [Node] = []
    private var roots: [Int] = []
    /// The chain of open sections, outermost first.
    private var open: [Int] = []
    private var preamble: [NotebookBlock] = []

    mutating func openSection(level: Int, heading: [MarkdownInline], line: Int) {
        while let last = open.last, nodes[last].level >= level { open.removeLast() }
        let index = nodes.count
        nodes.append(Node(level: level, heading: heading, line: line))
        if let parent = open.last {
            nodes[parent].children.append(index)
        } else {
            roots.append(index)
        }
        open.append(index)
    }

    mutating func append(_ block: NotebookBlock) {
        if let current = open.last {
            nodes[current].blocks.append(block)
        } else {
            preamble.append(block)
        }
    }

    /// The preamble and the numbered tree. A notebook whose only top-level heading is a
    /// `#` heading treats it as its title: it has no number, and its subsections are 1, 2, ….
    func finish() -> (preamble: [NotebookBlock], sections: [Section]) {
        var slugger = Slugger()
        let titleIndex = roots.count == 1 && nodes[roots[0]].level == 1 ? roots[0] : nil
        func build(_ index: Int, number: [Int]) -> Section {
            let node = nodes[index]
            let title = node.heading.plainText.trimmingCharacters()
            let slug = slugger.uniqueSlug(title)
            let childNumbers: (Int) -> [Int] = { number + [$0 + 1] }
            return Section(
                level: node.level, title: title, heading: node.heading, slug: slug, number: number,
                line: node.line, blocks: node.blocks,
                children: node.children.enumerated().map { build($1, number: childNumbers($0)) })
        }
        let sections: [Section]
        if let titleIndex {
            sections = [build(titleIndex, number: [])]
        } else {
            sections = roots.enumerated().map { build($1, number: [$0 + 1]) }
        }
        return (preamble, sections)
    }
}

extension String {
    /// The text without leading and trailing whitespace.
    func trimmingCharacters() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
