import Notebook

/// What `course explain` prints: sections rendered in full, the whole notebook, or the
/// table of contents.
public struct Explanation {
    /// What the reader asked for.
    public enum Request: Equatable, Sendable {
        case tableOfContents
        case sections([String])
        case wholeNotebook
    }

    public var notebook: Notebook
    public var options: RenderOptions
    /// Where the notebook came from, as the table of contents shows it (its path by default).
    public var source: String?

    public init(notebook: Notebook, options: RenderOptions, source: String? = nil) {
        self.notebook = notebook
        self.options = options
        self.source = source
    }

    /// The text for `request`. Every section is looked up before anything is rendered,
    /// so a bad query fails without partial output.
    public func text(for request: Request) throws(NotebookError) -> String {
        let renderer = TerminalRenderer(options: options)
        switch request {
        case .tableOfContents:
            return SectionListing(notebook: notebook, options: options, source: source).tableOfContents()
        case .sections(let queries):
            var sections: [Section] = []
            for query in queries { sections.append(try notebook.section(matching: query)) }
            let parts = sections.map { renderer.lines(for: $0, includingSubsections: true) }
            return renderer.text(joinedWithRules(parts))
        case .wholeNotebook:
            var parts: [[StyledText]] = []
            if notebook.frontMatter?.title != nil, !hasTitleHeading {
                parts.append(titleLines())
            }
            if !notebook.preamble.isEmpty { parts.append(renderer.lines(for: notebook.preamble)) }
            parts += notebook.sections.map { renderer.lines(for: $0, includingSubsections: true) }
            return renderer.text(joinedWithRules(parts))
        }
    }

    private var hasTitleHeading: Bool {
        notebook.sections.count == 1 && notebook.sections[0].number.isEmpty
    }

    private func titleLines() -> [StyledText] {
        let style = TextStyle(bold: true, color: .blue)
        return TextWrapper.wrap(StyledText(notebook.title, style: style), width: options.width)
            + [StyledText(String(repeating: "═", count: min(notebook.title.displayWidth, options.width)), style: style)]
    }

    private func joinedWithRules(_ parts: [[StyledText]]) -> [StyledText] {
        var lines: [StyledText] = []
        for part in parts where !part.isEmpty {
            if !lines.isEmpty { lines += [StyledText(), StyledText()] }
            lines += part
        }
        return lines
    }
}
