import Foundation
import TestSupport
import Testing

/// End-to-end: the built `course` binary, run from a directory that is not the repository.
@Suite("course on the command line")
struct CommandLineTests {
    static let golden = Golden(besides: #filePath)
    static let fixtures = CommandLineTool.repository.appendingPathComponent("Tests/NotebookTests/Fixtures")
    static let fixture = fixtures.appendingPathComponent("everything.md").path

    private func run(_ arguments: String..., environment: [String: String] = [:]) throws -> CommandLineTool.Result {
        try CommandLineTool.run(arguments, environment: environment)
    }

    private func temporaryNotebook(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString).md").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("Help text of every command", arguments: [
        (["--help"], "help-course.txt"),
        (["list", "--help"], "help-list.txt"),
        (["explain", "--help"], "help-explain.txt"),
        (["help", "explain"], "help-explain.txt"),
        (["run", "--help"], "help-run.txt"),
        (["check", "--help"], "help-check.txt"),
        (["hint", "--help"], "help-hint.txt"),
        (["reset", "--help"], "help-reset.txt"),
        (["watch", "--help"], "help-watch.txt"),
        (["verify", "--help"], "help-verify.txt"),
        (["grade", "--help"], "help-grade.txt"),
        (["bench", "--help"], "help-bench.txt"),
    ])
    func help(arguments: [String], golden: String) throws {
        let result = try CommandLineTool.run(arguments)
        #expect(result.status == 0, "\(result)")
        #expect(Self.golden.mismatch(result.output, named: golden) == nil, "\(result)")
    }

    @Test("--version")
    func version() throws {
        let result = try run("--version")
        #expect(result.status == 0, "\(result)")
        #expect(result.output == "0.1.0\n", "\(result)")
    }

    @Test("Shell completions come from argument-parser", arguments: ["bash", "zsh", "fish"])
    func completions(shell: String) throws {
        let result = try run("--generate-completion-script", shell)
        #expect(result.status == 0, "\(result)")
        #expect(result.output.contains("explain"), "\(result)")
    }

    @Test("The bundled course works from any directory")
    func bundledCourse() throws {
        let list = try run("list")
        #expect(list.status == 0, "\(list)")
        #expect(list.error == "", "\(list)")
        #expect(list.output.hasPrefix("NumPy & JAX\n═══════════\nthe bundled course (numpy-jax.md)\n"), "\(list)")
        let bySlug = try run("explain", "broadcasting")
        #expect(bySlug.status == 0, "\(bySlug)")
        #expect(bySlug.output.contains("Broadcasting\n"), "\(bySlug)")
        let number = try #require(bySlug.output.split(separator: " ").first)
        let byNumber = try run("explain", String(number))
        #expect(byNumber.output == bySlug.output, "\(bySlug)")
    }

    @Test("course explain without sections prints the table of contents")
    func tableOfContents() throws {
        let result = try run("explain", Self.fixture)
        #expect(result.status == 0, "\(result)")
        #expect(result.output.contains("2.1  Exercise"), "\(result)")
        #expect(result.output.contains("course explain SECTION"), "\(result)")
    }

    @Test("--all prints the whole notebook; plain when piped, styled with --color always")
    func allAndColor() throws {
        let plain = try run("explain", Self.fixture, "--all")
        #expect(plain.status == 0, "\(plain)")
        #expect(!plain.output.contains("\u{1B}["), "\(plain)")
        #expect(plain.output.contains("╭─ python · exercise=madhava-pi · timeout=5"), "\(plain)")
        let styled = try run("explain", Self.fixture, "--all", "--color", "always")
        #expect(styled.output.contains("\u{1B}[1;34m"), "\(styled)")
        let noColor = try run("explain", Self.fixture, "--all", "--color", "auto", environment: ["NO_COLOR": "1"])
        #expect(noColor.output == plain.output, "\(noColor)")
    }

    @Test("--width wraps to the given width")
    func width() throws {
        let result = try run("explain", Self.fixture, "--all", "--width", "32")
        #expect(result.status == 0, "\(result)")
        #expect(result.output.split(separator: "\n").allSatisfy { $0.count <= 32 }, "\(result)")
    }

    @Test("Warnings go to standard error and the command still succeeds")
    func warnings() throws {
        let path = try temporaryNotebook(Array("# H\n\n```python colour=red\npass\n```\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try run("list", path)
        #expect(result.status == 0, "\(result)")
        #expect(result.error == "\(path):3: warning: unknown cell attribute 'colour' (known: id, exercise, raises, timeout, skip, only)\n", "\(result)")
        #expect(result.output.contains("1 cell"), "\(result)")
    }

    @Test("Bad input: exit code 2, a message naming the file and line, nothing on standard output")
    func badInput() throws {
        let notUTF8 = try temporaryNotebook([0x23, 0x20, 0xFF, 0x0A])
        let unterminated = try temporaryNotebook(Array("---\ntitle: x\n".utf8))
        let badYAML = try temporaryNotebook(Array("---\na: 1\n b: 2\n---\n".utf8))
        let duplicate = try temporaryNotebook(Array("```python id=a\n```\n\n```python id=a\n```\n".utf8))
        defer {
            for path in [notUTF8, unterminated, badYAML, duplicate] { try? FileManager.default.removeItem(atPath: path) }
        }
        let cases: [([String], String)] = [
            (["list", "/nonexistent/course.md"], "/nonexistent/course.md: error: no such file\n"),
            (["list", "/tmp/"], "/tmp/: error: is a directory, not a notebook\n"),
            (["list", notUTF8], "\(notUTF8):1: error: the file is not UTF-8 text: byte 0xFF at column 3 cannot start or continue a character\n"),
            (["list", unterminated], "\(unterminated):1: error: front matter starts here but is never closed by a '---' line\n"),
            (["explain", badYAML], "\(badYAML):3: error: front matter is not valid YAML: mapping values are not allowed in this context\n"),
            (["list", duplicate], "\(duplicate):4: error: duplicate cell id 'a'\n\(duplicate):1: note: 'a' is first used here\n"),
        ]
        for (arguments, message) in cases {
            let result = try CommandLineTool.run(arguments)
            #expect(result.status == 2, "\(arguments)\n\(result)")
            #expect(result.output == "", "\(arguments)\n\(result)")
            #expect(result.error == message, "\(result)")
        }
    }

    @Test("An unknown or ambiguous section lists the candidates and prints nothing else")
    func badSections() throws {
        let unknown = try run("explain", Self.fixture, "lists", "nothing")
        #expect(unknown.status == 2, "\(unknown)")
        #expect(unknown.output == "", "\(unknown)")
        #expect(unknown.error == """
            \(Self.fixture): error: no section matches 'nothing'; the sections are:
                   Every element  [every-element]
              1    Lists  [lists]
              2    Quotes, tables and code  [quotes-tables-and-code]
              2.1  Exercise  [exercise]

            """, "\(unknown)")
        let ambiguous = try run("explain", Self.fixture, "e")
        #expect(ambiguous.status == 2, "\(ambiguous)")
        #expect(ambiguous.error.hasPrefix("\(Self.fixture): error: 'e' matches 3 sections; give the number or slug of one:\n"), "\(ambiguous)")
    }

    @Test("Usage errors exit with 2", arguments: [
        ["nosuch"], ["list", "--width", "5"], ["explain", "--all", "1"], ["list", "--color", "sometimes"],
        ["list", "a.md", "b.md"],
    ])
    func usageErrors(arguments: [String]) throws {
        let result = try CommandLineTool.run(arguments)
        #expect(result.status == 2, "\(result)")
        #expect(result.output == "", "\(result)")
        #expect(result.error.hasPrefix("Error: "), "\(result)")
    }
}
