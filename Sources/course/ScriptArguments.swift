/// `course run` passes everything after a program to the program, as python3 does:
/// `course run [OPTIONS] prog.py ARGS...`, `course run [OPTIONS] -c CODE ARGS...` and
/// `course run [OPTIONS] - ARGS...` give the program `ARGS` as `sys.argv[1:]`, even when
/// they look like options. The command line is rewritten with `--` after the program, so
/// the argument parser leaves them alone. A notebook's options may come after it.
enum ScriptArguments {
    /// `run`'s options that take a value (and so are followed by one that is not the program).
    static let optionsWithValues: Set<String> = [
        "--timeout", "--max-array-bytes", "--section", "--out", "--html", "--ipynb", "--markdown", "--figures",
        "--width", "--color",
    ]

    /// The arguments of the whole command line, with `--` inserted after the program of a
    /// `run` subcommand.
    static func separated(_ arguments: [String]) -> [String] {
        guard let run = arguments.firstIndex(of: "run") else { return arguments }
        // `run` must be the subcommand, not an option's value before it.
        guard arguments[..<run].allSatisfy({ $0.hasPrefix("-") }) else { return arguments }
        var index = run + 1
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { return arguments }
            if argument == "-c" { return insertingTerminator(arguments, after: index + 1) }
            if argument == "-" { return insertingTerminator(arguments, after: index) }
            if argument.hasPrefix("-") {
                index += optionsWithValues.contains(argument) ? 2 : 1
                continue
            }
            return argument.hasSuffix(".py") ? insertingTerminator(arguments, after: index) : arguments
        }
        return arguments
    }

    private static func insertingTerminator(_ arguments: [String], after index: Int) -> [String] {
        guard index < arguments.count else { return arguments }
        return Array(arguments[...index]) + ["--"] + arguments[(index + 1)...]
    }
}
