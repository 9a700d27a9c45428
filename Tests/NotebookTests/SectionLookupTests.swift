import Testing
@testable import Notebook

@Suite("Addressing a section by number, slug or title fragment")
struct SectionLookupTests {
    static let notebook = try! Notebook(parsing: """
        # Course

        ## Why NumPy beats plain Python

        ## Why JAX beats NumPy

        ## What still applies

        ### Indexing

        ### Broadcasting

        #### Exercise: broadcasting shapes

        ### Ufunc methods
        """, origin: "c.md")

    @Test("Lookups that find one section", arguments: [
        ("1", "Why NumPy beats plain Python"),
        ("3.2", "Broadcasting"),
        ("3.2.1", "Exercise: broadcasting shapes"),
        ("broadcasting", "Broadcasting"),
        ("BROADCASTING", "Broadcasting"),
        ("ufunc", "Ufunc methods"),
        ("  ufunc methods  ", "Ufunc methods"),
        ("why-jax-beats-numpy", "Why JAX beats NumPy"),
        ("jax", "Why JAX beats NumPy"),
        ("exercise", "Exercise: broadcasting shapes"),
        ("course", "Course"),
    ])
    func found(query: String, title: String) throws {
        #expect(try Self.notebook.section(matching: query).title == title)
    }

    @Test("Several matches: an error listing the candidates")
    func ambiguous() {
        #expect {
            try Self.notebook.section(matching: "numpy")
        } throws: { error in
            (error as? NotebookError)?.description == """
                c.md: error: 'numpy' matches 2 sections; give the number or slug of one:
                  1  Why NumPy beats plain Python  [why-numpy-beats-plain-python]
                  2  Why JAX beats NumPy  [why-jax-beats-numpy]
                """
        }
    }

    @Test("No match: an error listing every section", arguments: ["9", "4.1", "nothing here", "", "0"])
    func unknown(query: String) {
        #expect {
            try Self.notebook.section(matching: query)
        } throws: { error in
            guard let error = error as? NotebookError else { return false }
            return error.kind == .unknownSection
                && error.message == "no section matches '\(query)'; the sections are:"
                && error.notes.count == 8
                && error.notes[5] == "  3.2    Broadcasting  [broadcasting]"
        }
    }

    @Test("A notebook without headings says so")
    func noHeadings() {
        #expect {
            try Notebook(parsing: "just text", origin: "p.md").section(matching: "x")
        } throws: { error in
            (error as? NotebookError)?.description == "p.md: error: no section matches 'x': this notebook has no headings"
        }
    }
}
