/// A code cell: a top-level fenced block whose info string starts with `python`.
public struct Cell: Hashable, Sendable {
    /// The language named first in the info string (always `python` for now).
    public var language: String
    /// The attributes after the language.
    public var attributes: CellAttributes
    /// The code, one `\n` after each line.
    public var source: String
    /// The line of the opening fence.
    public var fenceLine: Int
    /// The lines holding the code (empty for an empty cell). The code's first line is
    /// `sourceLines.lowerBound`, so a line `k` (0-based) of `source` is line `lowerBound + k` of the file.
    public var sourceLines: Range<Int>
    /// Every line of the block: the opening fence to the closing one (or the end of the file).
    public var lines: ClosedRange<Int>

    public init(
        language: String, attributes: CellAttributes, source: String,
        fenceLine: Int, sourceLines: Range<Int>, lines: ClosedRange<Int>
    ) {
        self.language = language
        self.attributes = attributes
        self.source = source
        self.fenceLine = fenceLine
        self.sourceLines = sourceLines
        self.lines = lines
    }

    /// The fence's info string rebuilt from the language and attributes, values quoted where needed.
    public var infoString: String {
        ([language] + attributeTexts).joined(separator: " ")
    }

    /// Each attribute as the info string writes it (`id=setup`, `skip`), values quoted where needed.
    public var attributeTexts: [String] { attributes.all.map(Self.format) }

    /// Whether the cell belongs to an exercise.
    public var isExercise: Bool { attributes.exercise != nil }

    private static func format(_ attribute: CellAttributes.Attribute) -> String {
        guard let value = attribute.value else { return attribute.key }
        let needsQuotes = value.isEmpty || value.contains { $0 == " " || $0 == "\"" || $0 == "'" || $0 == "=" }
        guard needsQuotes else { return "\(attribute.key)=\(value)" }
        let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\(attribute.key)=\"\(escaped)\""
    }
}
