import Notebook

/// The numbered section tree of a notebook: for `course list` with each section's cell
/// and exercise counts, and for `course explain` without a section as a table of contents.
///
/// Subsections are indented under their parent's title:
///
///     3  Why NumPy beats plain Python
///        3.1  Where the numbers live    1 cell
public struct SectionListing {
    public var notebook: Notebook
    public var options: RenderOptions
    /// Where the notebook came from, as shown under the title (its path by default).
    public var source: String

    public init(notebook: Notebook, options: RenderOptions, source: String? = nil) {
        self.notebook = notebook
        self.options = options
        self.source = source ?? notebook.origin
    }

    /// `course list`: the title, one line per section with its counts, and totals.
    public func list() -> String {
        var lines = header()
        let rows = self.rows
        if rows.isEmpty {
            lines.append(StyledText("(no sections)", style: Self.secondary))
        } else {
            let counts = rows.map { countText($0.section) }
            let countWidth = counts.map(\.displayWidth).max() ?? 0
            let widest = rows.map(\.prefixWidth).max() ?? 0
            let countColumn = min(widest + 2, options.width - countWidth)
            for (row, count) in zip(rows, counts) {
                let room = countColumn - 2 - row.titleStart
                if count.isEmpty {
                    lines.append(line(for: row, titleRoom: options.width - row.titleStart, trailer: "", at: 0))
                } else if room >= min(row.section.title.displayWidth, 8) {
                    lines.append(line(for: row, titleRoom: room, trailer: count, at: countColumn))
                } else {
                    lines.append(line(for: row, titleRoom: options.width - row.titleStart, trailer: "", at: 0))
                    let indent = StyledText(String(repeating: " ", count: row.titleStart))
                    lines += TextWrapper.wrap(StyledText(count, style: Self.secondary), width: options.width - row.titleStart)
                        .map { indent + $0 }
                }
            }
        }
        lines.append(StyledText())
        lines += TextWrapper.wrap(StyledText(totals(), style: Self.secondary), width: options.width)
        return TerminalRenderer(options: options).text(lines)
    }

    /// `course explain` without a section: the title and the numbered tree, then how to read one.
    public func tableOfContents() -> String {
        var lines = header()
        for row in rows {
            lines.append(line(for: row, titleRoom: options.width - row.titleStart, trailer: "", at: 0))
        }
        lines.append(StyledText())
        lines += TextWrapper.wrap(
            StyledText(
                "Read a section with `course explain SECTION`, where SECTION is its number, its slug "
                    + "or words from its title; `course explain --all` prints the whole notebook.",
                style: Self.secondary),
            width: options.width)
        return TerminalRenderer(options: options).text(lines)
    }

    private static let secondary = TextStyle(dim: true)
    private static let title = TextStyle(bold: true, color: .blue)

    /// A numbered section and the column where its number starts.
    private struct Row {
        var section: Section
        var indent: Int
        /// The column where the title starts.
        var titleStart: Int { 2 + indent + section.numberText.count + 2 }
        /// The width of number and title together.
        var prefixWidth: Int { titleStart + section.title.displayWidth }
    }

    /// Every numbered section in document order; a title heading is not a row.
    private var rows: [Row] {
        var rows: [Row] = []
        func walk(_ section: Section, indent: Int) {
            var childIndent = indent
            if !section.number.isEmpty {
                rows.append(Row(section: section, indent: indent))
                childIndent += section.numberText.count + 2
            }
            for child in section.children { walk(child, indent: childIndent) }
        }
        for section in notebook.sections { walk(section, indent: 0) }
        return rows
    }

    private func header() -> [StyledText] {
        let wrapped = TextWrapper.wrap(StyledText(notebook.title, style: Self.title), width: options.width)
        let rule = StyledText(
            String(repeating: "═", count: wrapped.map(\.displayWidth).max() ?? 0), style: Self.title)
        let origin = TextWrapper.wrap(StyledText(source, style: Self.secondary), width: options.width)
        return wrapped + [rule] + origin + [StyledText()]
    }

    /// `  3.2  Title` with the title cut to `titleRoom` columns, then `trailer` from column `column`.
    private func line(for row: Row, titleRoom: Int, trailer: String, at column: Int) -> StyledText {
        let style = row.section.number.count == 1 ? TextStyle(bold: true) : .plain
        var line = StyledText(String(repeating: " ", count: 2 + row.indent))
        line.append(row.section.numberText + "  ", style: style)
        line.append(Self.truncated(row.section.title, to: max(titleRoom, 4)), style: style)
        if !trailer.isEmpty {
            line.append(String(repeating: " ", count: max(column - line.displayWidth, 2)))
            line.append(trailer, style: Self.secondary)
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
            Self.plural(rows.count, "section"), Self.plural(cells.count, "cell"), Self.plural(exercises, "exercise"),
        ].joined(separator: " · ")
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// `text` cut to `width` columns, ending in `…` when cut.
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
