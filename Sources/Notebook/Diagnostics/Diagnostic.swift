/// A warning found while reading a notebook: the notebook is usable, but something in it
/// is probably not what its author meant (an unknown cell attribute, an unclosed fence).
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable {
        case error, warning, note
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    public var description: String { Self.format(severity, at: location, message) }

    /// `path:line: severity: message`.
    static func format(_ severity: Severity, at location: SourceLocation, _ message: String) -> String {
        "\(location): \(severity.rawValue): \(message)"
    }
}
