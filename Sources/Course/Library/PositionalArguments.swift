/// Splits `course explain`'s positional arguments into an optional notebook path and
/// section queries.
///
/// The first argument is the notebook when it looks like a path: it ends in `.md`,
/// or `.markdown`, or contains a `/`. Anything else is a section query, so
/// `course explain broadcasting` reads the default course.
public enum PositionalArguments {
    public static func split(_ arguments: [String]) -> (notebook: String?, sections: [String]) {
        guard let first = arguments.first, looksLikePath(first) else { return (nil, arguments) }
        return (first, Array(arguments.dropFirst()))
    }

    public static func looksLikePath(_ argument: String) -> Bool {
        let lowered = argument.lowercased()
        return argument.contains("/") || [".md", ".markdown"].contains { lowered.hasSuffix($0) }
    }
}
