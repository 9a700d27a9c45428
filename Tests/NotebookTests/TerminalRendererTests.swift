import Foundation
import TestSupport
import Testing
@testable import Notebook

@Suite("Terminal rendering of prose and cells")
struct TerminalRendererTests {
    static let golden = Golden(besides: #filePath)
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/everything.md").path

    private func render(_ markdown: String, width: Int = 60, color: Bool = false) throws -> String {
        let notebook = try Notebook(parsing: markdown)
        let renderer = TerminalRenderer(options: RenderOptions(width: width, color: color))
        return renderer.text(renderer.lines(for: notebook.preamble))
    }

    /// Escapes made visible, so golden files of styled output stay readable.
    private func visible(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{1B}", with: "␛")
    }

    @Test("Every element as plain text, at several widths", arguments: [80, 60, 40, 20])
    func plainGolden(width: Int) throws {
        let notebook = try Notebook(contentsOfFile: Self.fixture)
        let renderer = TerminalRenderer(options: RenderOptions(width: width, color: false))
        let lines = TerminalRenderer.joined(
            [renderer.lines(for: notebook.preamble), renderer.lines(for: notebook.sections[0])],
            separatedByBlankLines: true)
        let text = renderer.text(lines)
        #expect(Self.golden.mismatch(text, named: "everything-plain-\(width).txt") == nil)
        for line in text.split(separator: "\n") {
            #expect(line.displayWidth <= width, "line wider than \(width): \(line)")
            #expect(!line.hasSuffix(" "), "trailing space: \(line)")
        }
    }

    @Test("Every element with ANSI styles")
    func styledGolden() throws {
        let notebook = try Notebook(contentsOfFile: Self.fixture)
        let renderer = TerminalRenderer(options: RenderOptions(width: 60, color: true))
        let text = renderer.text(renderer.lines(for: notebook.sections[0]))
        #expect(Self.golden.mismatch(visible(text), named: "everything-styled-60.txt") == nil)
    }

    @Test("Plain text has no escape sequences at all")
    func plainHasNoEscapes() throws {
        let notebook = try Notebook(contentsOfFile: Self.fixture)
        let renderer = TerminalRenderer(options: RenderOptions(width: 60, color: false))
        #expect(!renderer.text(renderer.lines(for: notebook.sections[0])).contains("\u{1B}"))
    }

    @Test("Inline code: backticks in plain text, colour on a terminal")
    func inlineCode() throws {
        #expect(try render("Call `np.sum`.") == "Call `np.sum`.\n")
        #expect(visible(try render("Call `np.sum`.", color: true)) == "Call ␛[33mnp.sum␛[0m.\n")
    }

    @Test("Links show their address unless the text is the address")
    func links() throws {
        #expect(try render("[NumPy](https://numpy.org) and https://jax.dev and <a@b.c>")
            == "NumPy (https://numpy.org) and https://jax.dev and a@b.c\n")
    }

    @Test("Images show their alt text and address")
    func images() throws {
        #expect(try render("![a diagram](d.png) ![](e.png)") == "[image: a diagram] (d.png) [image] (e.png)\n")
    }

    @Test("Ordered lists align their numbers on the right")
    func orderedAlignment() throws {
        let items = (8...11).map { "\($0). item \($0)" }.joined(separator: "\n")
        #expect(try render(items) == " 8. item 8\n 9. item 9\n10. item 10\n11. item 11\n")
    }

    @Test("Wrapped list items hang under their text")
    func hangingIndent() throws {
        #expect(try render("- one two three four five six", width: 14) == "• one two\n  three four\n  five six\n")
    }

    @Test("Table columns follow their alignment")
    func tableAlignment() throws {
        let table = "| l | c | r |\n|:--|:-:|--:|\n| a | b | c |\n| long | long | long |\n"
        #expect(try render(table) == """
            ┌──────┬──────┬──────┐
            │ l    │  c   │    r │
            ├──────┼──────┼──────┤
            │ a    │  b   │    c │
            │ long │ long │ long │
            └──────┴──────┴──────┘

            """)
    }

    @Test("Code lines wider than the box continue on a dotted bar")
    func longCodeLine() throws {
        #expect(try render("```\nabcdefghijklmnopqrstuvwxyz\n```", width: 20) == """
            ╭─ code
            │ abcdefghijklmnopqr
            ┆ stuvwxyz
            ╰─

            """)
    }

    @Test("Tabs in code expand to four-column stops")
    func tabs() throws {
        #expect(try render("```\n\tx\nab\ty\n```") == "╭─ code\n│     x\n│ ab  y\n╰─\n")
    }

    @Test("A cell's label shows its language and attributes")
    func cellLabel() throws {
        let notebook = try Notebook(parsing: "```python exercise=madhava-pi skip\nN = 30\n```")
        let renderer = TerminalRenderer(options: RenderOptions(width: 60))
        #expect(renderer.text(renderer.lines(for: notebook.cells[0])) == """
            ╭─ python · exercise=madhava-pi · skip
            │ N = 30
            ╰─

            """)
    }

    @Test("Section headings: the title double-ruled, top sections ruled, deeper ones bold only")
    func headings() throws {
        let notebook = try Notebook(parsing: "# Title\n\n## Top\n\n### Deep\n")
        let renderer = TerminalRenderer(options: RenderOptions(width: 40))
        let sections = notebook.allSections
        #expect(renderer.text(renderer.heading(for: sections[0])) == "Title\n═════\n")
        #expect(renderer.text(renderer.heading(for: sections[1])) == "1  Top\n──────\n")
        #expect(renderer.text(renderer.heading(for: sections[2])) == "1.1  Deep\n")
    }
}

@Suite("GFM extensions through cmark-gfm")
struct MarkdownDocumentTests {
    @Test("Tables, strikethrough, autolinks and task lists are parsed")
    func extensions() {
        let document = MarkdownDocument(parsing: "| a |\n|---|\n| b |\n\n~~x~~ www.example.com\n\n- [x] done\n")
        #expect(document.blocks.map(\.lines) == [1...3, 5...5, 7...7])
        guard case .table(let table) = document.blocks[0].block,
            case .paragraph(let inlines) = document.blocks[1].block,
            case .list(let list) = document.blocks[2].block
        else {
            Issue.record("unexpected blocks: \(document.blocks)")
            return
        }
        #expect(table.header == [[.text("a")]])
        #expect(table.rows == [[[.text("b")]]])
        #expect(inlines.first == .strikethrough([.text("x")]))
        #expect(inlines.last == .link(destination: "http://www.example.com", title: "", [.text("www.example.com")]))
        #expect(list.items.first?.task == true)
    }
}
