/// Renders notebook content for a terminal, as lines of styled text no wider than the
/// options' width (code lines and tables included).
///
/// The same renderer serves a colour terminal and plain text: with `color` off it
/// writes no escape sequences and marks code spans with backticks instead.
public struct TerminalRenderer: Sendable {
    public var options: RenderOptions

    public init(options: RenderOptions) {
        self.options = options
    }

    /// Joins rendered lines into printable text: styles applied or not, trailing spaces
    /// removed, each line ended by `\n`.
    public func text(_ lines: [StyledText]) -> String {
        lines.map { ($0.isVerbatim ? $0 : $0.trimmingTrailingSpaces()).rendered(ansi: options.color) + "\n" }.joined()
    }

    /// Markdown blocks at the full width.
    public func lines(for blocks: [MarkdownBlock]) -> [StyledText] {
        self.blocks(blocks, width: options.width, listDepth: 0)
    }

    /// A section's blocks, prose and cells, separated by blank lines.
    public func lines(for blocks: [NotebookBlock]) -> [StyledText] {
        let rendered: [[StyledText]] = blocks.map { block in
            switch block {
            case .prose(let prose): return lines(for: prose.blocks)
            case .cell(let cell): return lines(for: cell)
            }
        }
        return Self.joined(rendered, separatedByBlankLines: true)
    }

    /// A section's heading (number and title), underlined for the upper levels.
    public func heading(for section: Section) -> [StyledText] {
        var title = StyledText()
        if !section.number.isEmpty {
            title.append(section.numberText + "  ", style: Style.heading)
        }
        title.append(inline(section.heading).adding(Style.heading))
        let wrapped = TextWrapper.wrap(title, width: options.width)
        let rule: String? = section.number.isEmpty ? "═" : section.number.count == 1 ? "─" : nil
        guard let rule else { return wrapped }
        let ruleWidth = wrapped.map(\.displayWidth).max() ?? 0
        return wrapped + [StyledText(String(repeating: rule, count: ruleWidth), style: Style.heading)]
    }

    /// A section: its heading, its blocks and, when asked, its subsections in full.
    public func lines(for section: Section, includingSubsections: Bool = true) -> [StyledText] {
        var parts = [heading(for: section)]
        if !section.blocks.isEmpty { parts.append(lines(for: section.blocks)) }
        if includingSubsections {
            parts += section.children.map { lines(for: $0, includingSubsections: true) }
        }
        return Self.joined(parts, separatedByBlankLines: true)
    }

    /// Groups of lines joined into one list, with a blank line between groups when asked.
    static func joined(_ groups: [[StyledText]], separatedByBlankLines: Bool) -> [StyledText] {
        var result: [StyledText] = []
        for group in groups where !group.isEmpty {
            if separatedByBlankLines, !result.isEmpty { result.append(StyledText()) }
            result += group
        }
        return result
    }

    /// The styles the renderer uses, in one place.
    enum Style {
        static let heading = TextStyle(bold: true, color: .blue)
        static let frame = TextStyle(dim: true)
        static let code = TextStyle(color: .yellow)
        static let link = TextStyle(underline: true, color: .blue)
        static let secondary = TextStyle(dim: true)
    }
}
