/// A place in a notebook's source: the file (or the name given to a string) and,
/// where there is one, a 1-based line.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The path as the user gave it, or a descriptive name such as `<string>`.
    public var path: String
    /// The 1-based line, when the location is a line rather than the whole file.
    public var line: Int?

    public init(path: String, line: Int? = nil) {
        self.path = path
        self.line = line
    }

    /// `path:line`, or just `path` when there is no line: the form editors and terminals link.
    public var description: String {
        if let line { return "\(path):\(line)" }
        return path
    }
}
