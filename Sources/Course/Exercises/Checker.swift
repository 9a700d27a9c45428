import Dispatch
import Notebook

/// One exercise's result: which exercise, which sheet, the verdict and how long it took.
public struct ExerciseResult: Sendable, Equatable, Codable {
    public var id: String
    public var title: String
    public var order: Int
    /// The answer sheet checked (or that would be checked, when it is missing).
    public var path: String
    public var verdict: Verdict
    public var seconds: Double
}

/// Judges answer sheets against the course's exercises. Each exercise runs in fresh
/// interpreters, so one answer cannot affect another's verdict.
public struct Checker: Sendable {
    public var options: CheckOptions

    public init(options: CheckOptions = CheckOptions()) {
        self.options = options
    }

    /// Checks the student's sheet of `given`'s exercise in `folder`.
    public func check(_ given: ExerciseSheet, in folder: ExerciseFolder) -> ExerciseResult {
        let (path, answer) = folder.sheet(for: given)
        return check(given, answer: answer, path: path)
    }

    /// Checks a sheet read (or not) from `path`.
    public func check(_ given: ExerciseSheet, answer: Result<ExerciseSheet, NotebookError>?, path: String) -> ExerciseResult {
        let start = DispatchTime.now().uptimeNanoseconds
        let verdict = judge(given, answer: answer, path: path)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return ExerciseResult(id: given.id, title: given.title, order: given.order, path: path, verdict: verdict, seconds: seconds)
    }

    private func judge(_ given: ExerciseSheet, answer: Result<ExerciseSheet, NotebookError>?, path: String) -> Verdict {
        switch answer {
        case nil:
            return Verdict(.notStarted, "there is no answer sheet at \(path); course reset \(given.id) creates it")
        case .failure(let error):
            return Verdict(.error, "the answer sheet cannot be read", details: AnswerRun.lines(error.description))
        case .success(let sheet):
            if let line = sheet.placeholderLine {
                return Verdict(.notStarted, "\(sheet.path), line \(line) still holds the placeholder ...; write your answer there")
            }
            guard let judge = ExerciseCatalogue.judges[given.id] else {
                return Verdict(.error, "this build of course has no check for '\(given.id)'")
            }
            var verdict: Verdict
            do {
                verdict = judge.judge(sheet, given: given, inspection: try AnswerInspection(sheet), options: options)
            } catch {
                verdict = error.verdict
            }
            if sheet.givenCells.map(\.source) != given.givenCells.map(\.source) {
                verdict.details.append("note: the given cells of your sheet differ from the course's; the check runs the course's")
            }
            return verdict
        }
    }
}
