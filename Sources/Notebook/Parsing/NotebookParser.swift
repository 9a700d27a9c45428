/// Turns a notebook's text into a `Notebook`: front matter, a section tree from the
/// top-level headings, prose and cells in document order.
struct NotebookParser {
    let origin: String
    private var warnings: [Diagnostic] = []

    init(origin: String) {
        self.origin = origin
    }

    /// The languages whose fenced blocks are cells.
    static let cellLanguages: Set<String> = ["python", "python3"]

    mutating func parse(_ text: String) throws(NotebookError) -> Notebook {
        let lines = SourceText.lines(of: text)
        let split = try FrontMatterParser.split(lines, origin: origin)
        let document = MarkdownDocument(parsing: split.markdown)

        var tree = SectionTreeBuilder()
        var pendingProse: [MarkdownDocument.LocatedBlock] = []
        func flushProse() {
            guard let first = pendingProse.first, let last = pendingProse.last else { return }
            let range = Self.trimmingBlankLines(first.lines.lowerBound...last.lines.upperBound, in: lines)
            let markdown = lines[(range.lowerBound - 1)..<range.upperBound].joined(separator: "\n")
            tree.append(.prose(Prose(blocks: pendingProse.map(\.block), markdown: markdown, lines: range)))
            pendingProse.removeAll()
        }

        for located in document.blocks {
            switch located.block {
            case .heading(let level, let inlines):
                flushProse()
                tree.openSection(level: level, heading: inlines, line: located.lines.lowerBound)
            case .codeBlock(let info, let code) where Self.isCell(info: info):
                flushProse()
                tree.append(.cell(try cell(info: info, code: code, located: located)))
            default:
                pendingProse.append(located)
            }
        }
        flushProse()

        let built = tree.finish()
        try checkUniqueIDs(built.preamble.compactMap(\.cell) + built.sections.flatMap(\.flattened).flatMap(\.cells))
        return Notebook(
            origin: origin, frontMatter: split.frontMatter, preamble: built.preamble,
            sections: built.sections, warnings: warnings)
    }

    /// `range` clamped to the text and without blank lines at its end (cmark-gfm counts the
    /// blank line after an indented code block as part of it).
    private static func trimmingBlankLines(_ range: ClosedRange<Int>, in lines: [Substring]) -> ClosedRange<Int> {
        let start = min(range.lowerBound, max(lines.count, 1))
        var end = max(start, min(range.upperBound, lines.count))
        while end > start, lines[end - 1].trimmingSpaces().isEmpty { end -= 1 }
        return start...end
    }

    private static func isCell(info: String) -> Bool {
        let language = info.split(whereSeparator: { $0.isWhitespace }).first.map(String.init) ?? ""
        return cellLanguages.contains(language)
    }

    private mutating func cell(
        info: String, code: String, located: MarkdownDocument.LocatedBlock
    ) throws(NotebookError) -> Cell {
        let fenceLine = located.lines.lowerBound
        let location = SourceLocation(path: origin, line: fenceLine)
        let parsed: InfoStringParser.Parsed
        switch InfoStringParser.parse(info) {
        case .success(let value): parsed = value
        case .failure(let failure):
            throw NotebookError(.invalidCellAttribute, at: location, "bad cell info string: \(failure.message)")
        }
        let outcome: CellAttributeValidator.Outcome
        switch CellAttributeValidator.validate(parsed.attributes) {
        case .success(let value): outcome = value
        case .failure(let failure):
            throw NotebookError(.invalidCellAttribute, at: location, failure.message)
        }
        warnings += outcome.warnings.map { Diagnostic(.warning, at: location, $0) }
        if located.fence?.isClosed == false {
            warnings.append(
                Diagnostic(
                    .warning, at: location,
                    "the code fence opened here is never closed, so the cell runs to the end of the file"))
        }
        let lineCount = SourceText.lines(of: code).count
        let firstCodeLine = fenceLine + 1
        return Cell(
            language: parsed.language, attributes: outcome.attributes, source: code, fenceLine: fenceLine,
            sourceLines: firstCodeLine..<(firstCodeLine + lineCount), lines: located.lines)
    }

    private func checkUniqueIDs(_ cells: [Cell]) throws(NotebookError) {
        var firstUse: [String: Int] = [:]
        for cell in cells {
            guard let id = cell.attributes.id else { continue }
            if let first = firstUse[id] {
                throw NotebookError(
                    .duplicateCellID, at: SourceLocation(path: origin, line: cell.fenceLine),
                    "duplicate cell id '\(id)'",
                    notes: [Diagnostic(.note, at: SourceLocation(path: origin, line: first),
                                       "'\(id)' is first used here").description])
            }
            firstUse[id] = cell.fenceLine
        }
    }
}
