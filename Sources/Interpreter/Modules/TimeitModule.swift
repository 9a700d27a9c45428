import Dispatch

/// Python's `timeit`: `Timer(stmt, setup)` with `timeit`, `repeat` and `autorange`, and
/// the `timeit.timeit` and `timeit.repeat` shortcuts. A statement is a callable or source
/// text; source text runs in the cells' namespace (CPython's runs in a fresh one unless
/// given `globals=`).
enum TimeitModule {
    static func make(_ runtime: Runtime) -> ModuleObject {
        let module = ModuleObject(name: "timeit", attributes: [:])
        let timerType = BuiltinFunction("Timer") { [unowned runtime] arguments throws(PythonError) in
            .object(try TimerObject(arguments, runtime: runtime))
        }
        module.attributes["Timer"] = .object(timerType)
        module.define("default_timer") { _ throws(PythonError) in .float(Double(DispatchTime.now().uptimeNanoseconds) / 1e9) }
        module.define("timeit") { [unowned runtime] arguments throws(PythonError) in
            let timer = try TimerObject(arguments, runtime: runtime)
            return .float(try timer.time(number: try TimerObject.count(arguments.keyword("number"), default: 1_000_000)))
        }
        module.define("repeat") { [unowned runtime] arguments throws(PythonError) in
            let timer = try TimerObject(arguments, runtime: runtime)
            let repeats = try TimerObject.count(arguments.keyword("repeat"), default: 5)
            let number = try TimerObject.count(arguments.keyword("number"), default: 1_000_000)
            var times: [Value] = []
            for _ in 0..<repeats { times.append(.float(try timer.time(number: number))) }
            return .object(ListObject(times))
        }
        return module
    }
}

/// `timeit.Timer`.
final class TimerObject: PyObject, AttributeCapable, CustomRepresentable {
    private let statement: () throws(PythonError) -> Void
    private let setup: () throws(PythonError) -> Void

    init(_ arguments: Arguments, runtime: Runtime) throws(PythonError) {
        try arguments.allowOnly(["stmt", "setup", "timer", "number", "repeat", "globals"], function: "Timer")
        let statementValue = arguments.positional.first ?? arguments.keyword("stmt") ?? .string("pass")
        let setupValue = arguments.positional.count > 1 ? arguments.positional[1] : arguments.keyword("setup") ?? .string("pass")
        statement = try Self.runnable(statementValue, runtime: runtime)
        setup = try Self.runnable(setupValue, runtime: runtime)
    }

    override var typeName: String { "Timer" }
    func pythonRepr() throws(PythonError) -> String { "<timeit.Timer object at \(Value.address(of: self))>" }

    static func count(_ value: Value?, default fallback: Int) throws(PythonError) -> Int {
        guard let value else { return fallback }
        guard let count = try Operators.index(value, for: "number") else {
            throw .typeError("'\(value.typeName)' object cannot be interpreted as an integer")
        }
        return count
    }

    private static func runnable(_ value: Value, runtime: Runtime) throws(PythonError) -> () throws(PythonError) -> Void {
        if case .string(let source) = value {
            let run = try runtime.compileForTimeit(source)
            return run
        }
        guard case .object(let object) = value,
            object is FunctionObject || object is BuiltinFunction || object is BoundMethod || object is CallCapable
        else { throw .valueError("stmt is neither a string nor callable") }
        return { () throws(PythonError) in _ = try runtime.call(value, Arguments([])) }
    }

    /// Seconds for `number` runs of the statement, after the setup.
    func time(number: Int) throws(PythonError) -> Double {
        try setup()
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<number { try statement() }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    func attribute(_ name: String, runtime: Runtime) throws(PythonError) -> Value? {
        switch name {
        case "timeit":
            return .object(BuiltinFunction("timeit") { arguments throws(PythonError) in
                let number = try Self.count(arguments.positional.first ?? arguments.keyword("number"), default: 1_000_000)
                return .float(try self.time(number: number))
            })
        case "repeat":
            return .object(BuiltinFunction("repeat") { arguments throws(PythonError) in
                let repeats = try Self.count(arguments.positional.first ?? arguments.keyword("repeat"), default: 5)
                let number = try Self.count(arguments.positional.count > 1 ? arguments.positional[1] : arguments.keyword("number"), default: 1_000_000)
                var times: [Value] = []
                for _ in 0..<repeats { times.append(.float(try self.time(number: number))) }
                return .object(ListObject(times))
            })
        case "autorange":
            return .object(BuiltinFunction("autorange") { _ throws(PythonError) in
                // CPython's steps: 1, 2, 5, 10, 20, 50, ... until a run takes 0.2 s (the
                // runtime's autorange target, shorter in a quick course run).
                var scale = 1
                while true {
                    for factor in [1, 2, 5] {
                        let number = scale * factor
                        let taken = try self.time(number: number)
                        if taken >= runtime.autorangeTarget { return .tuple([.int(number), .float(taken)]) }
                    }
                    scale *= 10
                }
            })
        default:
            return nil
        }
    }

    func setAttribute(_ name: String, _ value: Value) throws(PythonError) -> Bool { false }
}

extension Runtime {
    /// Source text for `timeit`, compiled to run in the cells' namespace.
    func compileForTimeit(_ source: String) throws(PythonError) -> () throws(PythonError) -> Void {
        let file = SourceFile(source, name: "<timeit-src>")
        let cell: CompiledCell
        do {
            cell = try Compiler.compile(try Parser.parse(file), source: file, runtime: self)
        } catch {
            throw PythonError(ExceptionTypes.syntaxError, error.message)
        }
        let globals = self.globals
        return { () throws(PythonError) in
            let frame = Frame(code: cell.code, globals: globals, cells: [])
            _ = try cell.body(frame)
            if let (evaluate, _) = cell.lastExpression { _ = try evaluate(frame) }
        }
    }
}
