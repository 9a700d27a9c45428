import Yams

/// Finds and parses the YAML front matter at the top of a notebook.
enum FrontMatterParser {
    /// The front matter (if any) and the Markdown with the front matter's lines blanked,
    /// so that cmark-gfm's line numbers stay those of the file.
    struct Split {
        var frontMatter: FrontMatter?
        var markdown: String
    }

    static func split(_ lines: [Substring], origin: String) throws(NotebookError) -> Split {
        guard let first = lines.first, isDelimiter(first, allowingDots: false) else {
            return Split(frontMatter: nil, markdown: lines.joined(separator: "\n"))
        }
        guard let closing = lines.indices.dropFirst().first(where: { isDelimiter(lines[$0], allowingDots: true) })
        else {
            throw NotebookError(
                .unterminatedFrontMatter, at: SourceLocation(path: origin, line: 1),
                "front matter starts here but is never closed by a '---' line")
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let fields = try parseFields(yaml, firstLine: 2, origin: origin)
        let masked = Array(repeating: Substring(""), count: closing + 1) + lines[(closing + 1)...]
        return Split(
            frontMatter: FrontMatter(fields: fields, lines: 1...(closing + 1)),
            markdown: masked.joined(separator: "\n"))
    }

    private static func isDelimiter(_ line: Substring, allowingDots: Bool) -> Bool {
        let trimmed = line.trimmingSpaces()
        return trimmed == "---" || (allowingDots && trimmed == "...")
    }

    private static func parseFields(
        _ yaml: String, firstLine: Int, origin: String
    ) throws(NotebookError) -> [FrontMatter.Field] {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            let (line, problem) = describe(error, lineCount: SourceText.lines(of: yaml).count)
            throw NotebookError(
                .invalidFrontMatter, at: SourceLocation(path: origin, line: line.map { $0 + firstLine - 1 } ?? 1),
                "front matter is not valid YAML: \(problem)")
        }
        guard let node else { return [] }
        guard case .mapping(let mapping) = node else {
            throw NotebookError(
                .invalidFrontMatter, at: SourceLocation(path: origin, line: firstLine),
                "front matter must be a mapping of keys to values, such as 'title: My course'")
        }
        var fields: [FrontMatter.Field] = []
        for (key, value) in mapping {
            guard let name = key.string else {
                let line = key.mark.map { $0.line + firstLine - 1 } ?? firstLine
                throw NotebookError(
                    .invalidFrontMatter, at: SourceLocation(path: origin, line: line),
                    "front matter keys must be strings")
            }
            fields.append(FrontMatter.Field(key: name, value: convert(value)))
        }
        return fields
    }

    /// The YAML error's line (relative to the YAML text) and its problem in words. A problem
    /// found only at the end of the text is placed where the unfinished construct began.
    private static func describe(_ error: any Error, lineCount: Int) -> (line: Int?, problem: String) {
        guard let yamlError = error as? YamlError else { return (nil, "\(error)") }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { "\($0.text), " } ?? ""
            let line = mark.line <= lineCount ? mark.line : context?.mark.line ?? lineCount
            return (min(line, lineCount), "\(detail)\(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (context.mark.line, "duplicate key \(duplicates.sorted().map { "'\($0)'" }.joined(separator: ", "))")
        case .reader(let problem, _, _, _):
            return (nil, problem)
        default:
            return (nil, "\(yamlError)")
        }
    }

    private static func convert(_ node: Node) -> FrontMatterValue {
        switch node {
        case .scalar(let scalar):
            let resolved = Node.scalar(scalar)
            if scalar.style == .plain {
                if resolved.null != nil { return .null }
                if let bool = resolved.bool { return .bool(bool) }
                if let int = resolved.int { return .int(int) }
                if let double = resolved.float { return .double(double) }
            }
            return .string(scalar.string)
        case .sequence(let sequence):
            return .list(sequence.map(convert))
        case .mapping(let mapping):
            return .mapping(mapping.map { FrontMatter.Field(key: $0.key.string ?? "\($0.key)", value: convert($0.value)) })
        case .alias:
            return .null
        }
    }
}
