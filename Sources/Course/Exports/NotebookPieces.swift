import Notebook

/// A notebook's text cut into what exports show in order: Markdown between the Python
/// cells (front matter left out), and the cells themselves.
enum NotebookPiece {
    case markdown(String)
    case cell(Cell)

    static func pieces(of notebook: Notebook) -> [NotebookPiece] {
        let lines = notebook.sourceText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var start = frontMatterEnd(lines)
        var pieces: [NotebookPiece] = []
        func markdown(upTo end: Int) {
            let text = lines[min(start, end)..<end].joined(separator: "\n").trimmingBlankLines()
            if !text.isEmpty { pieces.append(.markdown(text)) }
        }
        for cell in notebook.cells.sorted(by: { $0.fenceLine < $1.fenceLine }) where cell.language == "python" {
            markdown(upTo: cell.lines.lowerBound - 1)
            pieces.append(.cell(cell))
            start = cell.lines.upperBound
        }
        markdown(upTo: lines.count)
        return pieces
    }

    /// The index of the first line after the front matter (0 when there is none).
    private static func frontMatterEnd(_ lines: [String]) -> Int {
        guard lines.first == "---", let close = lines.dropFirst().firstIndex(where: { $0 == "---" || $0 == "..." }) else { return 0 }
        return close + 1
    }
}

extension String {
    /// Without the newlines at either end.
    func trimmingBlankLines() -> String {
        var text = Substring(self)
        while text.first == "\n" || text.first == "\r" { text = text.dropFirst() }
        while text.last == "\n" || text.last == "\r" { text = text.dropLast() }
        return String(text)
    }
}
