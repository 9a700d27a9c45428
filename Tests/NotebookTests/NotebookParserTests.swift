import Testing
@testable import Notebook

@Suite("Notebook parser: sections, prose, cells, line numbers")
struct NotebookParserTests {
    static let course = """
        Preamble text.

        # Course title

        Intro.

        ## First

        ```python id=a
        x = 1
        y = 2
        ```

        ### First child

        Child prose.

        ### Second child

        ## Second

        #### Deep heading

        ## First
        """

    @Test("A single top-level # heading is the title; its subsections are numbered from 1")
    func titleHeadingAndNumbering() throws {
        let notebook = try Notebook(parsing: Self.course, origin: "c.md")
        #expect(notebook.title == "Course title")
        #expect(notebook.sections.count == 1)
        let title = notebook.sections[0]
        #expect(title.number == [])
        #expect(title.children.map(\.title) == ["First", "Second", "First"])
        #expect(notebook.allSections.map(\.numberText) == ["", "1", "1.1", "1.2", "2", "2.1", "3"])
        #expect(notebook.allSections.map(\.level) == [1, 2, 3, 3, 2, 4, 2])
    }

    @Test("Several top-level headings are numbered 1, 2, … with no title section")
    func severalRoots() throws {
        let notebook = try Notebook(parsing: "# A\n\n## A.1\n\n# B\n", origin: "n.md")
        #expect(notebook.allSections.map(\.numberText) == ["1", "1.1", "2"])
        #expect(notebook.title == "n")
    }

    @Test("A lone ## heading is numbered, since only a # heading can be a title")
    func loneSecondLevelHeading() throws {
        let notebook = try Notebook(parsing: "## Only\n", origin: "n.md")
        #expect(notebook.allSections.map(\.numberText) == ["1"])
    }

    @Test("Slugs are GitHub-style and unique")
    func slugs() throws {
        let notebook = try Notebook(parsing: Self.course, origin: "c.md")
        #expect(notebook.allSections.map(\.slug) == [
            "course-title", "first", "first-child", "second-child", "second", "deep-heading", "first-1",
        ])
        let punctuated = try Notebook(parsing: "# Why is JAX faster than NumPy? (part 2)\n\n# `sum` & π!\n\n# ?!\n")
        #expect(punctuated.allSections.map(\.slug) == ["why-is-jax-faster-than-numpy-part-2", "sum--π", "section"])
    }

    @Test("Titles are plain text: markup dropped, code kept")
    func plainTitles() throws {
        let notebook = try Notebook(parsing: "# The *fast* `np.sum` [link](x)\n")
        #expect(notebook.allSections[0].title == "The fast np.sum link")
    }

    @Test("Text before the first heading is the preamble")
    func preamble() throws {
        let notebook = try Notebook(parsing: Self.course, origin: "c.md")
        guard case .prose(let prose) = notebook.preamble.first else {
            Issue.record("no preamble prose")
            return
        }
        #expect(prose.markdown == "Preamble text.")
        #expect(prose.lines == 1...1)
    }

    @Test("Blocks stay in document order and each section owns only its own")
    func blocksInOrder() throws {
        let notebook = try Notebook(parsing: Self.course, origin: "c.md")
        let first = notebook.allSections[1]
        #expect(first.blocks.count == 1)
        #expect(first.cells.map(\.attributes.id) == ["a"])
        #expect(notebook.allSections[2].blocks.count == 1)
        #expect(notebook.allSections[3].blocks.isEmpty)
    }

    @Test("A cell knows its fence line, the lines of its code and its whole range")
    func cellLines() throws {
        let notebook = try Notebook(parsing: Self.course, origin: "c.md")
        let cell = try #require(notebook.cells.first)
        #expect(cell.language == "python")
        #expect(cell.fenceLine == 9)
        #expect(cell.sourceLines == 10..<12)
        #expect(cell.lines == 9...12)
        #expect(cell.source == "x = 1\ny = 2\n")
    }

    @Test("Line numbers count the front matter's lines")
    func linesAfterFrontMatter() throws {
        let text = "---\ntitle: T\n---\n\n# H\n\n```python\npass\n```\n"
        let notebook = try Notebook(parsing: text, origin: "f.md")
        #expect(notebook.allSections[0].line == 5)
        #expect(notebook.cells[0].fenceLine == 7)
        #expect(notebook.cells[0].sourceLines == 8..<9)
    }

    @Test("An empty cell has an empty range of code lines")
    func emptyCell() throws {
        let notebook = try Notebook(parsing: "```python\n```\n")
        #expect(notebook.cells[0].source == "")
        #expect(notebook.cells[0].sourceLines.isEmpty)
    }

    @Test("Other languages, no language and indented code are prose, never cells")
    func nonPythonCode() throws {
        let notebook = try Notebook(parsing: "# H\n\n```text\na\n```\n\n```\nb\n```\n\n    c\n\n```python3\nd\n```\n")
        let section = notebook.allSections[0]
        #expect(section.cells.count == 1)
        #expect(section.cells[0].language == "python3")
        guard case .prose(let prose) = section.blocks[0] else {
            Issue.record("expected prose first")
            return
        }
        #expect(prose.blocks.count == 3)
        #expect(prose.lines == 3...11)
    }

    @Test("Headings and code inside quotes and lists are prose, not sections or cells")
    func nestedHeadingsAndCode() throws {
        let notebook = try Notebook(parsing: "# H\n\n> # Quoted\n\n- item\n\n  ```python\n  x\n  ```\n")
        #expect(notebook.allSections.count == 1)
        #expect(notebook.cells.isEmpty)
    }

    @Test("An empty file is a valid notebook with no sections")
    func emptyFile() throws {
        let notebook = try Notebook(parsing: "", origin: "empty.md")
        #expect(notebook.sections.isEmpty)
        #expect(notebook.preamble.isEmpty)
        #expect(notebook.cells.isEmpty)
        #expect(notebook.warnings.isEmpty)
        #expect(notebook.title == "empty")
    }

    @Test("Windows line endings give the same tree and lines")
    func crlf() throws {
        let unix = try Notebook(parsing: Self.course, origin: "c.md")
        let windows = try Notebook(parsing: Self.course.replacingOccurrences(of: "\n", with: "\r\n"), origin: "c.md")
        #expect(windows.allSections.map(\.line) == unix.allSections.map(\.line))
        #expect(windows.cells.map(\.sourceLines) == unix.cells.map(\.sourceLines))
    }

    @Test("A fence left open is a warning, and the cell runs to the end of the file")
    func unclosedFence() throws {
        let notebook = try Notebook(parsing: "# H\n\n```python\nx = 1\ny = 2\n", origin: "open.md")
        #expect(notebook.cells[0].source == "x = 1\ny = 2\n")
        #expect(notebook.warnings.map(\.description) == [
            "open.md:3: warning: the code fence opened here is never closed, so the cell runs to the end of the file"
        ])
    }
}
