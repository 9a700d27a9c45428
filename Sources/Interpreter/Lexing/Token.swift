/// One token of Python source, as CPython's tokenizer splits it.
public struct Token: Equatable, Sendable {
    /// The token's category (CPython's `tokenize` names in the comments).
    public enum Kind: Equatable, Sendable {
        /// An identifier or a keyword (NAME).
        case name
        /// A numeric literal (NUMBER).
        case number(NumberLiteral)
        /// One string literal with its prefix and quotes (STRING); adjacent literals are
        /// separate tokens, joined by the parser.
        case string(StringLiteral)
        /// An operator or delimiter (OP).
        case `operator`
        /// The end of a logical line (NEWLINE).
        case newline
        /// A deeper indentation level begins (INDENT).
        case indent
        /// An indentation level ends (DEDENT).
        case dedent
        /// The end of the source (ENDMARKER).
        case end
    }

    public var kind: Kind
    /// The token's source text (empty for DEDENT and the end; the line break for NEWLINE).
    public var text: String
    public var start: SourceLocation
    public var end: SourceLocation

    /// Whether this is the keyword or operator `text`.
    public func `is`(_ text: String) -> Bool {
        switch kind {
        case .name, .operator: self.text == text
        default: false
        }
    }

    /// Python's reserved words (soft keywords such as `match` are names).
    public static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]

    /// Whether this is a name that is not a keyword.
    public var isIdentifier: Bool { kind == .name && !Self.keywords.contains(text) }
}

/// A numeric literal's value: integers keep their digits (Python's ints have no size
/// limit), floats are parsed with correct rounding.
public enum NumberLiteral: Equatable, Sendable {
    /// An integer: its digits without underscores or prefix, and their base.
    case integer(digits: String, radix: Int)
    case float(Double)
    /// An imaginary literal such as `2j` (the value of its imaginary part).
    case imaginary(Double)
}

/// A string literal: plain text, or an f-string's pieces.
public enum StringLiteral: Equatable, Sendable {
    case plain(String)
    case formatted([FormatPiece])
    /// A bytes literal (`b'...'`), its byte values.
    case bytes([UInt8])
}

/// A piece of an f-string: literal text, or a replacement field.
public indirect enum FormatPiece: Equatable, Sendable {
    case text(String)
    case field(FormatField)
}

/// A replacement field `{expression!conversion:spec}` of an f-string.
public struct FormatField: Equatable, Sendable {
    /// The expression's source text, exactly as written between the braces.
    public var expression: String
    /// Where the expression starts in the file.
    public var location: SourceLocation
    /// For a field ending in `=` (`f"{x = }"`), the text shown before the value: the
    /// expression as written, the `=` and the spaces around it.
    public var selfDocumenting: String?
    /// `r`, `s` or `a` after `!`.
    public var conversion: Character?
    /// The format spec after `:`, itself possibly holding nested fields.
    public var spec: [FormatPiece]

    public init(expression: String, location: SourceLocation, selfDocumenting: String?, conversion: Character?, spec: [FormatPiece]) {
        self.expression = expression
        self.location = location
        self.selfDocumenting = selfDocumenting
        self.conversion = conversion
        self.spec = spec
    }
}
