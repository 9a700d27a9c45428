import Foundation
import Notebook

/// Which sheets a `course check` judges: every exercise of the folder in order, or the
/// exercises named by id, or answer sheets given as files.
public struct CheckRequest: Sendable {
    /// One sheet to check: the course's sheet, the student's (nil when missing), and its path.
    public struct Target: Sendable {
        public var given: ExerciseSheet
        public var answer: Result<ExerciseSheet, NotebookError>?
        public var path: String

        /// The student's sheet of `given` in `folder`.
        init(given: ExerciseSheet, in folder: ExerciseFolder) {
            self.given = given
            (path, answer) = folder.sheet(for: given)
        }

        init(given: ExerciseSheet, answer: Result<ExerciseSheet, NotebookError>?, path: String) {
            self.given = given
            self.answer = answer
            self.path = path
        }
    }

    public var targets: [Target]

    /// Resolves the command's arguments. An argument ending in `.md` is a sheet file; any
    /// other is an exercise id looked up in `folder`. Unknown ids and missing files are
    /// errors that say what exists.
    public static func resolve(_ arguments: [String], folder: () throws(NotebookError) -> ExerciseFolder) throws(NotebookError) -> CheckRequest {
        let sheets = try ExerciseCatalogue.sheets()
        if arguments.isEmpty {
            let folder = try folder()
            return CheckRequest(targets: sheets.map { Target(given: $0, in: folder) })
        }
        var targets: [Target] = []
        for argument in arguments {
            if argument.hasSuffix(".md") {
                guard FileManager.default.fileExists(atPath: argument) else {
                    throw NotebookError(.fileNotFound, at: SourceLocation(path: argument), "no such answer sheet")
                }
                let sheet = try ExerciseSheet(contentsOfFile: argument)
                guard let given = sheets.first(where: { $0.id == sheet.id }) else {
                    throw NotebookError(
                        .invalidFrontMatter, at: SourceLocation(path: argument, line: 2),
                        "no exercise '\(sheet.id)'; the exercises are \(sheets.map(\.id).joined(separator: ", "))")
                }
                targets.append(Target(given: given, answer: .success(sheet), path: argument))
            } else {
                let given = try ExerciseCatalogue.sheet(argument)
                targets.append(Target(given: given, in: try folder()))
            }
        }
        return CheckRequest(targets: targets)
    }
}
