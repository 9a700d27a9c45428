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

/// A cell's outputs as plain text, in order: printed text, warnings, `Out:` and the
/// result, errors and the runner's notes (figures are left to the caller).
enum OutputText {
    static func plain(_ outcome: CellOutcome) -> String {
        var parts: [String] = []
        for output in outcome.outputs {
            switch output {
            case .stream(let text), .warning(let text), .error(let text), .note(let text): parts.append(text.trimmingBlankLines())
            case .result(let text): parts.append("Out: " + text)
            case .figure: break
            }
        }
        return parts.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}

/// The path of `file` as seen from the folder `base`, both relative to the current
/// directory or absolute.
enum RelativePath {
    static func from(folder base: String, to file: String) -> String {
        let baseParts = URL(fileURLWithPath: base).standardizedFileURL.pathComponents
        let fileParts = URL(fileURLWithPath: file).standardizedFileURL.pathComponents
        var common = 0
        while common < min(baseParts.count, fileParts.count), baseParts[common] == fileParts[common] { common += 1 }
        let up = Array(repeating: "..", count: baseParts.count - common)
        return (up + fileParts[common...]).joined(separator: "/")
    }
}
