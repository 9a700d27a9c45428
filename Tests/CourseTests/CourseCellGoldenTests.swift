import Charts
import Course
import Foundation
import Notebook
import TestSupport
import Testing

/// The bundled course, run in quick mode in-process: every cell whose output does not
/// depend on timing or on unseeded random numbers is golden, with memory addresses
/// masked; the JAX facts the "last bit" cell quotes match the committed fixture.
@Suite("The course's cells, golden")
struct CourseCellGoldenTests {
    static let golden = Golden(besides: #filePath)
    static let fixtures = CommandLineTool.repository.appendingPathComponent("Tests/CourseTests/Fixtures")

    /// Cells left out, each with why its output changes from run to run.
    static let variable: [String: String] = [
        "loop-versus-vectorised": "timings",
        "bench-sum": "timings (plotted)",
        "bench-expression": "timings (plotted)",
        "detector-setup": "timings",
        "detector-plot": "unseeded random noise (plotted)",
    ]

    /// Hex addresses keep their length, so drawings stay aligned: 0x55d1c0 → 0x######.
    static func masked(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(of: "0x") {
            result += rest[..<range.lowerBound] + "0x"
            rest = rest[range.upperBound...]
            let digits = rest.prefix { $0.isHexDigit }
            result += String(repeating: "#", count: digits.count)
            rest = rest.dropFirst(digits.count)
        }
        result += rest
        return result.replacing(/\d+ bytes (before|after) the first/) { _ in "N bytes before or after the first" }
    }

    static func text(of outputs: [CellOutput]) -> String {
        var lines: [String] = []
        for output in outputs {
            switch output {
            case .stream(.stdout, let text), .error(let text): lines.append(text.hasSuffix("\n") ? String(text.dropLast()) : text)
            case .stream(.stderr, let text):
                lines += (text.hasSuffix("\n") ? String(text.dropLast()) : text).split(separator: "\n", omittingEmptySubsequences: false)
                    .map { "stderr: " + $0 }
            case .result(let text): lines.append("Out: " + text)
            case .note(let text): lines.append("note: " + text)
            case .figure(let figure, _): lines += TerminalChart(width: 100).render(figure)
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test("Every timing-independent cell of the course gives its golden output")
    func cells() throws {
        let notebook = try BundledCourse.load(nil)
        // A limit no run reaches: what the cells print is checked here, not how fast they run
        // (RunExportTests says why the default 30 s is not enough for a loaded debug build).
        var run = NotebookRun(
            notebook: notebook, options: RenderOptions(width: 100), file: BundledCourse.fileName,
            limits: CellExecutor.Limits(timeout: 600))
        run.figureFolder = nil
        let executed = run.run { _ in }
        let failures = notebook.cells.compactMap { cell -> String? in
            guard let outcome = executed.outcomes[cell.fenceLine], outcome.status == .failed else { return nil }
            return "line \(cell.fenceLine):\n" + Self.text(of: outcome.outputs)
        }
        #expect(executed.summary.failed == 0, "\(failures.joined(separator: "\n"))")
        var text = ""
        for cell in notebook.cells {
            let name = cell.attributes.id ?? cell.attributes.exercise ?? "line \(cell.fenceLine)"
            if let reason = Self.variable[name] {
                text += "── \(name): not golden, \(reason)\n\n"
                continue
            }
            guard let outcome = executed.outcomes[cell.fenceLine] else {
                text += "── \(name): not run\n\n"
                continue
            }
            text += "── \(name)\n" + Self.masked(Self.text(of: outcome.outputs)) + "\n\n"
        }
        #expect(Self.golden.mismatch(text, named: "course-cells.txt") == nil)
    }

    @Test("The last-bit cell quotes the JAX facts committed by tools/make_last_bit_facts.py")
    func lastBitFacts() throws {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("last-bit-jax.json"))
        let facts = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let differ = try #require(facts["differ"] as? Int)
        let largest = try #require(facts["largest_difference"] as? Double)
        let version = try #require(facts["jax"] as? String)
        let cell = try #require(try BundledCourse.load(nil).cells.first { $0.attributes.id == "last-bit" })
        #expect(cell.source.contains("xla_differ, xla_largest = \(differ), \(largest)"))
        #expect(cell.source.contains("JAX \(version)"))
        #expect(differ > 0, "XLA's contraction changes some results in the last bit")
    }
}
