extension TerminalRenderer {
    /// A table in box-drawing characters. Columns take their natural width; when the
    /// table would pass `width`, the widest columns give way and their cells wrap.
    func table(_ table: MarkdownTable, width: Int) -> [StyledText] {
        let columnCount = table.columnCount
        guard columnCount > 0 else { return [] }
        func cells(_ row: [[MarkdownInline]], style: TextStyle) -> [StyledText] {
            (0..<columnCount).map { $0 < row.count ? inline(row[$0], style: style) : StyledText() }
        }
        let header = cells(table.header, style: TextStyle(bold: true))
        let rows = table.rows.map { cells($0, style: .plain) }
        let widths = columnWidths(for: [header] + rows, available: width - (3 * columnCount + 1))
        let alignments = (0..<columnCount).map { $0 < table.alignments.count ? table.alignments[$0] : .none }

        func rule(_ left: String, _ middle: String, _ right: String) -> StyledText {
            StyledText(left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right,
                       style: Style.frame)
        }
        func render(_ row: [StyledText]) -> [StyledText] {
            let wrapped = zip(row, widths).map { cell, width in TextWrapper.wrap(cell, width: width) }
            let height = max(wrapped.map(\.count).max() ?? 1, 1)
            return (0..<height).map { lineIndex in
                var line = StyledText("│", style: Style.frame)
                for column in 0..<columnCount {
                    let cellLine = lineIndex < wrapped[column].count ? wrapped[column][lineIndex] : StyledText()
                    line.append(StyledText(" ") + aligned(cellLine, width: widths[column], alignments[column]) + " ")
                    line.append("│", style: Style.frame)
                }
                return line
            }
        }
        var lines = [rule("┌", "┬", "┐")] + render(header) + [rule("├", "┼", "┤")]
        for row in rows { lines += render(row) }
        return lines + [rule("└", "┴", "┘")]
    }

    /// Natural widths, narrowed one column at a time (widest first) until they fit.
    private func columnWidths(for rows: [[StyledText]], available: Int) -> [Int] {
        let columnCount = rows.first?.count ?? 0
        var widths = (0..<columnCount).map { column in
            max(rows.map { $0[column].displayWidth }.max() ?? 1, 1)
        }
        let floor = available >= 3 * columnCount ? 3 : 1
        while widths.reduce(0, +) > available, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
            widths[widest] > floor
        {
            widths[widest] -= 1
        }
        return widths
    }

    private func aligned(_ text: StyledText, width: Int, _ alignment: MarkdownTable.Alignment) -> StyledText {
        let room = max(width - text.displayWidth, 0)
        switch alignment {
        case .right:
            return StyledText(String(repeating: " ", count: room)) + text
        case .center:
            return StyledText(String(repeating: " ", count: room / 2)) + text
                + StyledText(String(repeating: " ", count: room - room / 2))
        case .left, .none:
            return text + StyledText(String(repeating: " ", count: room))
        }
    }
}
