/// Python's `contextlib`, the parts that need no generators: `suppress(*exceptions)` and
/// `nullcontext(enter_result=None)`.
enum ContextlibModule {
    static func make(_ runtime: Runtime) -> ModuleObject {
        let module = ModuleObject(name: "contextlib", attributes: [:])
        module.define("suppress") { [unowned runtime] arguments throws(PythonError) in
            try arguments.noKeywords("suppress")
            return .object(Suppress(runtime: runtime, exceptions: .tuple(arguments.positional)))
        }
        module.define("nullcontext") { arguments throws(PythonError) in
            let values = try WarningsModule.bind(arguments, ["enter_result"], required: 0, function: "nullcontext")
            return .object(NullContext(result: values[0] ?? .none))
        }
        return module
    }
}

/// `contextlib.suppress(*exceptions)`: an exception of those types ends the block quietly.
final class Suppress: PyObject, ContextManaging {
    private unowned let runtime: Runtime
    private let exceptions: Value

    init(runtime: Runtime, exceptions: Value) {
        self.runtime = runtime
        self.exceptions = exceptions
    }

    override var typeName: String { "suppress" }

    func enter() throws(PythonError) -> Value { .none }

    func exit(_ exception: Value?) throws(PythonError) -> Bool {
        guard case .object(let raised as ExceptionObject)? = exception else { return false }
        return try runtime.matches(raised, exceptions)
    }
}

/// `contextlib.nullcontext(enter_result)`: a context manager that does nothing.
final class NullContext: PyObject, ContextManaging {
    private let result: Value
    init(result: Value) { self.result = result }
    override var typeName: String { "nullcontext" }
    func enter() throws(PythonError) -> Value { result }
    func exit(_ exception: Value?) throws(PythonError) -> Bool { false }
}
