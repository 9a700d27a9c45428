import Foundation
import Testing
@testable import Notebook

/// Every bad input gives a typed error naming the file and line, with a fixed message.
@Suite("Bad input: clear errors with file and line")
struct BadInputTests {
    private func error(parsing text: String, origin: String = "bad.md") -> NotebookError? {
        do {
            _ = try Notebook(parsing: text, origin: origin)
            return nil
        } catch {
            return error
        }
    }

    private func error(reading path: String) -> NotebookError? {
        do {
            _ = try Notebook(contentsOfFile: path)
            return nil
        } catch {
            return error
        }
    }

    private func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("course-test-\(UUID().uuidString).md").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("A missing file")
    func missingFile() {
        let failure = error(reading: "/nonexistent/course.md")
        #expect(failure?.kind == .fileNotFound)
        #expect(failure?.description == "/nonexistent/course.md: error: no such file")
    }

    @Test("A directory")
    func directory() {
        let failure = error(reading: FileManager.default.temporaryDirectory.path)
        #expect(failure?.kind == .isDirectory)
        #expect(failure?.message == "is a directory, not a notebook")
    }

    @Test("Bytes that are not UTF-8, with the line and column of the first bad byte")
    func notUTF8() throws {
        let path = try temporaryFile(Array("# Title\n\nok é\nab".utf8) + [0xC3, 0x28] + Array("\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let failure = error(reading: path)
        #expect(failure?.kind == .invalidUTF8)
        #expect(failure?.description ==
            "\(path):4: error: the file is not UTF-8 text: byte 0xC3 at column 3 cannot start or continue a character")
    }

    @Test("A byte-order mark is accepted and dropped")
    func byteOrderMark() throws {
        let path = try temporaryFile([0xEF, 0xBB, 0xBF] + Array("# Title\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let notebook = try Notebook(contentsOfFile: path)
        #expect(notebook.allSections.map(\.title) == ["Title"])
    }

    @Test("An empty file on disk is a valid notebook")
    func emptyFileOnDisk() throws {
        let path = try temporaryFile([])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try Notebook(contentsOfFile: path).sections.isEmpty)
    }

    @Test("Front matter that is never closed")
    func unterminatedFrontMatter() {
        let failure = error(parsing: "---\ntitle: x\n\n# Heading\n")
        #expect(failure?.kind == .unterminatedFrontMatter)
        #expect(failure?.description == "bad.md:1: error: front matter starts here but is never closed by a '---' line")
    }

    @Test("YAML that does not parse names its line in the file")
    func invalidYAML() {
        let failure = error(parsing: "---\ntitle: ok\nhints: [a, b\n---\n")
        #expect(failure?.kind == .invalidFrontMatter)
        #expect(failure?.location.line == 3)
        #expect(failure?.message.hasPrefix("front matter is not valid YAML: ") == true)

        let indentation = error(parsing: "---\na: 1\n b: 2\n---\n")
        #expect(indentation?.description ==
            "bad.md:3: error: front matter is not valid YAML: mapping values are not allowed in this context")
    }

    @Test("Front matter that is not a mapping")
    func frontMatterNotMapping() {
        let failure = error(parsing: "---\n- a\n- b\n---\n")
        #expect(failure?.description ==
            "bad.md:2: error: front matter must be a mapping of keys to values, such as 'title: My course'")
    }

    @Test("Two cells with the same id name both lines")
    func duplicateID() {
        let failure = error(parsing: "```python id=setup\n```\n\ntext\n\n```python id=setup\n```\n")
        #expect(failure?.kind == .duplicateCellID)
        #expect(failure?.description == """
            bad.md:6: error: duplicate cell id 'setup'
            bad.md:1: note: 'setup' is first used here
            """)
    }

    @Test("Malformed attributes of known names are errors at the fence line", arguments: [
        ("python id=a id=b", "cell attribute 'id' is given twice"),
        ("python id=", "cell attribute 'id' needs a value, as in id=NAME"),
        ("python exercise", "cell attribute 'exercise' needs a value, as in exercise=ID"),
        ("python timeout=soon", "'timeout' needs a positive number of seconds, got 'soon'"),
        ("python timeout=-1", "'timeout' needs a positive number of seconds, got '-1'"),
        ("python timeout=inf", "'timeout' needs a positive number of seconds, got 'inf'"),
        ("python skip=yes", "cell attribute 'skip' is a flag and takes no value"),
        ("python raises=3Error", "'raises' needs an exception name such as ValueError, got '3Error'"),
        ("python id=\"a b\"", "cell id 'a b' may hold only letters, digits, '_', '-' and '.'"),
        ("python exercise=a/b", "cell exercise id 'a/b' may hold only letters, digits, '_', '-' and '.'"),
        ("python id=\"open", "bad cell info string: in the value of 'id': the quote \" is never closed"),
        ("python =x", "bad cell info string: an attribute has '=' but no name before it"),
        ("python id=\"a\"b", "bad cell info string: attribute 'id' must be followed by a space"),
    ])
    func badAttributes(info: String, message: String) {
        let failure = error(parsing: "# H\n\n```\(info)\nx\n```\n")
        #expect(failure?.kind == .invalidCellAttribute)
        #expect(failure?.location == SourceLocation(path: "bad.md", line: 3))
        #expect(failure?.message == message)
    }
}
