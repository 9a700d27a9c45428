import Foundation

/// Reads a Jupyter notebook (nbformat 4) as a course notebook: Markdown cells become
/// prose, code cells become `python` cells. Each code cell remembers its number, so
/// tracebacks can name `notebook.ipynb, cell 3` and the cell's own lines.
public enum JupyterImport {
    /// The notebook and, for each Python cell, its number among the Jupyter cells (from 1)
    /// keyed by the cell's fence line in the converted text.
    public static func load(_ path: String) throws(NotebookError) -> (notebook: Notebook, cellNumbers: [Int: Int]) {
        let location = SourceLocation(path: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw NotebookError(.fileNotFound, at: location, "no such file")
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw NotebookError(.unreadable, at: location, "cannot be read (check its permissions)")
        }
        return try convert(data, path: path)
    }

    static func convert(_ data: Data, path: String) throws(NotebookError) -> (notebook: Notebook, cellNumbers: [Int: Int]) {
        let location = SourceLocation(path: path)
        func invalid(_ reason: String) -> NotebookError {
            NotebookError(.invalidJupyterNotebook, at: location, "is not a Jupyter notebook (nbformat 4): \(reason)")
        }
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw invalid("the file is not a JSON object")
        }
        guard let format = root["nbformat"] as? Int, format == 4 else {
            throw invalid("nbformat is \(root["nbformat"].map { "\($0)" } ?? "missing"), 4 is required")
        }
        guard let cells = root["cells"] as? [[String: Any]] else { throw invalid("it has no \"cells\" list") }
        var text = ""
        var line = 1
        var cellNumbers: [Int: Int] = [:]
        func append(_ piece: String) {
            text += piece
            line += piece.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
        }
        for (index, cell) in cells.enumerated() {
            let source: String
            if let lines = cell["source"] as? [String] {
                source = lines.joined()
            } else if let whole = cell["source"] as? String {
                source = whole
            } else {
                throw invalid("cell \(index + 1) has no source")
            }
            let body = source.hasSuffix("\n") || source.isEmpty ? source : source + "\n"
            switch cell["cell_type"] as? String {
            case "markdown":
                append(body + "\n")
            case "code":
                // A fence longer than any backtick run in the code keeps the code intact.
                let longestRun = body.split(whereSeparator: { $0 != "`" }).map(\.count).max() ?? 0
                let fence = String(repeating: "`", count: Swift.max(3, longestRun + 1))
                cellNumbers[line] = index + 1
                append(fence + "python\n" + body + fence + "\n\n")
            case "raw":
                continue
            default:
                throw invalid("cell \(index + 1) has an unknown cell_type")
            }
        }
        return (try Notebook(parsing: text, origin: path), cellNumbers)
    }
}
