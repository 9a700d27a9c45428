import Foundation
import Notebook

/// `course reset`: puts an exercise's placeholder sheet back, after saving what the
/// student had as a dated backup in `.backups/` inside the folder. Work is never lost:
/// the backup is written before the sheet is replaced, and each backup has its own name.
public struct SheetReset {
    /// What a reset did.
    public struct Outcome: Sendable, Equatable {
        /// Where the student's previous version was saved, if it differed from the placeholder.
        public var backup: String?
        /// The sheet restored.
        public var sheet: String
    }

    public var folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// Restores `given` in the folder (creating the folder if needed).
    public func reset(_ given: ExerciseSheet, now: Date = Date()) throws(AtomicFile.WriteError) -> Outcome {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw AtomicFile.WriteError(path: folder, reason: "cannot create the folder")
        }
        let path: String
        do {
            path = try ExerciseFolder(path: folder).sheetPath(for: given)
        } catch {
            throw AtomicFile.WriteError(path: folder, reason: error.message)
        }
        var backup: String?
        if let current = FileManager.default.contents(atPath: path), String(decoding: current, as: UTF8.self) != given.text {
            backup = try save(current, of: path, now: now)
        }
        try AtomicFile.write(given.text, to: path)
        return Outcome(backup: backup, sheet: path)
    }

    /// Copies the student's sheet to `.backups/NAME.YYYYMMDD-HHMMSS.md`, never overwriting.
    private func save(_ contents: Data, of path: String, now: Date) throws(AtomicFile.WriteError) -> String {
        let backups = (folder as NSString).appendingPathComponent(".backups")
        do {
            try FileManager.default.createDirectory(atPath: backups, withIntermediateDirectories: true)
        } catch {
            throw AtomicFile.WriteError(path: backups, reason: "cannot create the backup folder")
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension + "." + formatter.string(from: now)
        var candidate = (backups as NSString).appendingPathComponent(stem + ".md")
        var counter = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = (backups as NSString).appendingPathComponent("\(stem)-\(counter).md")
            counter += 1
        }
        guard FileManager.default.createFile(atPath: candidate, contents: contents) else {
            throw AtomicFile.WriteError(path: candidate, reason: "cannot write the backup; the sheet was left as it was")
        }
        return candidate
    }
}
