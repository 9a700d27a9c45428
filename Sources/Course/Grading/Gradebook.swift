import Foundation

/// A teacher's gradebook: one row per student and exercise with the verdict and its
/// message, written as CSV (RFC 4180) and as JSON.
public struct Gradebook: Sendable, Equatable {
    public struct Row: Sendable, Equatable, Codable {
        public var student: String
        public var exercise: String
        public var verdict: String
        public var message: String

        public init(student: String, exercise: String, verdict: String, message: String) {
            self.student = student
            self.exercise = exercise
            self.verdict = verdict
            self.message = message
        }
    }

    /// Rows by student (sorted), then in exercise order.
    public var rows: [Row]

    public init(rows: [Row]) {
        self.rows = rows
    }

    public var csv: String {
        var text = "student,exercise,verdict,message\r\n"
        for row in rows {
            text += [row.student, row.exercise, row.verdict, row.message].map(Self.field).joined(separator: ",") + "\r\n"
        }
        return text
    }

    public var json: String {
        struct Student: Encodable {
            var student: String
            var passed: Int
            var total: Int
            var results: [Result]
        }
        struct Result: Encodable {
            var exercise: String
            var verdict: String
            var message: String
        }
        var students: [Student] = []
        for row in rows {
            if students.last?.student != row.student { students.append(Student(student: row.student, passed: 0, total: 0, results: [])) }
            students[students.count - 1].results.append(Result(exercise: row.exercise, verdict: row.verdict, message: row.message))
            students[students.count - 1].total += 1
            if row.verdict == Verdict.Status.pass.rawValue { students[students.count - 1].passed += 1 }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(["students": students])) ?? Data(), as: UTF8.self) + "\n"
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
