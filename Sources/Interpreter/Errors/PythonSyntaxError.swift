/// A cell that cannot be read as Python: CPython's `SyntaxError` (or its subclasses
/// `IndentationError` and `TabError`), with its message and where it was found.
public struct PythonSyntaxError: Error, Equatable, Sendable {
    /// Which of CPython's exception types this is.
    public enum Kind: String, Sendable {
        case syntaxError = "SyntaxError"
        case indentationError = "IndentationError"
        case tabError = "TabError"
    }

    public var kind: Kind
    public var message: String
    /// The file name, as the source file gives it.
    public var file: String
    public var location: SourceLocation
    /// The text of the offending line.
    public var lineText: String

    public init(_ kind: Kind = .syntaxError, _ message: String, file: String, location: SourceLocation, lineText: String) {
        self.kind = kind
        self.message = message
        self.file = file
        self.location = location
        self.lineText = lineText
    }

    /// The report as CPython prints it: the file and line, the line itself (stripped of
    /// its indentation) with a caret under the offending column, then the type and message.
    public var report: String {
        var lines = ["  File \"\(file)\", line \(location.line)"]
        let scalars = Array(lineText.unicodeScalars)
        let indentation = scalars.prefix(while: { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }).count
        var trimmed = String.UnicodeScalarView()
        trimmed.append(contentsOf: scalars[indentation...])
        let shown = String(trimmed).trimmingTrailingWhitespace
        if !shown.isEmpty {
            lines.append("    " + shown)
            let caretColumn = Swift.max(0, Swift.min(location.column - indentation, shown.unicodeScalars.count))
            lines.append("    " + String(repeating: " ", count: caretColumn) + "^")
        }
        lines.append("\(kind.rawValue): \(message)")
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// The string without trailing spaces, tabs, form feeds and line breaks.
    var trimmingTrailingWhitespace: String {
        var scalars = Array(unicodeScalars)
        while let last = scalars.last, last == " " || last == "\t" || last == "\n" || last == "\r" || last == "\u{0C}" {
            scalars.removeLast()
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
