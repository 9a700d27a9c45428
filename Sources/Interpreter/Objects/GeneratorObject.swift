import CCoroutine

/// A generator: a generator function's frame, run on a stack of its own (a coroutine on the
/// same thread) that suspends at each `yield` and resumes with `next`, `send` or `throw`.
/// The body is compiled as any function's; only where it runs differs. While it runs, its
/// frame sits on top of the resumer's (tracebacks, `warnings`, the recursion limit see it);
/// the exceptions it is handling are its own, as in CPython.
final class GeneratorObject: IteratorObject, AttributeCapable, CustomRepresentable {
    /// What a resumption brings into the generator.
    enum Incoming {
        case send(Value)
        case raise(PythonError)
    }

    enum State {
        case created, suspended, running, finished
    }

    let frame: Frame
    private weak var runtime: Runtime?
    private(set) var state = State.created
    private var coroutine: OpaquePointer?
    private var incoming = Incoming.send(.none)
    private var outgoing: Value = .none
    private var outcome: Result<Value, PythonError>?
    /// The exceptions being handled inside the generator while it is suspended.
    private var handling: [ExceptionObject] = []
    /// What the body returned, once it has: `StopIteration.value`.
    private(set) var returnValue: Value = .none

    /// Bytes of stack for a generator's body (mapped lazily: only what it touches is used).
    static let stackSize = 8 << 20

    init(frame: Frame, runtime: Runtime) {
        self.frame = frame
        self.runtime = runtime
        let box = WeakGenerator()
        super.init(kind: "generator") { () throws(PythonError) -> Value? in
            try box.generator?.resume(.send(.none))
        }
        box.generator = self
        frame.generator = self
    }

    deinit {
        // A suspended generator is closed (its `finally` blocks run), as CPython finalizes one.
        if state == .suspended, runtime != nil { try? close() }
        if let coroutine { course_coroutine_destroy(coroutine) }
    }

    override var typeName: String { "generator" }

    var name: String { frame.code.name }

    func pythonRepr() throws(PythonError) -> String {
        "<generator object \(frame.code.qualifiedName) at \(Value.address(of: self))>"
    }

    // MARK: - Running

    /// Runs the generator to its next `yield` (its value) or its end (nil; `returnValue`
    /// holds what it returned). An exception it raises comes out here.
    func resume(_ given: Incoming) throws(PythonError) -> Value? {
        switch state {
        case .running: throw .valueError("generator already executing")
        case .finished:
            if case .raise(let error) = given { throw error }
            return nil
        case .created:
            if case .send(let value) = given, !value.isNoneValue {
                throw .typeError("can't send non-None value to a just-started generator")
            }
            if case .raise(let error) = given {
                state = .finished
                throw error
            }
            guard let made = course_coroutine_create(Self.stackSize, { pointer in
                Unmanaged<GeneratorObject>.fromOpaque(pointer!).takeUnretainedValue().runBody()
            }, Unmanaged.passUnretained(self).toOpaque()) else {
                throw PythonError(ExceptionTypes.memoryError, "cannot make a stack for the generator")
            }
            coroutine = made
        case .suspended:
            break
        }
        guard let runtime else { throw PythonError(ExceptionTypes.runtimeError, "the generator's interpreter has ended") }
        incoming = given
        // The generator's frame goes on top of the resumer's, with its own exception state.
        let resumer = runtime.frame
        frame.back = resumer
        runtime.frame = frame
        runtime.depth += 1
        let resumerHandling = runtime.handling
        runtime.handling = handling
        defer {
            handling = runtime.handling
            runtime.handling = resumerHandling
            runtime.frame = resumer
            runtime.depth -= 1
            frame.back = nil
        }
        if runtime.depth >= runtime.recursionLimit {
            throw PythonError(ExceptionTypes.recursionError, "maximum recursion depth exceeded")
        }
        state = .running
        // Keep the generator alive while its stack runs, whatever its callers drop.
        let finished = withExtendedLifetime(self) { course_coroutine_resume(coroutine) == 1 }
        guard finished else {
            state = .suspended
            return outgoing
        }
        state = .finished
        course_coroutine_destroy(coroutine)
        coroutine = nil
        switch outcome {
        case .success(let value)?:
            returnValue = value
            return nil
        case .failure(let error)?:
            // PEP 479: a StopIteration escaping the body is a bug, said as a RuntimeError.
            if error.exception.type.isSubtype(of: ExceptionTypes.stopIteration) {
                let replacement = PythonError(ExceptionTypes.runtimeError, "generator raised StopIteration")
                replacement.exception.cause = error.exception
                replacement.exception.context = error.exception
                throw replacement
            }
            throw error
        case nil:
            return nil
        }
    }

