import Foundation
import Notebook

/// The course's exercises: the placeholder sheets bundled with the product (in order),
/// and the judge of each.
public enum ExerciseCatalogue {
    static let judges: [String: any ExerciseJudge] = {
        let all: [any ExerciseJudge] = [MadhavaPiJudge(), BroadcastShapesJudge(), DetectorSignalJudge(), NormalizeJudge()]
        return Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
    }()

    /// The placeholder sheets, in the course's order (read once per process).
    public static func sheets() throws(NotebookError) -> [ExerciseSheet] {
        try bundled.get()
    }

    private static let bundled: Result<[ExerciseSheet], NotebookError> = Result { () throws(NotebookError) in try readBundled() }

    private static func readBundled() throws(NotebookError) -> [ExerciseSheet] {
        guard let folder = Bundle.module.url(forResource: "Exercises", withExtension: nil),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else {
            throw NotebookError(
                .fileNotFound, at: SourceLocation(path: "Exercises"), "the bundled answer sheets are missing from this build of course")
        }
        var sheets: [ExerciseSheet] = []
        for name in names.sorted() where name.hasSuffix(".md") {
            sheets.append(try ExerciseSheet(contentsOfFile: folder.appendingPathComponent(name).path))
        }
        return sheets.sorted { $0.order < $1.order }
    }

    /// The placeholder sheet of `id`, or an error that lists the exercises.
    public static func sheet(_ id: String) throws(NotebookError) -> ExerciseSheet {
        let all = try sheets()
        guard let sheet = all.first(where: { $0.id == id }) else {
            throw NotebookError(
                .unknownSection, at: SourceLocation(path: id),
                "no exercise '\(id)'; the exercises are \(all.map(\.id).joined(separator: ", "))")
        }
        return sheet
    }

    /// The file name of a sheet in a student's folder: `01-madhava-pi.md`.
    public static func fileName(of sheet: ExerciseSheet) -> String {
        String(format: "%02d-", sheet.order) + sheet.id + ".md"
    }
}
