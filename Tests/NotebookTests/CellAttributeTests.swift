import Testing
@testable import Notebook

@Suite("Cell attributes from the info string")
struct CellAttributeTests {
    private func cell(_ info: String) throws -> Cell {
        try #require(Notebook(parsing: "```\(info)\npass\n```\n", origin: "a.md").cells.first)
    }

    @Test("key=value, quoted values and bare flags")
    func forms() throws {
        let cell = try cell(#"python id=setup exercise="madhava-pi" raises='ValueError' timeout=2.5 skip"#)
        #expect(cell.attributes.id == "setup")
        #expect(cell.attributes.exercise == "madhava-pi")
        #expect(cell.attributes.raises == "ValueError")
        #expect(cell.attributes.timeout == 2.5)
        #expect(cell.attributes.skip)
        #expect(cell.isExercise)
        #expect(cell.attributes.all.map(\.key) == ["id", "exercise", "raises", "timeout", "skip"])
    }

    @Test("Quoted values keep spaces, escaped quotes and backslashes")
    func quoting() {
        let parsed = InfoStringParser.parse(#"python note="say \"hi\" \\ bye" other='a "b"'"#)
        #expect(parsed == .success(.init(language: "python", attributes: [
            .init(key: "note", value: #"say "hi" \ bye"#), .init(key: "other", value: #"a "b""#),
        ])))
    }

    @Test("Extra spaces and tabs between attributes are fine")
    func spacing() {
        let parsed = InfoStringParser.parse("python \t id=a    skip ")
        #expect(parsed == .success(.init(language: "python", attributes: [.init(key: "id", value: "a"), .init(key: "skip")])))
    }

    @Test("No attributes: the defaults")
    func defaults() throws {
        let cell = try cell("python")
        #expect(cell.attributes.all.isEmpty)
        #expect(cell.attributes.id == nil)
        #expect(cell.attributes.timeout == nil)
        #expect(!cell.attributes.skip)
        #expect(!cell.isExercise)
    }

    @Test("Dotted exception names are accepted")
    func dottedRaises() throws {
        #expect(try cell("python raises=jax.errors.TracerBoolConversionError").attributes.raises
            == "jax.errors.TracerBoolConversionError")
    }

    @Test("An unknown attribute is a warning with file:line, and a near miss gets a suggestion")
    func unknownAttributes() throws {
        let notebook = try Notebook(parsing: "# H\n\n```python timout=3 colour=red\npass\n```\n", origin: "w.md")
        #expect(notebook.warnings.map(\.description) == [
            "w.md:3: warning: unknown cell attribute 'timout'; did you mean 'timeout'? (known: id, exercise, raises, timeout, skip, only)",
            "w.md:3: warning: unknown cell attribute 'colour' (known: id, exercise, raises, timeout, skip, only)",
        ])
        #expect(notebook.cells[0].attributes.unknown.map(\.key) == ["timout", "colour"])
    }

    @Test("The info string is rebuilt with quotes where a value needs them")
    func infoString() throws {
        let cell = try cell(#"python id=a note="two words" skip"#)
        #expect(cell.infoString == #"python id=a note="two words" skip"#)
    }

    @Test("Edit distance", arguments: [("", "abc", 3), ("abc", "", 3), ("timeout", "timout", 1), ("id", "id", 0), ("skip", "ship", 1)])
    func editDistance(a: String, b: String, distance: Int) {
        #expect(CellAttributeValidator.editDistance(a, b) == distance)
    }
}
