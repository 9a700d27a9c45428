import Foundation
import TestSupport
import Testing

/// A notebook cell's standard output and error stay apart, and neither is rewritten: in the
/// terminal (stderr marked as Jupyter marks it) and in the Jupyter export (one `stream`
/// output per stream and stretch, text as written).
@Suite("Cell streams")
struct CellStreamTests {
    static let golden = Golden(besides: #filePath)

    static func workspace() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("course-streams-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: RunExportTests.fixtures.appendingPathComponent("streams.md"), to: folder.appendingPathComponent("streams.md"))
        return folder
    }

    @Test("The terminal shows stdout and stderr as written, trailing spaces kept")
    func terminal() throws {
        let result = try CommandLineTool.run(["run", "streams.md", "--width", "70"], in: try Self.workspace())
        #expect(result.status == 0, "\(result)")
        #expect(Self.golden.mismatch(RunCommandTests.stable(result.output), named: "run-streams.txt") == nil, "\(result)")
        #expect(result.output.contains("\nout 1 trailing  \n"), "\(result)")
    }

    @Test("With colour, standard error has a red background, as Jupyter marks it")
    func styled() throws {
        let result = try CommandLineTool.run(["run", "streams.md", "--color", "always"], in: try Self.workspace())
        #expect(result.output.contains("\u{1B}[41merr 1\u{1B}[0m\n"), "\(result)")
        #expect(result.output.contains("\nout 1 trailing  \n"), "standard output is not styled\n\(result)")
    }

    @Test("The Jupyter export keeps each stream's text as written, in order")
    func jupyterStreams() throws {
        let folder = try Self.workspace()
        let result = try CommandLineTool.run(["run", "streams.md", "--ipynb", "run.ipynb"], in: folder)
        #expect(result.status == 0, "\(result)")
        let data = try Data(contentsOf: folder.appendingPathComponent("run.ipynb"))
        let notebook = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let cells = try #require(notebook["cells"] as? [[String: Any]])
        let code = try #require(cells.first { $0["cell_type"] as? String == "code" })
        let outputs = try #require(code["outputs"] as? [[String: Any]])
        let streams = outputs.map { [$0["output_type"] as? String, $0["name"] as? String, ($0["text"] as? [String])?.joined()] }
        #expect(streams == [
            ["stream", "stdout", "out 1 trailing  \n"],
            ["stream", "stderr", "err 1\nstreams.md:9: UserWarning: careful\n  warnings.warn(\"careful\")\n"],
            ["stream", "stdout", "no newline"],
        ], "\(streams)")
    }

    @Test(
        "nbformat validates the streams export",
        .enabled(if: RunExportTests.nbformatAvailable, "python3 cannot import nbformat: pip install nbformat to run this check"))
    func nbformatValidates() throws {
        let folder = try Self.workspace()
        _ = try CommandLineTool.run(["run", "streams.md", "--ipynb", "run.ipynb"], in: folder)
        let check = try PythonProcess.run(
            "import nbformat, sys\nnb = nbformat.read(sys.argv[1], as_version=4)\nnbformat.validate(nb)\n"
                + "print([(o['name'], o['text']) for o in nb.cells[-1].outputs])\n",
            arguments: [folder.appendingPathComponent("run.ipynb").path])
        #expect(
            check == "[('stdout', 'out 1 trailing  \\n'), ('stderr', 'err 1\\nstreams.md:9: UserWarning: careful\\n  warnings.warn(\"careful\")\\n'), ('stdout', 'no newline')]\n",
            "\(check)")
    }
}
