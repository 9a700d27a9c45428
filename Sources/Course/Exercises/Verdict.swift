/// How one exercise was judged: the status, a one-line message, and the lines that say
/// exactly why (expected against got, the failing line, the traceback).
public struct Verdict: Sendable, Equatable, Codable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        case pass
        case fail
        /// The answer cell still holds its `...` placeholder.
        case notStarted = "not started"
        /// The answer raised an exception (or could not be read).
        case error
        /// The answer ran past the time limit.
        case timeout
    }

    public var status: Status
    /// One line: what was found.
    public var message: String
    /// Further lines of explanation, shown indented under the message.
    public var details: [String]
    /// The bonus's own line, when the exercise has one (`bonus (any rank): earned`).
    public var bonus: String?
    /// What the answer printed and warned, for the student to see; never part of the verdict.
    public var output: String

    public init(_ status: Status, _ message: String, details: [String] = [], bonus: String? = nil, output: String = "") {
        self.status = status
        self.message = message
        self.details = details
        self.bonus = bonus
        self.output = output
    }

    public var passed: Bool { status == .pass }
}
