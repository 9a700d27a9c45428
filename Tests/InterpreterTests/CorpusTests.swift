import Foundation
import Interpreter
import Testing
import TestSupport

/// Every program in `Corpus/` prints the same text and ends with the same exception
/// under our interpreter as under CPython.
@Suite struct CorpusTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    static let programs: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".py") }.sorted()
    }()

    /// What our interpreter prints for a program, and how it ends.
    static func run(_ path: String) -> [String: Any] {
        var output = ""
        let interpreter = Interpreter { output += $0 }
        let source = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        var ending: Any = NSNull()
        do {
            try interpreter.run(SourceFile(source, name: URL(fileURLWithPath: path).lastPathComponent))
        } catch let exception as PythonException {
            ending = exception.summary
        } catch let syntax as PythonSyntaxError {
            ending = "\(syntax.kind.rawValue): \(syntax.message)"
        } catch {
            ending = "\(error)"
        }
        return ["output": output, "error": ending]
    }

    @Test("Corpus programs behave as under CPython", .enabled(if: LexerTests.pythonUnavailable == nil, "python3 is not available"))
    func programsMatchCPython() throws {
        #expect(Self.programs.count >= 300, "the corpus must cover the language with at least 300 programs")
        let paths = Self.programs.map { Self.directory.appendingPathComponent($0).path }
        // Programs with a recorded `.expected.json` (JAX's, made by
        // tools/make_corpus_expectations.py) are compared with it; the others with python3.
        let recorded = paths.map { path -> [String: Any]? in
            let fixture = path.replacingOccurrences(of: ".py", with: ".expected.json")
            guard let data = FileManager.default.contents(atPath: fixture) else { return nil }
            return try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        }
        let live = paths.indices.filter { recorded[$0] == nil }
        let answers = try PythonProcess.evaluate(
            script: Self.directory.deletingLastPathComponent().appendingPathComponent("Oracle/python_run.py").path,
            live.map { ["path": paths[$0]] })
        var expected = recorded.map { $0 ?? [:] }
        for (index, answer) in zip(live, answers) { expected[index] = answer }
        for (path, python) in zip(paths, expected) {
            let ours = Self.run(path)
            let name = URL(fileURLWithPath: path).lastPathComponent
            #expect(ours["output"] as? String == python["output"] as? String, "\(name): output differs")
            // A program where the course deliberately differs says how, in a comment.
            let source = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            let override = source.split(separator: "\n").first { $0.hasPrefix("# course ends with: ") }
                .map { String($0.dropFirst("# course ends with: ".count)) }
            #expect("\(ours["error"]!)" == override ?? "\(python["error"]!)", "\(name): ending differs")
        }
    }
}
