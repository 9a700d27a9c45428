import Charts
import Foundation
import TensorCore

/// One interpreter's state: the module namespace every cell shares, the builtins, the
/// imported modules, where printed text goes, and the limits a run enforces.
/// Unchecked `Sendable`: a runtime is only ever used by the thread running its cells; the
/// conformance lets it ride in a task-local for TensorCore's warnings.
final class Runtime: @unchecked Sendable {
    let globals = Namespace()
    var builtins: [String: Value] = [:]
    var modules: [String: Value] = [:]
    /// Where the program's text and figures go.
    var output: InterpreterOutput
    /// `sys.argv`: `[""]` as in an interactive session, unless the embedder runs a program.
    var programArguments = [""]
    /// `sys.stdout` and `sys.stderr`, made when first asked for.
    var standardStreams: [StandardStream: TextStreamObject] = [:]
    /// The exceptions being handled (innermost last), for bare `raise` and contexts.
    var handling: [ExceptionObject] = []

    /// Call depth, limited as CPython's default recursion limit is.
    var depth = 0
    var recursionLimit = 1000
    /// When the current cell must stop (nanoseconds of the monotonic clock), if limited.
    var deadline: UInt64?
    /// The limit `deadline` came from, in seconds, for the message.
    var timeLimit: Double = 0
    private var ticks = 0
    /// The built-in types' methods.
    lazy var methodTables: MethodTables = Runtime.makeMethodTables(self)

    /// The innermost Python frame running now (a function's, or a cell's module code).
    var frame: Frame?
    /// The line of the statement running now, and the source it belongs to.
    var line = 0
    var source: SourceFile?
    /// Every source run so far, by name, for tracebacks through functions of earlier cells.
    var sources: [String: [SourceFile]] = [:]
    /// The `warnings` module's filters and what they have shown.
    let warningFilters = WarningFilters()
    /// NumPy's floating-point error handling (`np.seterr`), this program's own.
    var numpyErrors = NumPyErrorState()

    /// The runtime running the current cell on this task, for warnings raised deep inside
    /// TensorCore.
    @TaskLocal static var active: Runtime?
    /// Where TensorCore records the warnings of this runtime's cells.
    let warningLog = WarningLog()
    /// This program's `jax_enable_x64`, as a Python process has its own.
    let x64Setting = JAXPromotion.X64Setting()

    /// How long `timeit.Timer.autorange` aims for, in seconds (CPython's 0.2 s).
    var autorangeTarget = 0.2
    /// The figures `matplotlib.pyplot` is building.
    let pyplot = PyplotState()

    init(output: InterpreterOutput) {
        self.output = output
    }

    /// Writes `text` to a standard stream, as `sys.stdout.write` does; a write the embedder
    /// cannot do is the OSError CPython raises for it.
    func write(_ text: String, to stream: StandardStream = .stdout) throws(PythonError) {
        do {
            try output.write(stream, text)
        } catch {
            throw PythonError.osError(code: error.code)
        }
    }

    /// `sys.stdout.flush()`.
    func flush(_ stream: StandardStream) throws(PythonError) {
        do {
            try output.flush(stream)
        } catch {
            throw PythonError.osError(code: error.code)
        }
    }

    /// Hands a finished figure to the embedder (with the file name `savefig` asked for).
    func display(_ figure: Figure, _ name: String?) {
        output.display(figure, name)
    }

