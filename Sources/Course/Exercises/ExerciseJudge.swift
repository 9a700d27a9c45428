import Interpreter
import Notebook

/// How a check runs.
public struct CheckOptions: Sendable {
    /// Seconds an exercise's answer may run in all (every run and call of its check).
    public var timeout: Double
    /// Show the expected answers where a verdict would otherwise keep them back.
    public var reveal: Bool
    /// The most wall time the detector-signal check spends timing the two versions.
    public var timingBudget: Double

    public init(timeout: Double = 10, reveal: Bool = false, timingBudget: Double = 2) {
        self.timeout = timeout
        self.reveal = reveal
        self.timingBudget = timingBudget
    }
}

/// Judges one exercise: runs the student's answer cells after the exercise's given cells,
/// reads the values it asks for, and compares them in Swift with the reference solution,
/// so nothing the answer rebinds (`np`, `print`, `np.allclose`) can change the verdict.
protocol ExerciseJudge: Sendable {
    var id: String { get }
    /// The verdict on `answer`, whose placeholder is gone; `given` is the course's own sheet.
    func judge(_ answer: ExerciseSheet, given: ExerciseSheet, inspection: AnswerInspection, options: CheckOptions) -> Verdict
}

/// What the answer cells do, read from their syntax before anything runs.
struct AnswerInspection {
    var cells: [(cell: Cell, inspection: SourceInspection)]

    /// Reads every answer cell; a syntax error is an error verdict with CPython's report.
    init(_ sheet: ExerciseSheet) throws(AnswerRun.Stopped) {
        cells = []
        for cell in sheet.answerCells {
            do {
                let source = SourceFile(cell.source, name: sheet.path, firstLine: cell.sourceLines.lowerBound)
                cells.append((cell, try SourceInspection(source)))
            } catch {
                throw AnswerRun.Stopped(verdict: Verdict(.error, "your answer is not valid Python", details: AnswerRun.lines(error.report)))
            }
        }
    }

    var loops: [SourceInspection.Loop] { cells.flatMap(\.inspection.loops) }
    var names: [SourceInspection.NameUse] { cells.flatMap(\.inspection.names) }
    var bindings: [SourceInspection.NameUse] { cells.flatMap(\.inspection.bindings) }
    var attributeCalls: [SourceInspection.NameUse] { cells.flatMap(\.inspection.attributeCalls) }

    /// A failing verdict for the first loop or comprehension, naming its line.
    func loopVerdict(path: String, advice: String) -> Verdict? {
        guard let loop = loops.first else { return nil }
        return Verdict(.fail, "\(path), line \(loop.line) uses \(loop.kind.rawValue); \(advice)")
    }
}
