import Foundation

extension CheckReport {
    /// The report in Exercism's test-runner shape (version 3): `status` pass when every
    /// exercise checked passed, fail otherwise; one test per exercise, in order, whose
    /// status is pass, fail (a wrong or unstarted answer) or error (an exception or a
    /// timeout). `verdict` keeps the checker's own word, and `output` what the answer
    /// printed, cut at 500 characters as Exercism asks.
    public func json() -> String {
        struct Test: Encodable {
            var name: String
            var status: String
            var verdict: String
            var message: String
            var output: String?
            var task_id: Int
        }
        struct Results: Encodable {
            var version = 3
            var status: String
            var message: String?
            var progress: String
            var tests: [Test]
        }
        let tests = results.map { result in
            let verdict = result.verdict
            var message = ([verdict.message] + verdict.details.map { "  " + $0 }).joined(separator: "\n")
            if let bonus = verdict.bonus { message += "\n" + bonus }
            let output = verdict.output.isEmpty ? nil : String(verdict.output.prefix(500))
            return Test(
                name: result.id, status: Self.exercismStatus(verdict.status), verdict: verdict.status.rawValue,
                message: message, output: output, task_id: result.order)
        }
        let failing = results.filter { !$0.verdict.passed }.map(\.id)
        let report = Results(
            status: passed ? "pass" : "fail",
            message: failing.isEmpty ? nil : "not passed: \(failing.joined(separator: ", "))",
            progress: progressLine, tests: tests)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(report)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
    }

    static func exercismStatus(_ status: Verdict.Status) -> String {
        switch status {
        case .pass: "pass"
        case .fail, .notStarted: "fail"
        case .error, .timeout: "error"
        }
    }
}