    /// `30 s`, `0.5 s`.
    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }

    /// Checked on every loop iteration and call: stops a cell that ran out of time or was
    /// interrupted (every 1,024 ticks, so the check costs little).
    @inline(__always)
    func tick() throws(PythonError) {
        ticks &+= 1
        guard ticks & 0x3FF == 0 else { return }
        try checkLimits()
    }

    /// Raises KeyboardInterrupt for a pending Ctrl-C, or TimeoutError past the deadline.
    func checkLimits() throws(PythonError) {
        try Interrupts.raiseIfPending()
        if let deadline, DispatchTime.now().uptimeNanoseconds > deadline {
            throw PythonError(ExceptionTypes.timeoutError, "the cell ran longer than its limit of \(Self.seconds(timeLimit))")
        }
    }

    // MARK: - Calls

    /// Calls any callable value.
    func call(_ callee: Value, _ arguments: Arguments) throws(PythonError) -> Value {
        guard case .object(let object) = callee else {
            throw .typeError("'\(callee.typeName)' object is not callable")
        }
        switch object {
        case let function as FunctionObject:
            return try invoke(function, arguments)
        case let builtin as BuiltinFunction:
            return try builtin.body(arguments)
        case let method as BoundMethod:
            return try method.body(method.receiver, arguments)
        case let type as TypeObject:
            return try construct(type, arguments)
        case let callable as CallCapable:
            return try callable.call(arguments, runtime: self)
        default:
            throw .typeError("'\(callee.typeName)' object is not callable")
        }
    }

    /// Runs a Python function: binds the arguments, makes a frame, runs the body.
    func invoke(_ function: FunctionObject, _ arguments: Arguments) throws(PythonError) -> Value {
        let code = function.code
        var cells: [Cell] = []
        cells.reserveCapacity(code.ownCellCount + function.closure.count)
        for _ in 0..<code.ownCellCount { cells.append(Cell()) }
        cells += function.closure
        let frame = Frame(code: code, globals: function.globals, cells: cells)
        if code.plainLocalParameters, arguments.keywords.isEmpty, arguments.positional.count == code.signature.positional.count {
            // The common call: every parameter given by position, each a plain local.
            for index in arguments.positional.indices { frame.locals[index] = arguments.positional[index] }
        } else {
            try bind(arguments, to: function, in: frame)
        }
        if code.isGenerator { return .object(GeneratorObject(frame: frame, runtime: self)) }
        depth += 1
        frame.back = self.frame
        self.frame = frame
        defer {
            depth -= 1
            self.frame = frame.back
            frame.back = nil
        }
        // The module's frame counts, as in CPython: 999 nested calls at the default limit.
        if depth >= recursionLimit {
            throw PythonError(ExceptionTypes.recursionError, "maximum recursion depth exceeded")
        }
        try tick()
        do {
            if case .returnValue(let value) = try code.body(frame) { return value }
            return .none
        } catch {
            error.exception.passThrough(frame)
            throw error
        }
    }

    /// Puts call arguments into a new frame's parameters, with CPython's messages for
    /// missing, surplus and repeated arguments.
    private func bind(_ arguments: Arguments, to function: FunctionObject, in frame: Frame) throws(PythonError) {
        let signature = function.code.signature
        let name = function.code.qualifiedName
        var values = [Value?](repeating: nil, count: signature.storage.count)
        let positionalCount = signature.positional.count
        let given = arguments.positional
        for (index, value) in given.prefix(positionalCount).enumerated() { values[index] = value }
        var extra: [Value] = []
        if given.count > positionalCount {
            guard signature.variadic != nil else {
                let required = positionalCount - function.defaults.count
                let takes = required == positionalCount ? "\(positionalCount)" : "from \(required) to \(positionalCount)"
                let plural = positionalCount == 1 && required == positionalCount ? "argument" : "arguments"
                let keywordCount = arguments.keywords.count
                let givenText = keywordCount > 0
                    ? "\(given.count) positional argument\(given.count == 1 ? "" : "s") (and \(keywordCount) keyword-only argument\(keywordCount == 1 ? "" : "s")) were given"
                    : "\(given.count) \(given.count == 1 ? "was" : "were") given"
                throw .typeError("\(name)() takes \(takes) positional \(plural) but \(givenText)")
            }
            extra = Array(given.dropFirst(positionalCount))
        }
        var extraKeywords: [(String, Value)] = []
        var wrongPositionalOnly: [String] = []
        for (keyword, value) in arguments.keywords {
            if let index = signature.positional.firstIndex(of: keyword), index >= signature.positionalOnlyCount {
                guard values[index] == nil else { throw .typeError("\(name)() got multiple values for argument '\(keyword)'") }
                values[index] = value
            } else if let index = signature.keywordOnly.firstIndex(of: keyword) {
                let slot = positionalCount + (signature.variadic == nil ? 0 : 1) + index
                values[slot] = value
            } else if signature.keywords != nil {
                extraKeywords.append((keyword, value))
            } else if signature.positional.prefix(signature.positionalOnlyCount).contains(keyword) {
                wrongPositionalOnly.append(keyword)
            } else {
                throw .typeError("\(name)() got an unexpected keyword argument '\(keyword)'")
            }
        }
        if !wrongPositionalOnly.isEmpty {
            throw .typeError("\(name)() got some positional-only arguments passed as keyword arguments: '\(wrongPositionalOnly.joined(separator: ", "))'")
        }
        // Defaults for the last positional parameters.
        let firstDefault = positionalCount - function.defaults.count
        var missing: [String] = []
        for index in 0..<positionalCount where values[index] == nil {
            if index >= firstDefault {
                values[index] = function.defaults[index - firstDefault]
            } else {
                missing.append(signature.positional[index])
            }
        }
        if !missing.isEmpty { throw .typeError("\(name)() missing \(Self.describeMissing(missing, kind: "positional"))") }
        var slot = positionalCount
        if signature.variadic != nil {
            values[slot] = .tuple(extra)
            slot += 1
        }
        for keyword in signature.keywordOnly {
            if values[slot] == nil {
                if let fallback = function.keywordDefaults[keyword] { values[slot] = fallback } else { missing.append(keyword) }
            }
            slot += 1
        }
        if !missing.isEmpty { throw .typeError("\(name)() missing \(Self.describeMissing(missing, kind: "keyword-only"))") }
        if signature.keywords != nil {
            let dict = DictObject()
            for (keyword, value) in extraKeywords { dict.set(try HashKey(.string(keyword)), value) }
            values[slot] = .object(dict)
        }
        for (index, storage) in signature.storage.enumerated() {
            switch storage {
            case .local(let local): frame.locals[local] = values[index]
            case .cell(let cell): frame.cells[cell].value = values[index]
            case .global, .classNamespace: break
            }
        }
    }

    private static func describeMissing(_ names: [String], kind: String) -> String {
        let quoted = names.map { "'\($0)'" }
        let list: String
        switch quoted.count {
        case 1: list = quoted[0]
        case 2: list = quoted[0] + " and " + quoted[1]
        default: list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
        }
        return "\(names.count) required \(kind) argument\(names.count == 1 ? "" : "s"): \(list)"
    }
}

/// Objects of other modules that can be called (`jax.jit` results, array methods).
protocol CallCapable {
    func call(_ arguments: Arguments, runtime: Runtime) throws(PythonError) -> Value
}
