import Foundation
import Notebook

/// A student's `Exercises/` folder: one answer sheet per exercise, found by the id in its
/// front matter (so a renamed file still counts), with the progress state beside it.
public struct ExerciseFolder: Sendable {
    /// The folder, as given.
    public var path: String

    /// A folder that must exist; otherwise an error that says how to get one.
    public init(path: String) throws(NotebookError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw NotebookError(
                .fileNotFound, at: SourceLocation(path: path),
                "no exercises folder here; run course from the course's folder, give --exercises DIR, or create the sheets with course reset --all")
        }
        guard isDirectory.boolValue else {
            throw NotebookError(.isDirectory, at: SourceLocation(path: path), "not a folder: --exercises names the folder of answer sheets")
        }
        self.path = path
    }

    /// The student's sheet of `given`'s exercise: where it lives (or would live), and the
    /// sheet read from there, nil when there is none, or the error that makes it unreadable.
    public func sheet(for given: ExerciseSheet) -> (path: String, answer: Result<ExerciseSheet, NotebookError>?) {
        let file = sheetPath(for: given)
        guard FileManager.default.fileExists(atPath: file) else { return (file, nil) }
        do {
            let sheet = try ExerciseSheet(contentsOfFile: file)
            guard sheet.id == given.id else {
                return (file, .failure(NotebookError(
                    .invalidFrontMatter, at: SourceLocation(path: file, line: 2),
                    "this sheet says id: \(sheet.id), but its file is the sheet of \(given.id)")))
            }
            return (file, .success(sheet))
        } catch {
            return (file, .failure(error))
        }
    }

    /// Where a sheet lives or would live: the file whose front matter has its id, else
    /// the catalogue's file name (where an unreadable sheet is found and reported).
    public func sheetPath(for sheet: ExerciseSheet) -> String {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
        for name in names where name.hasSuffix(".md") && name != "README.md" {
            let file = (path as NSString).appendingPathComponent(name)
            if (try? Notebook(contentsOfFile: file))?.frontMatter?["id"]?.string == sheet.id { return file }
        }
        return (path as NSString).appendingPathComponent(ExerciseCatalogue.fileName(of: sheet))
    }

    /// The progress state's file: `.course-progress.json` beside the folder.
    public var progressPath: String {
        let parent = ((path as NSString).standardizingPath as NSString).deletingLastPathComponent
        return ((parent.isEmpty ? "." : parent) as NSString).appendingPathComponent(".course-progress.json")
    }
}
