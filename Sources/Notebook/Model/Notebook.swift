import Foundation

/// A Markdown notebook: optional front matter, a preamble before the first heading,
/// and a tree of sections whose blocks are prose and cells.
///
/// ```swift
/// let notebook = try Notebook(contentsOfFile: "notebooks/numpy-jax.md")
/// for section in notebook.allSections { print(section.numberText, section.title) }
/// ```
public struct Notebook: Hashable, Sendable {
    /// The file's path as given, or the name given to parsed text (`<string>` by default).
    public var origin: String
    public var frontMatter: FrontMatter?
    /// Blocks before the first heading.
    public var preamble: [NotebookBlock]
    /// The top-level sections.
    public var sections: [Section]
    /// Problems that do not stop the notebook from being used, such as unknown cell attributes.
    public var warnings: [Diagnostic]
    /// The Markdown text the notebook was parsed from (empty when built in code).
    public var sourceText = ""

    public init(
        origin: String, frontMatter: FrontMatter? = nil, preamble: [NotebookBlock] = [],
        sections: [Section] = [], warnings: [Diagnostic] = []
    ) {
        self.origin = origin
        self.frontMatter = frontMatter
        self.preamble = preamble
        self.sections = sections
        self.warnings = warnings
    }

    /// Parses Markdown text; `origin` names it in messages.
    public init(parsing text: String, origin: String = "<string>") throws(NotebookError) {
        var parser = NotebookParser(origin: origin)
        self = try parser.parse(text)
        sourceText = text
    }

    /// Reads and parses a notebook file. The path is kept as given, for messages.
    public init(contentsOfFile path: String) throws(NotebookError) {
        let bytes = try Self.read(path)
        switch SourceText.decode(bytes) {
        case .success(let text):
            try self.init(parsing: text, origin: path)
        case .failure(let bad):
            throw NotebookError(
                .invalidUTF8, at: SourceLocation(path: path, line: bad.line),
                "the file is not UTF-8 text: byte 0x\(String(bad.value, radix: 16, uppercase: true)) "
                    + "at column \(bad.column) cannot start or continue a character")
        }
    }

    private static func read(_ path: String) throws(NotebookError) -> [UInt8] {
        let location = SourceLocation(path: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw NotebookError(.fileNotFound, at: location, "no such file")
        }
        guard !isDirectory.boolValue else {
            throw NotebookError(.isDirectory, at: location, "is a directory, not a notebook")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NotebookError(.unreadable, at: location, "cannot be read (check its permissions)")
        }
        return [UInt8](data)
    }

    /// The notebook's title: the front matter's `title`, else the title heading, else the file name.
    public var title: String {
        if let title = frontMatter?.title { return title }
        if let only = sections.first, sections.count == 1, only.number.isEmpty { return only.title }
        let name = (origin as NSString).lastPathComponent
        return (name as NSString).deletingPathExtension
    }

    /// Every section, depth first, in document order.
    public var allSections: [Section] { sections.flatMap(\.flattened) }

    /// Every cell, in document order.
    public var cells: [Cell] {
        preamble.compactMap(\.cell) + allSections.flatMap(\.cells)
    }

    /// A location in this notebook, for messages.
    public func location(line: Int? = nil) -> SourceLocation {
        SourceLocation(path: origin, line: line)
    }
}
