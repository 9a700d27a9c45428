/// Python's `contextlib`: `contextmanager`, `suppress(*exceptions)` and
/// `nullcontext(enter_result=None)`.
enum ContextlibModule {
    static func make(_ runtime: Runtime) -> ModuleObject {
        let module = ModuleObject(name: "contextlib", attributes: [:])
        module.define("contextmanager") { [unowned runtime] arguments throws(PythonError) in
            try arguments.expectCount(1...1, "contextmanager")
            let function = arguments.positional[0]
            var name = "helper"
            if case .object(let defined as FunctionObject) = function { name = defined.code.name }
            return .object(BuiltinFunction(name) { [unowned runtime] given throws(PythonError) in
                guard case .object(let generator as GeneratorObject) = try runtime.call(function, given) else {
                    throw .typeError("'\(name)' did not make a generator: a @contextmanager function must yield")
                }
                return .object(GeneratorContextManager(generator: generator))
            })
        }
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

/// What a `@contextmanager` function returns when called: its generator runs to its
/// `yield` on entering (the yielded value is what `as` binds) and on from there on
/// leaving; an exception of the block is thrown in at the `yield`.
final class GeneratorContextManager: PyObject, ContextManaging {
    private let generator: GeneratorObject

    init(generator: GeneratorObject) {
        self.generator = generator
    }

    override var typeName: String { "_GeneratorContextManager" }

    func enter() throws(PythonError) -> Value {
        guard let value = try generator.resume(.send(.none)) else {
            throw PythonError(ExceptionTypes.runtimeError, "generator didn't yield")
        }
        return value
    }

    func exit(_ exception: Value?) throws(PythonError) -> Bool {
        guard case .object(let raised as ExceptionObject)? = exception else {
            guard try generator.resume(.send(.none)) == nil else {
                throw PythonError(ExceptionTypes.runtimeError, "generator didn't stop")
            }
            return false
        }
        // Thrown in and back out, the block's exception keeps the traceback it had.
        let traceback = raised.traceback
        do throws(PythonError) {
            if try generator.resume(.raise(PythonError(raised))) != nil {
                throw PythonError(ExceptionTypes.runtimeError, "generator didn't stop after throw()")
            }
            // The generator caught the exception and ended: the block's exception is suppressed.
            return true
        } catch {
            // The same exception coming back out is not an error of `__exit__`: not suppressed.
            if error.exception === raised {
                raised.traceback = traceback
                return false
            }
            if error.exception.type.isSubtype(of: ExceptionTypes.stopIteration) { return raised !== error.exception.cause }
            throw error
        }
    }
}
