import Charts
import Course
import Foundation
import TestSupport
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `course bench`: its arguments, its table, JSON and figure, and the command end to end.
@Suite("course bench")
struct BenchTests {
    static let golden = Golden(besides: #filePath)

    /// Results with made-up times, so the report's text can be golden.
    static func sampleResults(notes: [String] = []) -> BenchResults {
        var settings = BenchSettings()
        settings.powers = [10, 16, 20]
        settings.loopCap = 16
        var results = BenchResults(settings: settings)
        let times: [(BenchWorkload, BenchVariant, [Double?])] = [
            (.sum, .pythonLoop, [1.1e-4, 7.0e-3, nil]), (.sum, .eager, [3.1e-7, 4.2e-6, 6.6e-5]),
            (.sum, .fused, [3.3e-7, 4.3e-6, 6.5e-5]), (.sum, .numpy, [1.6e-6, 1.9e-5, 3.1e-4]),
            (.expression, .pythonLoop, [4.8e-4, 3.1e-2, nil]), (.expression, .eager, [1.9e-6, 1.1e-4, 2.9e-3]),
            (.expression, .fused, [6.0e-7, 2.0e-5, 4.4e-4]), (.expression, .numpy, [2.6e-6, 1.6e-4, 4.9e-3]),
        ]
        for (workload, variant, seconds) in times {
            for (power, value) in zip(settings.powers, seconds) {
                if let value { results.record(value, workload, variant, power: power) }
            }
        }
        results.notes = notes
        return results
    }

    @Test("--sizes takes powers and ranges, sorted and each once", arguments: [
        ("10", [10]), ("10,12,20-23", [10, 12, 20, 21, 22, 23]), ("23,10-11,10", [10, 11, 23]), (" 4 - 5 ", [4, 5]),
    ])
    func sizes(text: String, powers: [Int]) throws {
        #expect(try BenchSettings.powers(parsing: text) == powers)
    }

    @Test("--sizes that cannot be used say why", arguments: [
        ("", "--sizes : '' is not a power of two like 20 or a range like 10-23"),
        ("ten", "--sizes ten: 'ten' is not a power of two like 20 or a range like 10-23"),
        ("12-10", "--sizes 12-10: the range '12-10' runs backwards"),
        ("10,27", "--sizes 10,27: powers run from 1 to 26, got '27'"),
        ("0-3", "--sizes 0-3: powers run from 1 to 26, got '0-3'"),
        ("1-2-3", "--sizes 1-2-3: '1-2-3' is not a power of two like 20 or a range like 10-23"),
    ])
    func badSizes(text: String, message: String) {
        #expect(throws: BenchError.self) { try BenchSettings.powers(parsing: text) }
        do {
            _ = try BenchSettings.powers(parsing: text)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("--dtype is float32 or float64")
    func dtypes() throws {
        #expect(try BenchSettings.dtype(named: "float64") == .float64)
        #expect(throws: BenchError.badDType("int8")) { try BenchSettings.dtype(named: "int8") }
        #expect(BenchError.badDType("int8").description == "--dtype int8: the benchmarks run in float32 or float64")
    }

    @Test("The table shows each variant that ran, its ratios, and the notes")
    func table() {
        let report = BenchReport(Self.sampleResults(notes: ["JAX jit was not timed: python3 says No module named 'jax'."]))
        #expect(Self.golden.mismatch(report.text, named: "bench-table.txt") == nil)
    }

    @Test("Durations keep three significant figures across units", arguments: [
        (3.1e-7, "310 ns"), (1.234e-6, "1.23 µs"), (4.2e-5, "42.0 µs"), (0.0125, "12.5 ms"), (2.5, "2.50 s"),
    ])
    func durations(seconds: Double, text: String) {
        #expect(BenchReport.duration(seconds) == text)
    }

    @Test("The figure is log-log, one panel per workload, a line per variant, well-formed SVG")
    func figure() throws {
        let figure = BenchReport(Self.sampleResults()).figure
        #expect(figure.panels.map(\.title) == ["sum(x)", "2*x*y + 3*y + 1"])
        #expect(figure.panels.allSatisfy { $0.xScale == .log && $0.yScale == .log })
        #expect(figure.panels[0].lines.map(\.label) == ["Python loop", "eager", "fused", "NumPy"])
        #expect(figure.panels[0].lines[0].x == [1024, 65536], "the loop stops at its cap")
        let svg = SVGRenderer().render(figure)
        let document = try XMLDocument(data: Data(svg.utf8))
        #expect(document.rootElement()?.name == "svg")
        #expect(svg.contains("data-label=\"fused\""))
    }

    @Test("JSON holds the settings and every variant's times, null where it did not run")
    func json() throws {
        let text = Self.sampleResults().json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["dtype"] as? String == "float32")
        #expect(object["sizes"] as? [Int] == [1024, 65536, 1_048_576])
        let workloads = try #require(object["workloads"] as? [String: [String: Any]])
        let seconds = try #require(workloads["2xy+3y+1"]?["seconds"] as? [String: [Any]])
        #expect(Set(seconds.keys) == ["python-loop", "eager", "fused", "numpy"])
        #expect(seconds["python-loop"]?.last is NSNull)
        #expect(seconds["fused"]?.first as? Double == 6.0e-7)
    }

    @Test("course bench times our variants and writes the plot")
    func command() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bench-\(UUID().uuidString)")
        let result = try CommandLineTool.run(
            ["bench", "--sizes", "8,10", "--repeat", "1", "--min-time", "0.001", "--loop-cap", "8", "--out", folder.path])
        #expect(result.status == 0, "\(result)")
        #expect(result.error.isEmpty, "no progress bar when standard error is not a terminal\n\(result)")
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "sum(x), float32")
        #expect(lines[1].contains("Python loop") && lines[1].contains("eager") && lines[1].contains("fused"))
        #expect(lines[2].hasPrefix("2^8 ") && lines[3].hasPrefix("2^10 "))
        #expect(lines[3].contains(" - "), "2^10 is above the loop cap")
        #expect(result.output.contains("[figure: \(folder.path)/bench.svg]"), "\(result)")
        let svg = try XMLDocument(contentsOf: folder.appendingPathComponent("bench.svg"))
        #expect(svg.rootElement()?.name == "svg")
    }

