/// The YAML block between `---` lines at the top of a notebook or answer sheet.
public struct FrontMatter: Hashable, Sendable {
    /// One `key: value` pair of a mapping.
    public struct Field: Hashable, Sendable {
        public var key: String
        public var value: FrontMatterValue

        public init(key: String, value: FrontMatterValue) {
            self.key = key
            self.value = value
        }
    }

    /// The top-level fields, in the order they are written.
    public var fields: [Field]
    /// The lines of the whole block, both `---` lines included.
    public var lines: ClosedRange<Int>

    public init(fields: [Field], lines: ClosedRange<Int>) {
        self.fields = fields
        self.lines = lines
    }

    /// The value of a top-level key.
    public subscript(key: String) -> FrontMatterValue? {
        fields.first { $0.key == key }?.value
    }

    /// The `title` field when it is a string.
    public var title: String? { self["title"]?.string }
}

/// A YAML value in front matter, with the core schema's scalars resolved.
public indirect enum FrontMatterValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case list([FrontMatterValue])
    /// A mapping, its fields in the order written.
    case mapping([FrontMatter.Field])

    /// The value as text when it is a scalar string.
    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The value as an integer when it is one.
    public var int: Int? {
        if case .int(let number) = self { return number }
        return nil
    }

    /// The elements when the value is a list.
    public var list: [FrontMatterValue]? {
        if case .list(let elements) = self { return elements }
        return nil
    }
}
