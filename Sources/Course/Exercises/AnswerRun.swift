import Dispatch
import Interpreter
import Notebook
import TensorCore

/// One fresh, sandboxed interpreter for judging an answer: it runs the exercise's given
/// cells, then the student's answer cells, within one time budget, and keeps what the
/// answer printed apart from anything the checker decides.
final class AnswerRun {
    /// Why a run stopped before the judge could look at its values.
    struct Stopped: Error {
        var verdict: Verdict
    }

    let interpreter: Interpreter
    let exerciseID: String
    private let deadline: UInt64
    private let limit: Double
    private var printed = ""
    private static let printedLimit = 4_000

    /// A run with `limit` seconds for everything it runs (given cells, answer, calls).
    init(exercise: String, limit: Double) {
        exerciseID = exercise
        self.limit = limit
        deadline = DispatchTime.now().uptimeNanoseconds + UInt64(limit * 1e9)
        var sink: ((String) -> Void)?
        interpreter = Interpreter(write: { sink?($0) }, warn: { sink?($0) })
        sink = { [unowned self] text in
            if printed.count < Self.printedLimit { printed += text }
        }
    }

    /// What the answer printed and warned so far (cut at a few thousand characters).
    var output: String {
        printed.count < Self.printedLimit ? printed : String(printed.prefix(Self.printedLimit)) + "\n… (output cut)\n"
    }

    /// Seconds left of the budget.
    var remaining: Double {
        let now = DispatchTime.now().uptimeNanoseconds
        return now >= deadline ? 0 : Double(deadline - now) / 1e9
    }

    /// Runs the given cells of the course's own copy of the sheet. A failure there is the
    /// course's fault, reported as an error that says so.
    func runGiven(_ sheet: ExerciseSheet) throws(Stopped) {
        for cell in sheet.givenCells {
            do {
                try interpreter.run(
                    SourceFile(cell.source, name: "given setup of \(sheet.id)", firstLine: cell.sourceLines.lowerBound),
                    timeout: remaining)
            } catch {
                throw Stopped(verdict: Verdict(.error, "the exercise's given setup failed; this is a fault in the course, not in your answer",
                    details: Self.lines("\(error)"), output: output))
            }
        }
    }

    /// Runs the answer cells of the student's sheet, with tracebacks in the sheet's lines.
    func runAnswer(_ cells: [Cell], path: String) throws(Stopped) {
        for cell in cells {
            try run(SourceFile(cell.source, name: path, firstLine: cell.sourceLines.lowerBound))
        }
    }

    /// Runs source in the run's namespace; an exception becomes an error (or timeout) verdict.
    func run(_ source: SourceFile) throws(Stopped) {
        do {
            try interpreter.run(source, timeout: max(remaining, 0.001))
        } catch {
            throw Stopped(verdict: verdict(for: error, doing: "your answer raised"))
        }
    }

    /// Calls a function the answer defined; an exception becomes an error or timeout verdict.
    func call(_ name: String, with arguments: [PythonValue], describing call: String) throws(Stopped) -> PythonValue {
        do {
            return try interpreter.call(name, with: arguments, timeout: max(remaining, 0.001))
        } catch {
            throw Stopped(verdict: verdict(for: error, doing: "\(call) raised"))
        }
    }

    /// The verdict for an exception out of the answer: a timeout said plainly, a syntax
    /// error with its caret, anything else with its traceback.
    func verdict(for error: Error, doing action: String) -> Verdict {
        if let exception = error as? PythonException {
            if exception.typeName == "TimeoutError" && remaining <= 0.01 {
                return Verdict(
                    .timeout, "timed out: the answer was still running after \(Self.seconds(limit))",
                    details: ["Is there a loop that never ends, or an array far larger than the exercise needs?"],
                    output: output)
            }
            return Verdict(.error, "\(action) \(exception.typeName)", details: Self.lines(exception.report), output: output)
        }
        if let syntax = error as? PythonSyntaxError {
            return Verdict(.error, "your answer is not valid Python", details: Self.lines(syntax.report), output: output)
        }
        return Verdict(.error, "\(action) an error", details: Self.lines("\(error)"), output: output)
    }

    /// A global the answer must define, or a failing verdict that names it.
    func required(_ name: String) throws(Stopped) -> PythonValue {
        guard let value = interpreter.value(of: name) else {
            throw Stopped(verdict: Verdict(.fail, "your answer does not define '\(name)'", output: output))
        }
        return value
    }

    static func lines(_ text: String) -> [String] {
        var body = Substring(text)
        while body.hasSuffix("\n") { body = body.dropLast() }
        return body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
