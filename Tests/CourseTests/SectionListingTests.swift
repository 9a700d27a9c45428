import Course
import Foundation
import Notebook
import TestSupport
import Testing

@Suite("Section listing and table of contents")
struct SectionListingTests {
    static let golden = Golden(besides: #filePath)
    static let fixture = CommandLineTool.repository.appendingPathComponent("Tests/NotebookTests/Fixtures/everything.md").path

    private func listing(width: Int = 80) throws -> SectionListing {
        var notebook = try Notebook(contentsOfFile: Self.fixture)
        notebook.origin = "everything.md"
        return SectionListing(notebook: notebook, options: RenderOptions(width: width, color: false))
    }

    @Test("course list: numbered tree with cell and exercise counts and totals")
    func list() throws {
        #expect(Self.golden.mismatch(try listing().list(), named: "list-everything.txt") == nil)
    }

    @Test("Long titles are cut with an ellipsis to keep counts inside the width")
    func narrowList() throws {
        let text = try listing(width: 30).list()
        #expect(Self.golden.mismatch(text, named: "list-everything-30.txt") == nil)
        #expect(text.split(separator: "\n").allSatisfy { $0.displayWidth <= 30 })
    }

    @Test("course explain without a section: the table of contents")
    func tableOfContents() throws {
        #expect(Self.golden.mismatch(try listing().tableOfContents(), named: "toc-everything.txt") == nil)
    }

    @Test("An empty notebook lists no sections")
    func emptyNotebook() throws {
        let listing = SectionListing(notebook: try Notebook(parsing: "", origin: "empty.md"), options: RenderOptions())
        #expect(listing.list() == """
            empty
            ═════
            empty.md

            (no sections)

            0 sections · 0 cells · 0 exercises

            """)
    }
}

@Suite("Explanations")
struct ExplanationTests {
    static let notebook = try! Notebook(parsing: """
        # T

        ## One

        First.

        ### One child

        Child.

        ## Two

        Second.
        """, origin: "t.md")

    private func explain(_ request: Explanation.Request) throws -> String {
        try Explanation(notebook: Self.notebook, options: RenderOptions(width: 40)).text(for: request)
    }

    @Test("A section comes with its subsections")
    func sectionWithChildren() throws {
        #expect(try explain(.sections(["one"])) == """
            1  One
            ──────

            First.

            1.1  One child

            Child.

            """)
    }

    @Test("Several sections print in the order asked, two blank lines apart")
    func severalSections() throws {
        #expect(try explain(.sections(["2", "1.1"])) == "2  Two\n──────\n\nSecond.\n\n\n1.1  One child\n\nChild.\n")
    }

    @Test("One bad section among good ones fails the whole request")
    func badAmongGood() {
        #expect(throws: NotebookError.self) { try explain(.sections(["1", "nope"])) }
    }

    @Test("--all prints the front matter title when there is no title heading")
    func wholeNotebookTitle() throws {
        let notebook = try Notebook(parsing: "---\ntitle: From YAML\n---\nIntro.\n\n## A\n", origin: "y.md")
        let text = try Explanation(notebook: notebook, options: RenderOptions(width: 40)).text(for: .wholeNotebook)
        #expect(text == "From YAML\n═════════\n\n\nIntro.\n\n\n1  A\n────\n")
    }
}
