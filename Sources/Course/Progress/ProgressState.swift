import Foundation

/// What the student has done so far, kept in `.course-progress.json` beside `Exercises/`:
/// each exercise's last verdict and when it was checked, and how many hints were shown.
/// Written atomically; a missing file is a fresh start, an unreadable one an error.
public struct ProgressState: Codable, Sendable, Equatable {
    public struct Entry: Codable, Sendable, Equatable {
        /// The last verdict (`pass`, `fail`, `not started`, `error`, `timeout`), if checked.
        public var status: Verdict.Status?
        /// When it was last checked (ISO 8601).
        public var checked: String?
        /// How many of its hints `course hint` has shown.
        public var hintsShown: Int = 0

        public init(status: Verdict.Status? = nil, checked: String? = nil, hintsShown: Int = 0) {
            self.status = status
            self.checked = checked
            self.hintsShown = hintsShown
        }
    }

    public var version = 1
    public var exercises: [String: Entry] = [:]

    public init() {}

    /// The state at `path`, or a fresh one when the file does not exist.
    public static func load(from path: String) throws(AtomicFile.WriteError) -> ProgressState {
        guard FileManager.default.fileExists(atPath: path) else { return ProgressState() }
        guard let data = FileManager.default.contents(atPath: path),
            let state = try? JSONDecoder().decode(ProgressState.self, from: data)
        else {
            throw AtomicFile.WriteError(path: path, reason: "the progress state is not valid JSON; delete it to start afresh")
        }
        return state
    }

    public func save(to path: String) throws(AtomicFile.WriteError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = (try? encoder.encode(self)) ?? Data()
        try AtomicFile.write(String(decoding: data, as: UTF8.self) + "\n", to: path)
    }

    /// Records the verdicts of a check.
    public mutating func record(_ results: [ExerciseResult], at date: Date = Date()) {
        let stamp = ISO8601DateFormatter().string(from: date)
        for result in results {
            exercises[result.id, default: Entry()].status = result.verdict.status
            exercises[result.id, default: Entry()].checked = stamp
        }
    }

    /// How many of `ids` have passed.
    public func done(_ ids: [String]) -> Int {
        ids.filter { exercises[$0]?.status == .pass }.count
    }
}
