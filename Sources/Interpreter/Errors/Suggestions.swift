/// CPython 3.11's "Did you mean" for a NameError or an AttributeError that ends a
/// traceback: the candidate nearest the missing name by CPython's edit distance (moves
/// cost 2, a change of case 1), within a third of the characters involved, the first of
/// equals in the candidates' order; none among 750 candidates or more.
enum Suggestions {
    static let maximumCandidates = 750
    static let maximumLength = 40
    static let moveCost = 2
    static let caseCost = 1

    /// The names of CPython 3.11's builtins module, in its order: a NameError's last
    /// candidates (what it suggests does not depend on what this interpreter implements).
    static let builtinNames = [
        "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__", "__import__", "abs", "all", "any",
        "ascii", "bin", "breakpoint", "callable", "chr", "compile", "delattr", "dir", "divmod", "eval", "exec", "format",
        "getattr", "globals", "hasattr", "hash", "hex", "id", "input", "isinstance", "issubclass", "iter", "aiter", "len",
        "locals", "max", "min", "next", "anext", "oct", "ord", "pow", "print", "repr", "round", "setattr", "sorted", "sum",
        "vars", "None", "Ellipsis", "NotImplemented", "False", "True", "bool", "memoryview", "bytearray", "bytes",
        "classmethod", "complex", "dict", "enumerate", "filter", "float", "frozenset", "property", "int", "list", "map",
        "object", "range", "reversed", "set", "slice", "staticmethod", "str", "super", "tuple", "type", "zip", "__debug__",
        "BaseException", "BaseExceptionGroup", "Exception", "GeneratorExit", "KeyboardInterrupt", "SystemExit",
        "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "LookupError",
        "MemoryError", "NameError", "OSError", "ReferenceError", "RuntimeError", "StopAsyncIteration", "StopIteration",
        "SyntaxError", "SystemError", "TypeError", "ValueError", "Warning", "FloatingPointError", "OverflowError",
        "ZeroDivisionError", "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning",
        "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning", "UnicodeWarning", "UserWarning",
        "BlockingIOError", "ChildProcessError", "ConnectionError", "FileExistsError", "FileNotFoundError",
        "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError",
        "TimeoutError", "IndentationError", "IndexError", "KeyError", "ModuleNotFoundError", "NotImplementedError",
        "RecursionError", "UnboundLocalError", "UnicodeError", "BrokenPipeError", "ConnectionAbortedError",
        "ConnectionRefusedError", "ConnectionResetError", "TabError", "UnicodeDecodeError", "UnicodeEncodeError",
        "UnicodeTranslateError", "ExceptionGroup", "EnvironmentError", "IOError", "open", "quit", "exit", "copyright",
        "credits", "license", "help",
    ]

    /// The candidate to suggest for `name`, if any.
    static func best(for name: String, among candidates: [String]) -> String? {
        guard candidates.count < maximumCandidates else { return nil }
        let target = Array(name.utf8)
        var suggestion: String?
        var suggestionDistance = Int.max
        for candidate in candidates where candidate != name {
            let other = Array(candidate.utf8)
            // No more than a third of the characters involved should need changing, and a
            // match already found is not replaced by an equal one.
            let limit = min((target.count + other.count + 3) * moveCost / 6, suggestionDistance - 1)
            let distance = Self.distance(target[...], other[...], limit: limit)
            if distance <= limit, suggestion == nil || distance < suggestionDistance {
                suggestion = candidate
                suggestionDistance = distance
            }
        }
        return suggestion
    }

    /// The edit distance of two UTF-8 strings, or `limit + 1` once it must exceed `limit`.
    static func distance(_ first: ArraySlice<UInt8>, _ second: ArraySlice<UInt8>, limit: Int) -> Int {
        var a = first
        var b = second
        while let x = a.first, let y = b.first, x == y {
            a = a.dropFirst()
            b = b.dropFirst()
        }
        while let x = a.last, let y = b.last, x == y {
            a = a.dropLast()
            b = b.dropLast()
        }
        if a.isEmpty || b.isEmpty { return (a.count + b.count) * moveCost }
        if a.count > maximumLength || b.count > maximumLength { return limit + 1 }
        if b.count < a.count { swap(&a, &b) }
        if (b.count - a.count) * moveCost > limit { return limit + 1 }
        let shorter = Array(a)
        var row = (0..<shorter.count).map { ($0 + 1) * moveCost }
        var result = 0
        for (bIndex, code) in b.enumerated() {
            var distance = bIndex * moveCost
            result = distance
            var minimum = Int.max
            for index in 0..<shorter.count {
                let substitute = distance + substitutionCost(code, shorter[index])
                distance = row[index]
                result = min(min(result, distance) + moveCost, substitute)
                row[index] = result
                minimum = min(minimum, result)
            }
            if minimum > limit { return limit + 1 }
        }
        return result
    }

    /// 0 for the same byte, 1 for the same letter in the other case, else a move.
    private static func substitutionCost(_ a: UInt8, _ b: UInt8) -> Int {
        if a & 31 != b & 31 { return moveCost }
        if a == b { return 0 }
        func lower(_ byte: UInt8) -> UInt8 { (65...90).contains(byte) ? byte + 32 : byte }
        return lower(a) == lower(b) ? caseCost : moveCost
    }
}

extension Runtime {
    /// The "Did you mean" of an exception that ends a traceback, as CPython 3.11 prints it
    /// (`'append'`, the repr of the name): for a NameError or an AttributeError proper (not
    /// a subclass) that knows what it did not find.
    func suggestion(for exception: ExceptionObject) -> String? {
        let found: String?
        switch exception.missing {
        case .variable(let name, let locals, let globals) where exception.type === ExceptionTypes.nameError:
            found = Suggestions.best(for: name, among: locals)
                ?? Suggestions.best(for: name, among: globals.boundNames)
                ?? Suggestions.best(for: name, among: Suggestions.builtinNames)
        case .attribute(let name, let value) where exception.type === ExceptionTypes.attributeError:
            found = attributeNames(of: value).flatMap { Suggestions.best(for: name, among: $0.sorted()) }
        default:
            found = nil
        }
        return found.map { (try? Value.string($0).repr()) ?? $0 }
    }

    /// What `dir(value)` lists, where this interpreter knows it.
    private func attributeNames(of value: Value) -> [String]? {
        if case .object(let module as ModuleObject) = value {
            return Array(module.attributes.keys) + ["__doc__", "__file__", "__loader__", "__name__", "__package__", "__spec__"]
        }
        let methods = methods(of: value)
        return methods.isEmpty ? nil : Array(methods.keys)
    }
}
