/// Why a notebook could not be read or a request on it could not be met.
///
/// Every error names the file and, where there is one, the line. Its description
/// reads like a compiler diagnostic, followed by notes (a first use, candidates):
///
///     notebooks/course.md:30: error: duplicate cell id 'setup'
///     notebooks/course.md:12: note: 'setup' is first used here
public struct NotebookError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, for callers that react differently to each case.
    public enum Kind: Hashable, Sendable {
        case fileNotFound
        case isDirectory
        case unreadable
        case invalidUTF8
        case unterminatedFrontMatter
        case invalidFrontMatter
        case invalidCellAttribute
        case duplicateCellID
        case unknownSection
        case ambiguousSection
        /// A Jupyter notebook that is not valid JSON in nbformat 4's shape.
        case invalidJupyterNotebook
    }

    public var kind: Kind
    public var location: SourceLocation
    public var message: String
    /// Further lines printed under the message: related locations, candidates, advice.
    public var notes: [String]

    public init(_ kind: Kind, at location: SourceLocation, _ message: String, notes: [String] = []) {
        self.kind = kind
        self.location = location
        self.message = message
        self.notes = notes
    }

    public var description: String {
        ([Diagnostic.format(.error, at: location, message)] + notes).joined(separator: "\n")
    }
}
