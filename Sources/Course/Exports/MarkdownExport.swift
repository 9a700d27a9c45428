import Foundation
import Notebook

/// The executed notebook as Markdown: the original text with each cell's outputs in an
/// `output` block under it and its figures as images linked to their SVG files.
public enum MarkdownExport {
    /// `figureLink` turns a figure's file name into the path the page links to.
    public static func render(_ executed: ExecutedNotebook, figureLink: (String) -> String) -> String {
        let lines = executed.notebook.sourceText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var insertions: [Int: [String]] = [:]
        for cell in executed.notebook.cells where cell.language == "python" {
            guard let outcome = executed.outcomes[cell.fenceLine] else { continue }
            var added: [String] = []
            let text = OutputText.plain(outcome)
            if !text.isEmpty {
                let fence = String(repeating: "`", count: max(3, longestBacktickRun(text) + 1))
                added += ["", fence + "output", text, fence]
            }
            for file in executed.figureFiles[cell.fenceLine] ?? [] {
                added += ["", "![\(file)](\(figureLink(file)))"]
            }
            insertions[cell.lines.upperBound] = added
        }
        var result: [String] = []
        for (index, line) in lines.enumerated() {
            result.append(line)
            if let added = insertions[index + 1] { result += added }
        }
        return result.joined(separator: "\n")
    }

    private static func longestBacktickRun(_ text: String) -> Int {
        var longest = 0
        var run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }
}