    /// The coroutine's entry: the function's body, its end or its exception kept for `resume`.
    private func runBody() {
        do throws(PythonError) {
            if case .raise(let error) = incoming { throw error }
            let flow = try frame.code.body(frame)
            if case .returnValue(let value) = flow { outcome = .success(value) } else { outcome = .success(.none) }
        } catch {
            error.exception.passThrough(frame)
            outcome = .failure(error)
        }
    }

    /// `yield value`, inside the generator: hands `value` out, suspends, and gives back what
    /// the resumption sent (or raises what it threw in).
    func yieldValue(_ value: Value) throws(PythonError) -> Value {
        outgoing = value
        course_coroutine_suspend(coroutine)
        switch incoming {
        case .send(let sent): return sent
        case .raise(let error): throw error
        }
    }

    /// `yield from iterable`, inside the generator: every value of the inner iterator handed
    /// out (a generator also gets what is sent and thrown in), then the inner generator's
    /// return value.
    func yieldFrom(_ iterable: Value) throws(PythonError) -> Value {
        if case .object(let inner as GeneratorObject) = iterable {
            var given = Incoming.send(.none)
            while true {
                guard let value = try inner.resume(given) else { return inner.returnValue }
                outgoing = value
                course_coroutine_suspend(coroutine)
                given = incoming
            }
        }
        let iterator = try Iteration.iterator(iterable)
        while let value = try iterator.next() {
            _ = try yieldValue(value)
        }
        return .none
    }

    // MARK: - Methods

    /// `gen.send(value)`: the next yielded value, or StopIteration with the return value.
    func send(_ value: Value) throws(PythonError) -> Value {
        guard let yielded = try resume(.send(value)) else {
            throw PythonError(ExceptionObject(ExceptionTypes.stopIteration, returnValue.isNoneValue ? [] : [returnValue]))
        }
        return yielded
    }

    /// `gen.close()`: GeneratorExit thrown in at the `yield`; the generator must end.
    func close() throws(PythonError) {
        guard state == .suspended else {
            state = .finished
            return
        }
        do throws(PythonError) {
            if try resume(.raise(PythonError(ExceptionObject(ExceptionTypes.generatorExit, [])))) != nil {
                throw PythonError(ExceptionTypes.runtimeError, "generator ignored GeneratorExit")
            }
        } catch {
            let type = error.exception.type
            if type.isSubtype(of: ExceptionTypes.generatorExit) || type.isSubtype(of: ExceptionTypes.stopIteration) { return }
            throw error
        }
    }

    func attribute(_ name: String, runtime: Runtime) throws(PythonError) -> Value? {
        switch name {
        case "__name__": return .string(self.name)
        case "__qualname__": return .string(frame.code.qualifiedName)
        case "gi_running": return .bool(state == .running)
        case "send":
            return .object(BuiltinFunction("send") { [self] arguments throws(PythonError) in
                try arguments.expectCount(1...1, "send")
                return try send(arguments.positional[0])
            })
        case "throw":
            return .object(BuiltinFunction("throw") { [self] arguments throws(PythonError) in
                try arguments.expectCount(1...3, "throw")
                var exception = try runtime.exceptionInstance(
                    arguments.positional[0], context: "exceptions must be classes or instances deriving from BaseException, not \(arguments.positional[0].typeName)")
                if arguments.positional.count > 1, !arguments.positional[1].isNoneValue,
                    case .object(let type as TypeObject) = arguments.positional[0]
                {
                    exception = try runtime.exceptionInstance(
                        try runtime.call(.object(type), Arguments([arguments.positional[1]])), context: "")
                }
                guard let yielded = try resume(.raise(PythonError(exception))) else {
                    throw PythonError(ExceptionObject(ExceptionTypes.stopIteration, returnValue.isNoneValue ? [] : [returnValue]))
                }
                return yielded
            })
        case "close":
            return .object(BuiltinFunction("close") { [self] arguments throws(PythonError) in
                try arguments.expectCount(0...0, "close")
                try close()
                return .none
            })
        case "__next__":
            return .object(BuiltinFunction("__next__") { [self] _ throws(PythonError) in try send(.none) })
        case "__iter__":
            return .object(BuiltinFunction("__iter__") { [self] _ throws(PythonError) in .object(self) })
        default:
            return nil
        }
    }

    func setAttribute(_ name: String, _ value: Value) throws(PythonError) -> Bool { false }
}

/// A generator its own iteration closure refers to without keeping it alive.
private final class WeakGenerator {
    weak var generator: GeneratorObject?
}
