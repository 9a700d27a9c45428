import Course
import Foundation
import Notebook

/// Builds answer sheets from the course's own by replacing the placeholder answer cell,
/// and judges them, as `course check` does.
enum AnswerHarness {
    static let sheets: [String: ExerciseSheet] = {
        Dictionary(uniqueKeysWithValues: try! ExerciseCatalogue.sheets().map { ($0.id, $0) })
    }()

    /// The sheet of `exercise` with its answer cell's code replaced by `answer`.
    static func sheet(_ exercise: String, answer: String) throws -> ExerciseSheet {
        let given = sheets[exercise]!
        let cell = given.answerCells[0]
        var lines = given.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Lines are numbered from 1; the cell's code is lines sourceLines of the file.
        lines.replaceSubrange((cell.sourceLines.lowerBound - 1)..<(cell.sourceLines.upperBound - 1), with: [answer])
        let path = "Exercises/" + ExerciseCatalogue.fileName(of: given)
        return try ExerciseSheet(parsing: lines.joined(separator: "\n"), path: path)
    }

    static func verdict(_ exercise: String, _ answer: String, options: CheckOptions = CheckOptions()) throws -> Verdict {
        let given = sheets[exercise]!
        let sheet = try sheet(exercise, answer: answer)
        return Checker(options: options).check(given, answer: .success(sheet), path: sheet.path).verdict
    }
}
