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

    /// Where a sheet lives or would live: the file whose front matter has its id, else
    /// the catalogue's file name.
    public func sheetPath(for sheet: ExerciseSheet) -> String {
        located[sheet.id] ?? (path as NSString).appendingPathComponent(ExerciseCatalogue.fileName(of: sheet))
    }

    /// The student's sheet of `given`'s exercise: nil when there is none, or the error that
    /// makes it unreadable.
    public func answer(for given: ExerciseSheet) -> Result<ExerciseSheet, NotebookError>? {
        let file = sheetPath(for: given)
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        do {
            let sheet = try ExerciseSheet(contentsOfFile: file)
            guard sheet.id == given.id else {
                return .failure(NotebookError(
                    .invalidFrontMatter, at: SourceLocation(path: file, line: 2),
                    "this sheet says id: \(sheet.id), but its file is the sheet of \(given.id)"))
            }
            return .success(sheet)
        } catch {
            return .failure(error)
        }
    }

    /// The progress state's file: `.course-progress.json` beside the folder.
    public var progressPath: String {
        let parent = ((path as NSString).standardizingPath as NSString).deletingLastPathComponent
        return ((parent.isEmpty ? "." : parent) as NSString).appendingPathComponent(".course-progress.json")
    }

    /// The sheets in the folder by the id their front matter gives (unreadable ones skipped).
    private var located: [String: String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return [:] }
        var found: [String: String] = [:]
        for name in names.sorted() where name.hasSuffix(".md") && name != "README.md" {
            let file = (path as NSString).appendingPathComponent(name)
            guard let text = try? String(contentsOfFile: file, encoding: .utf8), text.hasPrefix("---") else { continue }
            for line in text.split(separator: "\n").prefix(12) where line.hasPrefix("id:") {
                let id = line.dropFirst(3).trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                if found[id] == nil { found[id] = file }
            }
        }
        return found
    }
}
