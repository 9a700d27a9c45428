import Testing
@testable import Notebook

@Suite("Front matter")
struct FrontMatterTests {
    @Test("Fields keep their order and YAML types, and the block knows its lines")
    func fields() throws {
        let text = """
            ---
            title: Broadcasting shapes
            id: broadcast-shapes
            order: 2
            weight: 1.5
            draft: false
            hints:
              - Align the shapes on the right.
              - A 1 stretches.
            quoted: "42"
            nothing:
            ---
            # Body
            """
        let notebook = try Notebook(parsing: text, origin: "s.md")
        let frontMatter = try #require(notebook.frontMatter)
        #expect(frontMatter.lines == 1...12)
        #expect(frontMatter.fields.map(\.key) == ["title", "id", "order", "weight", "draft", "hints", "quoted", "nothing"])
        #expect(frontMatter.title == "Broadcasting shapes")
        #expect(frontMatter["order"] == .int(2))
        #expect(frontMatter["weight"] == .double(1.5))
        #expect(frontMatter["draft"] == .bool(false))
        #expect(frontMatter["hints"] == .list([.string("Align the shapes on the right."), .string("A 1 stretches.")]))
        #expect(frontMatter["quoted"] == .string("42"))
        #expect(frontMatter["nothing"] == .null)
        #expect(notebook.title == "Broadcasting shapes")
        #expect(notebook.allSections[0].line == 13)
    }

    @Test("Front matter may close with '...' and may be empty")
    func emptyAndDots() throws {
        let notebook = try Notebook(parsing: "---\n...\n# H\n")
        #expect(notebook.frontMatter?.fields == [])
        #expect(notebook.frontMatter?.lines == 1...2)
    }

    @Test("Nested mappings keep their order")
    func nestedMapping() throws {
        let notebook = try Notebook(parsing: "---\nlimits:\n  time: 10\n  memory: 2G\n---\n")
        #expect(notebook.frontMatter?["limits"] == .mapping([
            FrontMatter.Field(key: "time", value: .int(10)), FrontMatter.Field(key: "memory", value: .string("2G")),
        ]))
    }

    @Test("A '---' later in the file is a thematic break, not front matter")
    func laterRule() throws {
        let notebook = try Notebook(parsing: "# H\n\n---\n\ntext\n")
        #expect(notebook.frontMatter == nil)
    }
}
