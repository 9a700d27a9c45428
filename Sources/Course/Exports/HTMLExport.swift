import Charts
import Foundation
import Interpreter
import Notebook

/// The executed notebook as one self-contained HTML page: a section index, the prose
/// rendered by cmark-gfm, highlighted code, every output, and figures as inline SVG.
public enum HTMLExport {
    public static func render(_ executed: ExecutedNotebook) -> String {
        let notebook = executed.notebook
        var body = ""
        var executionCount = 0
        for piece in NotebookPiece.pieces(of: notebook) {
            switch piece {
            case .markdown(let text):
                body += MarkdownHTML.render(text)
            case .cell(let cell):
                let outcome = executed.outcomes[cell.fenceLine]
                if outcome != nil, outcome?.status != .skipped { executionCount += 1 }
                body += cellHTML(cell, outcome: outcome, count: executionCount)
            }
        }
        body = anchorHeadings(body, sections: notebook.allSections)
        let index = notebook.allSections.filter { $0.level >= 2 && $0.level <= 3 }.map { section in
            "<li class=\"level\(section.level)\"><a href=\"#\(HTMLText.escape(section.slug))\">\(HTMLText.escape(section.numberText)) \(HTMLText.escape(section.title))</a></li>"
        }.joined(separator: "\n")
        let summary = HTMLText.escape(executed.summary.line)
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="course \(CourseVersion.current)">
            <title>\(HTMLText.escape(notebook.title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <nav class="index"><h2>Contents</h2><ol>
            \(index)
            </ol></nav>
            <main>
            \(body)
            <p class="summary">\(summary)</p>
            </main>
            </body>
            </html>

            """
    }

    private static func cellHTML(_ cell: Cell, outcome: CellOutcome?, count: Int) -> String {
        var status = ""
        var label = "In [ ]"
        if let outcome {
            switch outcome.status {
            case .passed: label = "In [\(count)]"
            case .failed:
                label = "In [\(count)]"
                status = " failed"
            case .skipped: status = " skipped"
            case .toDo: status = " todo"
            }
        }
        let attributes = cell.attributeTexts.joined(separator: " ")
        var html = "<section class=\"cell\(status)\" id=\"cell-\(HTMLText.escape(cell.outputName))\">\n"
        html += "<div class=\"prompt\">\(label)\(attributes.isEmpty ? "" : " <span class=\"attributes\">\(HTMLText.escape(attributes))</span>")</div>\n"
        html += "<pre class=\"code\"><code class=\"language-python\">\(PythonHighlighter.html(cell.source.trimmingBlankLines()))</code></pre>\n"
        if let outcome, !outcome.outputs.isEmpty {
            html += "<div class=\"outputs\">\n"
            var figureNumber = 0
            for output in outcome.outputs {
                switch output {
                case .stream(let stream, let text):
                    html += "<pre class=\"stream \(stream.rawValue)\">\(HTMLText.escape(text))</pre>\n"
                case .result(let text): html += "<pre class=\"result\"><span class=\"out\">Out[\(count)]:</span> \(HTMLText.escape(text))</pre>\n"
                case .error(let text): html += "<pre class=\"error\">\(HTMLText.escape(text.trimmingBlankLines()))</pre>\n"
                case .note(let text): html += "<pre class=\"note\">\(HTMLText.escape(text.trimmingBlankLines()))</pre>\n"
                case .figure(let figure, _):
                    figureNumber += 1
                    html += "<figure>\(SVGRenderer(idPrefix: "c\(cell.fenceLine)f\(figureNumber)-").render(figure))</figure>\n"
                }
            }
            html += "</div>\n"
        }
        return html + "</section>\n"
    }

    /// Gives each rendered heading the slug of its section, in document order.
    private static func anchorHeadings(_ html: String, sections: [Section]) -> String {
        var remaining = sections[...]
        var result = ""
        var rest = Substring(html)
        while let range = rest.range(of: "<h") {
            result += rest[..<range.lowerBound]
            rest = rest[range.lowerBound...]
            let tag = rest.prefix(4)
            if tag.count == 4, let level = Int(String(tag.dropFirst(2).prefix(1))), (1...6).contains(level), tag.last == ">",
                let section = remaining.first(where: { $0.level == level })
            {
                if let position = remaining.firstIndex(of: section) { remaining = remaining[(position + 1)...] }
                result += "<h\(level) id=\"\(HTMLText.escape(section.slug))\">"
                rest = rest.dropFirst(4)
            } else {
                result += "<h"
                rest = rest.dropFirst(2)
            }
        }
        return result + rest
    }

    private static let style = """
        body { font-family: -apple-system, "Segoe UI", "DejaVu Sans", Helvetica, Arial, sans-serif; line-height: 1.5; color: #1f2328; margin: 0; display: flex; }
        nav.index { position: sticky; top: 0; align-self: flex-start; max-height: 100vh; overflow-y: auto; width: 17rem; flex: none; padding: 1rem; box-sizing: border-box; border-right: 1px solid #d0d7de; font-size: 0.9rem; background: #f6f8fa; }
        nav.index ol { list-style: none; padding: 0; margin: 0; }
        nav.index li.level3 { padding-left: 1rem; }
        nav.index a { color: #0969da; text-decoration: none; }
        main { max-width: 58rem; padding: 1rem 2rem 4rem; min-width: 0; }
        pre { overflow-x: auto; padding: 0.6rem 0.8rem; margin: 0; font-size: 0.85rem; font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; }
        code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; background: #f6f8fa; padding: 0.1em 0.3em; border-radius: 4px; }
        pre code { background: none; padding: 0; }
        .cell { margin: 1rem 0; border: 1px solid #d0d7de; border-radius: 6px; overflow: hidden; }
        .cell.failed { border-color: #cf222e; }
        .cell.todo { border-color: #bf8700; }
        .prompt { font-size: 0.75rem; color: #57606a; padding: 0.2rem 0.8rem; background: #f6f8fa; border-bottom: 1px solid #d0d7de; }
        .attributes { font-family: monospace; }
        pre.code { background: #f6f8fa; }
        .outputs { border-top: 1px solid #d0d7de; }
        pre.note { background: #fff8c5; }
        pre.stderr { background: #fdd; }
        pre.error { background: #ffebe9; color: #82071e; }
        .out { color: #57606a; }
        .keyword { color: #cf222e; }
        .builtin { color: #8250df; }
        .string { color: #0a3069; }
        .number { color: #0550ae; }
        .comment { color: #6e7781; font-style: italic; }
        figure { margin: 0.5rem; }
        figure svg { max-width: 100%; height: auto; }
        table { border-collapse: collapse; }
        th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.6rem; }
        p.summary { color: #57606a; border-top: 1px solid #d0d7de; padding-top: 0.5rem; }
        """
}
