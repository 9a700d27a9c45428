import Notebook

/// The numbered section tree of a notebook: for `course list` with each section's cell
/// and exercise counts, and for `course explain` without a section as a table of contents.
public struct SectionListing {
    public var notebook: Notebook
    public var options: RenderOptions

    public init(notebook: Notebook, options: RenderOptions) {
        self.notebook = notebook
        self.options = options
    }

    /// `course list`: the title, one line per section with its counts, and totals.
    public func list() -> String {
        var lines = titleLines(subtitle: notebook.origin)
        let rows = rowsWithCounts()
        lines += rows.isEmpty ? [StyledText("(no sections)", style: TextStyle(dim: true))] : rows
        lines.append(StyledText())
        lines.append(StyledText(totals(), style: TextStyle(dim: true)))
        return TerminalRenderer(options: options).text(lines)
    }

    /// `course explain` without a section: the title and the numbered tree, then how to read one.
    public func tableOfContents() -> String {
        var lines = titleLines(subtitle: nil)
        let sections = numberedSections
        lines += sections.map { row(for: $0, numberWidth: numberWidth(of: sections), counts: nil) }
        lines.append(StyledText())
        lines += TextWrapper.wrap(
            StyledText(
                "Read a section with `course explain SECTION`, where SECTION is its number, its slug "
                    + "or words from its title; `course explain --all` prints the whole notebook.",
                style: TextStyle(dim: true)),
            width: options.width)
        return TerminalRenderer(options: options).text(lines)
    }

    /// Sections that carry a number: all but a title heading.
    private var numberedSections: [Section] {
        notebook.allSections.filter { !$0.number.isEmpty }
    }

    private func titleLines(subtitle: String?) -> [StyledText] {
        let style = TextStyle(bold: true, color: .blue)
        var title = StyledText(notebook.title, style: style)
        if let subtitle { title.append("  (\(subtitle))", style: TextStyle(dim: true)) }
        let wrapped = TextWrapper.wrap(title, width: options.width)
        let rule = StyledText(
            String(repeating: "═", count: min(notebook.title.displayWidth, options.width)), style: style)
        return wrapped + [rule, StyledText()]
    }

    private func rowsWithCounts() -> [StyledText] {
        let sections = numberedSections
        let numberWidth = numberWidth(of: sections)
        let counts = sections.map(countText)
        let countWidth = counts.map(\.displayWidth).max() ?? 0
        let titleWidth = sections.map(\.title.displayWidth).max() ?? 0
        return zip(sections, counts).map { section, count in
            row(for: section, numberWidth: numberWidth,
                counts: count.isEmpty ? nil : (count, countWidth, titleWidth))
        }
    }

    private func numberWidth(of sections: [Section]) -> Int {
        sections.map { $0.numberText.count + 2 * ($0.number.count - 1) }.max() ?? 0
    }

    /// `  3.2  Title      2 cells · 1 exercise`: counts line up after the longest title,
    /// and a title is cut with `…` where the line would pass the width.
    private func row(
        for section: Section, numberWidth: Int, counts: (text: String, width: Int, titleWidth: Int)?
    ) -> StyledText {
        let indent = String(repeating: "  ", count: section.number.count - 1)
        let number = (indent + section.numberText).padding(toLength: numberWidth, withPad: " ", startingAt: 0)
        let style = section.number.count == 1 ? TextStyle(bold: true) : .plain
        var line = StyledText("  ")
        line.append(number, style: style)
        line.append("  ")
        let countColumn = counts.map { $0.width + 2 } ?? 0
        let room = max(options.width - line.displayWidth - countColumn, 8)
        let title = Self.truncated(section.title, to: room)
        line.append(title, style: style)
        if let counts {
            let titleColumn = min(counts.titleWidth, room)
            line.append(String(repeating: " ", count: max(titleColumn - title.displayWidth, 0) + 2))
            line.append(counts.text, style: TextStyle(dim: true))
        }
        return line
    }

    private func countText(_ section: Section) -> String {
        let cells = section.cells
        let exercises = Set(cells.compactMap(\.attributes.exercise)).count
        var parts: [String] = []
        if !cells.isEmpty { parts.append(Self.plural(cells.count, "cell")) }
        if exercises > 0 { parts.append(Self.plural(exercises, "exercise")) }
        return parts.joined(separator: " · ")
    }

    private func totals() -> String {
        let cells = notebook.cells
        let exercises = Set(cells.compactMap(\.attributes.exercise)).count
        return [
            Self.plural(numberedSections.count, "section"), Self.plural(cells.count, "cell"),
            Self.plural(exercises, "exercise"),
        ].joined(separator: " · ")
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    static func truncated(_ text: String, to width: Int) -> String {
        guard text.displayWidth > width else { return text }
        var result = ""
        for character in text {
            if result.displayWidth + character.displayWidth > width - 1 { break }
            result.append(character)
        }
        return result + "…"
    }
}
