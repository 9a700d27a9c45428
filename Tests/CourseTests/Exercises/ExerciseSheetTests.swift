import Course
import Foundation
import Notebook
import Testing

/// Answer sheets: the bundled placeholders are the repository's `Exercises/`, their front
/// matter is read and checked, and placeholders are recognised in every written form.
@Suite("answer sheets")
struct ExerciseSheetTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("The bundled sheets are the repository's Exercises/, byte for byte, in order")
    func bundledMatchRepository() throws {
        let sheets = try ExerciseCatalogue.sheets()
        #expect(sheets.map(\.id) == ["madhava-pi", "broadcast-shapes", "detector-signal", "normalize"])
        #expect(sheets.map(\.order) == [1, 2, 3, 4])
        for sheet in sheets {
            let file = Self.repository.appendingPathComponent("Exercises/" + ExerciseCatalogue.fileName(of: sheet))
            #expect(try String(contentsOf: file, encoding: .utf8) == sheet.text, "\(file.path) differs from the bundled copy")
            #expect(sheet.hints.count >= 2)
            #expect(sheet.answerCells.count == 1)
            #expect(sheet.placeholderLine != nil)
        }
    }

    @Test("Front matter problems name the file and line", arguments: [
        ("# no front matter\n", "sheet.md:1: error: an answer sheet starts with front matter: id, title, order and hints between --- lines"),
        ("---\ntitle: T\norder: 1\n---\n```python exercise=x\n...\n```\n", "sheet.md:1: error: the front matter needs 'id', the exercise's id (madhava-pi)"),
        ("---\nid: x\ntitle: T\norder: zero\n---\n```python exercise=x\n...\n```\n", "sheet.md:1: error: the front matter needs 'order', a whole number from 1"),
        ("---\nid: x\ntitle: T\norder: 1\nhints: 3\n---\n```python exercise=x\n...\n```\n", "sheet.md:1: error: the front matter needs 'hints', a list of strings"),
        ("---\nid: x\ntitle: T\norder: 1\n---\n\n```python\nx = 1\n```\n", "sheet.md: error: the sheet has no answer cell: a ```python exercise=x block holds the answer"),
        ("---\nid: x\ntitle: T\norder: 1\n---\n\n```python exercise=y\nx = 1\n```\n", "sheet.md:7: error: this sheet is exercise 'x', but the cell is marked exercise=y"),
    ])
    func frontMatterErrors(text: String, message: String) {
        #expect(throws: NotebookError.self) { try ExerciseSheet(parsing: text, path: "sheet.md") }
        do {
            _ = try ExerciseSheet(parsing: text, path: "sheet.md")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("Placeholders in every form are found; answers that merely contain ... are not", arguments: [
        ("pi = ...", 11), ("...", 11), ("answers = [..., ..., ...]", 11), ("def f(v):\n    return ...", 12),
        ("x = 1\ny = ...  # your answer", 12), ("t = (..., ...)", 11),
        ("x = 1", nil), ("a[...] = 1", nil), ("print(...)", nil), ("x == ...", nil), ("x += ...", nil), ("y = x[..., 0]", nil),
        ("answers = [(7, 4), ..., None]", nil),
    ] as [(String, Int?)])
    func placeholders(answer: String, line: Int?) throws {
        let text = "---\nid: x\ntitle: T\norder: 1\n---\n\nText.\n\n```python exercise=x\n\(answer)\n```\n"
        let sheet = try ExerciseSheet(parsing: text.replacingOccurrences(of: "exercise=x\n", with: "exercise=x\n\n"), path: "s.md")
        #expect(sheet.placeholderLine == line)
    }
}
