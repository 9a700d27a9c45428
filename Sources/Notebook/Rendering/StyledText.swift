/// Text made of runs that each carry a `TextStyle`; printed with ANSI escapes or without.
public struct StyledText: Hashable, Sendable, ExpressibleByStringLiteral {
    /// A piece of text in one style.
    public struct Run: Hashable, Sendable {
        public var text: String
        public var style: TextStyle
    }

    public private(set) var runs: [Run] = []
    /// Text a program wrote, shown as written: the terminal keeps its trailing spaces.
    public var isVerbatim = false

    public init() {}

    public init(_ text: String, style: TextStyle = .plain) {
        append(text, style: style)
    }

    public init(stringLiteral text: String) {
        self.init(text)
    }

    public mutating func append(_ text: String, style: TextStyle = .plain) {
        guard !text.isEmpty else { return }
        if let last = runs.last, last.style == style {
            runs[runs.count - 1].text += text
        } else {
            runs.append(Run(text: text, style: style))
        }
    }

    public mutating func append(_ other: StyledText) {
        for run in other.runs { append(run.text, style: run.style) }
    }

    public static func + (lhs: StyledText, rhs: StyledText) -> StyledText {
        var result = lhs
        result.append(rhs)
        return result
    }

    /// The same text with `style` added to every run.
    public func adding(_ style: TextStyle) -> StyledText {
        var result = StyledText()
        for run in runs { result.append(run.text, style: run.style.adding(style)) }
        return result
    }

    public var plainText: String { runs.map(\.text).joined() }

    public var isEmpty: Bool { runs.isEmpty }

    /// Columns the text takes in a terminal.
    public var displayWidth: Int { runs.reduce(0) { $0 + $1.text.displayWidth } }

    /// The text with trailing spaces removed.
    public func trimmingTrailingSpaces() -> StyledText {
        var result = self
        while let last = result.runs.last {
            let trimmed = String(last.text.reversed().drop(while: { $0 == " " }).reversed())
            if trimmed.isEmpty {
                result.runs.removeLast()
            } else {
                result.runs[result.runs.count - 1].text = trimmed
                break
            }
        }
        return result
    }

    /// The text for a terminal: with SGR escapes around styled runs when `ansi` is true.
    public func rendered(ansi: Bool) -> String {
        guard ansi else { return plainText }
        var output = ""
        for run in runs {
            let parameters = run.style.sgrParameters
            if parameters.isEmpty {
                output += run.text
            } else {
                output += "\u{1B}[\(parameters)m\(run.text)\u{1B}[0m"
            }
        }
        return output
    }
}
