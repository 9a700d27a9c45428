/// The attributes written after a cell's language in its fence's info string,
/// such as ```` ```python id=setup timeout=5 ````.
public struct CellAttributes: Hashable, Sendable {
    /// A kind of run: `course run` is quick by default and full with `--full`.
    public enum RunKind: String, Hashable, Sendable {
        case quick
        case full
    }

    /// One attribute as written: `key=value`, or a bare flag with no value.
    public struct Attribute: Hashable, Sendable {
        public var key: String
        public var value: String?

        public init(key: String, value: String? = nil) {
            self.key = key
            self.value = value
        }
    }

    /// The attributes the runner understands, with what each one does.
    public static let known: [(key: String, summary: String)] = [
        ("id", "a stable name for the cell"),
        ("exercise", "the exercise this cell shows or answers"),
        ("raises", "the exception the cell must raise"),
        ("timeout", "the cell's time limit in seconds"),
        ("skip", "show the cell, never run it"),
        ("only", "run the cell only in quick runs (only=quick) or only with --full (only=full)"),
    ]

    /// Every attribute in the order written, known or not.
    public var all: [Attribute]

    public init(_ all: [Attribute] = []) {
        self.all = all
    }

    /// The value of `key=value`, or nil when absent or a bare flag.
    public subscript(key: String) -> String? {
        all.first { $0.key == key }?.value
    }

    /// `id=NAME`: the cell's stable name.
    public var id: String? { self["id"] }
    /// `exercise=ID`: the exercise this cell shows (in a course) or answers (in a sheet).
    public var exercise: String? { self["exercise"] }
    /// `raises=ExceptionName`: the cell must raise this exception.
    public var raises: String? { self["raises"] }
    /// `timeout=SECONDS`: the time limit that overrides the run's default.
    public var timeout: Double? { self["timeout"].flatMap(Double.init) }
    /// `skip`: the cell is shown and never run.
    public var skip: Bool { all.contains { $0.key == "skip" } }

    /// `only=quick` or `only=full`: the kind of run the cell belongs to (every run when absent).
    public var only: RunKind? { self["only"].flatMap(RunKind.init(rawValue:)) }

    /// The attributes the runner does not know, which the parser warned about.
    public var unknown: [Attribute] {
        all.filter { attribute in !Self.known.contains { $0.key == attribute.key } }
    }
}
