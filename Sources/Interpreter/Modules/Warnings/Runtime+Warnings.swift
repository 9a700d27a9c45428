import TensorCore

extension Runtime {
    /// Issues a warning as `warnings.warn(message, category, stacklevel)` does: attributed to
    /// the frame `stackLevel` levels out (1: the code running now), filtered, then raised
    /// (`error`), dropped, or written to stderr as `file:line: Category: text` and the line.
    /// `message` is a str or a Warning instance (whose type is then the category).
    func warn(_ message: Value, category: TypeObject, stackLevel: Int = 1) throws(PythonError) {
        var category = category
        var instance: ExceptionObject?
        if case .object(let exception as ExceptionObject) = message, exception.type.isSubtype(of: ExceptionTypes.warning) {
            category = exception.type
            instance = exception
        }
        let text = try message.str()
        var frame = self.frame
        for _ in 1..<max(stackLevel, 1) { frame = frame?.back }
        // Past the outermost frame, CPython attributes the warning to `sys`, line 1.
        let file = frame?.code.file ?? "sys"
        let line = frame?.line ?? 1
        let module = frame.map { Self.moduleName(of: $0) } ?? "sys"
        let action = warningFilters.action(for: category, text: text, module: module, line: line)
        if action == .error { throw PythonError(instance ?? ExceptionObject(category, [.string(text)])) }
        guard warningFilters.shouldShow(action, category: category, text: text, module: module, file: file, line: line) else { return }
        if let recorder = warningFilters.recorder {
            let message = instance ?? ExceptionObject(category, [.string(text)])
            recorder.items.append(.object(WarningMessage(message: message, file: file, line: line)))
            return
        }
        var shown = "\(file):\(line): \(category.name): \(text)\n"
        if let code = sourceLine(file: file, line: line)?.trimmingCharacters(in: " \t\u{0C}"), !code.isEmpty {
            shown += "  \(code)\n"
        }
        // As CPython's warnings module, a warning that cannot be written is dropped.
        try? write(shown, to: .stderr)
    }

    /// Issues the warnings TensorCore (NumPy's semantics) or a module logged, from the code
    /// running now.
    /// NumPy's floating-point errors follow `np.seterr` first: ignored, raised as
    /// FloatingPointError, printed on stderr (`Warning: ...`), or warned.
    func report(_ warnings: [TensorWarning]) throws(PythonError) {
        for warning in warnings {
            if let kind = NumPyErrorState.kind(of: warning.message) {
                switch numpyErrors.modes[kind] {
                case "ignore": continue
                case "raise": throw PythonError(ExceptionTypes.floatingPointError, warning.message)
                case "print":
                    try write("Warning: \(warning.message)\n", to: .stderr)
                    continue
                default: break
                }
            }
            let category = ExceptionTypes.all.first { $0.name == warning.category } ?? ExceptionTypes.runtimeWarning
            try warn(.string(warning.message), category: category)
        }
    }

    /// The text of a line of a source this runtime ran, when such sources show their lines.
    func sourceLine(file: String, line: Int) -> String? {
        guard let source = sources[file]?.last(where: { $0.contains(line: line) }), source.showsLines else { return nil }
        return source.line(line)
    }

    /// `__name__` of the module a frame runs in.
    private static func moduleName(of frame: Frame) -> String {
        if case .string(let name)? = frame.globals["__name__"] { return name }
        return "__main__"
    }
}
