import Charts
import Foundation
import Interpreter
import Notebook

/// The executed notebook as a Jupyter notebook (nbformat 4.5): Markdown cells for the
/// prose, code cells with their outputs (streams, results, errors, SVG figures).
public enum JupyterExport {
    public static func render(_ executed: ExecutedNotebook) -> String {
        var cells: [[String: Any]] = []
        var usedIDs: Set<String> = []
        var executionCount = 0
        func uniqueID(_ wanted: String) -> String {
            let cleaned = String(wanted.map { $0.isLetter && $0.isASCII || $0.isNumber && $0.isASCII || $0 == "-" || $0 == "_" ? $0 : "-" }.prefix(60))
            var id = cleaned.isEmpty ? "cell" : cleaned
            var counter = 1
            while usedIDs.contains(id) {
                counter += 1
                id = "\(cleaned)-\(counter)"
            }
            usedIDs.insert(id)
            return id
        }
        for piece in NotebookPiece.pieces(of: executed.notebook) {
            switch piece {
            case .markdown(let text):
                cells.append(["cell_type": "markdown", "id": uniqueID("markdown-\(cells.count + 1)"), "metadata": [String: Any](), "source": sourceLines(text)])
            case .cell(let cell):
                var entry: [String: Any] = [
                    "cell_type": "code", "id": uniqueID(cell.outputName),
                    "source": sourceLines(cell.source.trimmingBlankLines()),
                ]
                var metadata: [String: Any] = [:]
                let tags = cell.attributeTexts
                if !tags.isEmpty { metadata["tags"] = tags }
                entry["metadata"] = metadata
                if let outcome = executed.outcomes[cell.fenceLine], outcome.status != .skipped {
                    executionCount += 1
                    entry["execution_count"] = executionCount
                    entry["outputs"] = outputs(outcome, count: executionCount)
                } else {
                    entry["execution_count"] = NSNull()
                    entry["outputs"] = [Any]()
                }
                cells.append(entry)
            }
        }
        let root: [String: Any] = [
            "cells": cells,
            "metadata": [
                "kernelspec": ["display_name": "Python 3 (course)", "language": "python", "name": "python3"],
                "language_info": ["name": "python", "file_extension": ".py", "mimetype": "text/x-python"],
                "course": ["title": executed.notebook.title],
            ],
            "nbformat": 4, "nbformat_minor": 5,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func outputs(_ outcome: CellOutcome, count: Int) -> [[String: Any]] {
        var result: [[String: Any]] = []
        var figureNumber = 0
        for output in outcome.outputs {
            switch output {
            case .stream(let stream, let text):
                result.append(["output_type": "stream", "name": stream.rawValue, "text": sourceLines(text)])
            case .note(let text):
                result.append(["output_type": "stream", "name": "stderr", "text": sourceLines(text.hasSuffix("\n") ? text : text + "\n")])
            case .result(let text):
                result.append(["output_type": "execute_result", "execution_count": count, "metadata": [String: Any](), "data": ["text/plain": sourceLines(text)]])
            case .error(let text):
                let lines = text.trimmingBlankLines().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                let last = lines.last ?? ""
                let (name, value) = last.firstIndex(of: ":").map { (String(last[..<$0]), String(last[last.index($0, offsetBy: 1)...]).trimmingBlankLines().drop { $0 == " " }) }
                    .map { ($0.0, String($0.1)) } ?? (last, "")
                result.append(["output_type": "error", "ename": name, "evalue": value, "traceback": lines])
            case .figure(let figure, _):
                figureNumber += 1
                let svg = SVGRenderer(idPrefix: "c\(count)f\(figureNumber)-").render(figure)
                result.append([
                    "output_type": "display_data", "metadata": [String: Any](),
                    "data": [
                        "image/svg+xml": sourceLines(svg),
                        "text/plain": [figure.summary],
                    ],
                ])
            }
        }
        return result
    }

    /// Text as nbformat stores it: lines that keep their newline, the last one without.
    static func sourceLines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) + "\n" }
        if let last = lines.popLast(), last != "\n" { lines.append(String(last.dropLast())) }
        return lines
    }
}
