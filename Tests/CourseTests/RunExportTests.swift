import Foundation
import TestSupport
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `course run` with figures, quick and full runs, `--section`, and the HTML, Jupyter
/// and Markdown exports of an executed notebook.
@Suite("course run: figures and exports")
struct RunExportTests {
    static let golden = Golden(besides: #filePath)
    static let fixtures = CommandLineTool.repository.appendingPathComponent("Tests/CourseTests/Fixtures")

    /// A fresh folder holding a copy of the figures fixture.
    static func workspace() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("course-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("figures.md"), to: folder.appendingPathComponent("figures.md"))
        return folder
    }

    static func svgIsWellFormed(_ url: URL) throws -> XMLElement {
        let document = try XMLDocument(contentsOf: url)
        return try #require(document.rootElement())
    }

    @Test("Figures are drawn in the terminal and written as SVG files to --out")
    func figures() throws {
        let folder = try Self.workspace()
        let result = try CommandLineTool.run(["run", "figures.md", "--out", "figs", "--width", "70"], in: folder)
        #expect(result.status == 0, "\(result)")
        #expect(Self.golden.mismatch(RunCommandTests.stable(result.output), named: "run-figures.txt") == nil, "\(result)")
        for name in ["line-1.svg", "grid.svg"] {
            let root = try Self.svgIsWellFormed(folder.appendingPathComponent("figs/\(name)"))
            #expect(root.name == "svg")
        }
        let line = try String(contentsOf: folder.appendingPathComponent("figs/line-1.svg"), encoding: .utf8)
        #expect(line.contains("data-label=\"squares\""))
    }

    /// A workspace with `plot.py`, a script that shows a figure, then prints `end`.
    static func plottingWorkspace() throws -> URL {
        let folder = try Self.workspace()
        try "import matplotlib.pyplot as plt\nplt.plot([1, 3, 2])\nplt.show()\nprint('end')\n".write(
            to: folder.appendingPathComponent("plot.py"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test("A script's shown figures are written under the script's name when --out asks, and not drawn into a pipe")
    func scriptFigures() throws {
        let folder = try Self.plottingWorkspace()
        let result = try CommandLineTool.run(["run", "--out", "figs", "plot.py"], in: folder)
        #expect(result.status == 0, "\(result)")
        #expect(result.output == "end\n", "\(result)")
        #expect(try Self.svgIsWellFormed(folder.appendingPathComponent("figs/plot-1.svg")).name == "svg")
    }

    @Test("A script draws a shown figure on standard output with --figures terminal, and writes no file")
    func scriptFiguresOnTerminal() throws {
        let folder = try Self.plottingWorkspace()
        let result = try CommandLineTool.run(["run", "--figures", "terminal", "plot.py"], in: folder)
        #expect(result.status == 0, "\(result)")
        #expect(result.output.split(separator: "\n").count > 10 && result.output.hasSuffix("\nend\n"), "\(result)")
        #expect(result.output.contains("⠉") || result.output.contains("⠒") || result.output.contains("⣀"), "a Braille line\n\(result)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["figures.md", "plot.py"], "\(files)")
    }

    @Test("--full runs only=full cells instead of only=quick ones")
    func full() throws {
        let folder = try Self.workspace()
        let result = try CommandLineTool.run(["run", "figures.md", "--full", "--out", "figs"], in: folder)
        #expect(result.status == 0, "\(result)")
        #expect(result.output.contains("n = 8"), "\(result)")
        #expect(result.output.contains("(runs only in quick runs)"), "\(result)")
    }

    @Test("--section runs up to and including that section, and no further")
    func section() throws {
        let folder = try Self.workspace()
        let result = try CommandLineTool.run(["run", "figures.md", "--section", "a line", "--out", "figs"], in: folder)
        #expect(result.status == 0, "\(result)")
        #expect(result.output.contains("A line") && !result.output.contains("An image"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("figs/grid.svg").path))
    }

    @Test("The exports: a Jupyter notebook, a Markdown file with outputs, one HTML page")
    func exports() throws {
        let folder = try Self.workspace()
        let result = try CommandLineTool.run(
            ["run", "figures.md", "--out", "figs", "--html", "page.html", "--ipynb", "run.ipynb", "--markdown", "run.md"], in: folder)
        #expect(result.status == 0, "\(result)")

        let ipynb = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("run.ipynb"))) as? [String: Any]
        #expect(ipynb?["nbformat"] as? Int == 4 && ipynb?["nbformat_minor"] as? Int == 5)
        let cells = try #require(ipynb?["cells"] as? [[String: Any]])
        let line = try #require(cells.first { $0["id"] as? String == "line" })
        let outputs = try #require(line["outputs"] as? [[String: Any]])
        #expect(outputs.map { $0["output_type"] as? String } == ["stream", "display_data"])
        let data = outputs[1]["data"] as? [String: Any]
        #expect((data?["image/svg+xml"] as? [String])?.first?.hasPrefix("<svg") == true)

        let markdown = try String(contentsOf: folder.appendingPathComponent("run.md"), encoding: .utf8)
        #expect(markdown.contains("```output\nn = 4\n```"))
        #expect(markdown.contains("![line-1.svg](figs/line-1.svg)"))

        let html = try String(contentsOf: folder.appendingPathComponent("page.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<a href=\"#a-line\">"), "the section index links to the sections")
        #expect(html.contains("<h2 id=\"a-line\">"))
        #expect(html.components(separatedBy: "<svg").count - 1 == 3, "every figure output inline (savefig, then the open figure at the end of its cell)")
        #expect(html.contains("<span class=\"keyword\">import</span>"), "code is highlighted")
    }

    static let nbformatAvailable = PythonProcess.canImport("nbformat")

    @Test(
        "nbformat validates the Jupyter export",
        .enabled(if: nbformatAvailable, "python3 cannot import nbformat: pip install nbformat to run this check"))
    func nbformatValidates() throws {
        let folder = try Self.workspace()
        _ = try CommandLineTool.run(["run", "figures.md", "--out", "figs", "--ipynb", "run.ipynb"], in: folder)
        let check = try PythonProcess.run(
            "import nbformat, sys\nnb = nbformat.read(sys.argv[1], as_version=4)\nnbformat.validate(nb)\nprint('valid', nb.nbformat, nb.nbformat_minor)\n",
            arguments: [folder.appendingPathComponent("run.ipynb").path])
        #expect(check == "valid 4 5\n")
    }

    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    @Test(
        "The HTML page renders in headless Chromium",
        .enabled(if: chromium != nil, "no Chromium found: apt-get install chromium to run this check"))
    func browserScreenshot() throws {
        let folder = try Self.workspace()
        _ = try CommandLineTool.run(["run", "figures.md", "--out", "figs", "--html", "page.html"], in: folder)
        let shot = folder.appendingPathComponent("page.png")
        let browser = try BoundedProcess.run(
            URL(fileURLWithPath: Self.chromium!),
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--screenshot=\(shot.path)", "--window-size=1000,1400",
                folder.appendingPathComponent("page.html").absoluteString,
            ], timeout: CommandLineTool.defaultLimit)
        #expect(!browser.timedOut, "Chromium was still running after \(Int(browser.seconds)) s")
        let bytes = try [UInt8](Data(contentsOf: shot))
        #expect(Array(bytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        #expect(bytes.count > 20_000, "a page with text and two figures, not a blank screenshot")
    }

    @Test("Bad output paths exit 2 before anything runs", arguments: [
        (["--out", "figures.md"], "cannot write figures there"),
        (["--html", "missing/page.html"], "missing/page.html: cannot write: the folder missing does not exist"),
        (["--section", "nowhere"], "nowhere"),
    ])
    func badPaths(extra: [String], message: String) throws {
        let folder = try Self.workspace()
        let result = try CommandLineTool.run(["run", "figures.md"] + extra, in: folder)
        #expect(result.status == 2, "\(result)")
        #expect(result.error.contains(message), "\(result)")
        #expect(result.output.isEmpty, "nothing ran\n\(result)")
    }

    /// The course's cells time NumPy and JAX at up to 2^22 elements; a debug build on a
    /// loaded 2-core machine takes well over the default 30 s a cell for some of them (the
    /// benchmark cell generates its random inputs 25 times slower than a release build), and
    /// a cell stopped by its limit fails the run. These runs check what the course prints,
    /// not how fast: cells get a limit no run reaches, and the test's own limit catches a hang.
    static let cellLimit = "600"
    static let wholeCourseLimit: Double = 900

    @Test("The whole course runs in quick mode: exit 0, the four exercises to do")
    func wholeCourse() throws {
        let folder = try Self.workspace()
        let result = try CommandLineTool.run(
            ["run", "--out", "figs", "--width", "100", "--timeout", Self.cellLimit], in: folder, limit: Self.wholeCourseLimit)
        #expect(result.status == 0, "\(result)")
        let summary = result.output.split(separator: "\n").last.map(String.init) ?? ""
        #expect(summary.hasPrefix("31 cells run, 0 failed, 4 to do, 1 skipped, 13 figures"), "\(summary)")
        let figures = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("figs").path).sorted()
        #expect(figures == [
            "bench-expression-1.svg", "bench-sum-1.svg", "broadcast-arrays-1.svg", "broadcast-diagrams-1.svg",
            "broadcast-diagrams-2.svg", "broadcast-diagrams-3.svg", "broadcast-diagrams-4.svg", "broadcast-mismatch-diagram-1.svg",
            "broadcast-shapes-demo-1.svg", "detector-plot-1.svg", "layout-1.svg", "layout-2.svg", "strides-1.svg",
        ])
    }

    @Test("--solutions runs the reference solutions in place of the exercise cells")
    func solutions() throws {
        let folder = try Self.workspace()
        let result = try CommandLineTool.run(
            ["run", "--solutions", "--out", "figs", "--section", "6.2", "--timeout", Self.cellLimit], in: folder,
            limit: Self.wholeCourseLimit)
        #expect(result.status == 0, "\(result)")
        #expect(result.output.contains("reference solution of 'madhava-pi'\npi = 3.1415926535897936 from N = 30 terms"), "\(result)")
        #expect(result.output.contains("answers = [(7, 4), (4, 7), None, (1, 1, 9, 8), (4, 3, 9)]"), "\(result)")
        #expect(result.output.contains("signal: shape (8, 1000), computed with broadcasting"), "\(result)")
        #expect(result.output.contains("fast_normalize(v) divides every vector"), "\(result)")
        #expect(result.output.split(separator: "\n").last?.contains(" 0 to do") == true, "\(result)")
    }
}