    @Test("--json prints the times alone, for scripts")
    func commandJSON() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bench-\(UUID().uuidString)")
        let result = try CommandLineTool.run(
            ["bench", "--sizes", "9", "--dtype", "float64", "--repeat", "1", "--min-time", "0.001", "--json", "--out", folder.path])
        #expect(result.status == 0, "\(result)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["dtype"] as? String == "float64")
        let workloads = try #require(object["workloads"] as? [String: [String: Any]])
        for workload in ["sum", "2xy+3y+1"] {
            let seconds = try #require(workloads[workload]?["seconds"] as? [String: [Double]])
            #expect(Set(seconds.keys) == ["python-loop", "eager", "fused"])
            #expect(seconds.values.allSatisfy { $0.count == 1 && $0[0] > 0 })
        }
    }

    @Test("--compare times the real NumPy beside ours (skipped without NumPy)",
          .enabled(if: PythonProcess.canImport("numpy"), "python3 has no NumPy"))
    func compare() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bench-\(UUID().uuidString)")
        let result = try CommandLineTool.run(
            ["bench", "--sizes", "10", "--repeat", "1", "--min-time", "0.001", "--loop-cap", "10", "--compare", "--json", "--out", folder.path])
        #expect(result.status == 0, "\(result)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let workloads = try #require(object["workloads"] as? [String: [String: Any]])
        let seconds = try #require(workloads["sum"]?["seconds"] as? [String: [Double]])
        #expect(seconds["numpy"]?.first ?? 0 > 0)
        #expect(seconds["cpython-loop"]?.first ?? 0 > 0)
        let notes = object["notes"] as? [String] ?? []
        #expect(seconds["jax"] != nil || notes.contains { $0.hasPrefix("JAX jit was not timed") })
    }

    @Test("Arguments that cannot be used exit 2 with the reason and print nothing", arguments: [
        (["--sizes", "12-10"], "the range '12-10' runs backwards"),
        (["--dtype", "int8"], "--dtype int8: the benchmarks run in float32 or float64"),
        (["--repeat", "0"], "--repeat must be at least 1"),
        (["--min-time", "0"], "--min-time must be a positive number of seconds"),
    ])
    func badArguments(arguments: [String], message: String) throws {
        let result = try CommandLineTool.run(["bench"] + arguments)
        #expect(result.status == 2, "\(result)")
        #expect(result.output.isEmpty, "\(result)")
        #expect(result.error.contains(message), "\(result)")
    }

    @Test("An output folder that is a file exits 2 before anything is timed")
    func badFolder() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bench-file-\(UUID().uuidString)")
        try Data().write(to: file)
        let result = try CommandLineTool.run(["bench", "--sizes", "10", "--out", file.path])
        #expect(result.status == 2, "\(result)")
        #expect(result.error.contains("is a file, not a folder"), "\(result)")
    }
}
