/// NumPy's floating-point error handling (`np.seterr`, `np.geterr`): what happens to a
/// division by zero, an overflow, an underflow or an invalid value — `ignore`, `warn` (a
/// RuntimeWarning), `raise` (FloatingPointError) or `print` (`Warning: ...` on stderr).
/// Underflow is never detected here (its default, `ignore`, is what NumPy does).
struct NumPyErrorState {
    static let kinds = ["divide", "over", "under", "invalid"]
    static let modes: Set<String> = ["ignore", "warn", "raise", "print", "call", "log"]

    var modes = ["divide": "warn", "over": "warn", "under": "ignore", "invalid": "warn"]

    /// `np.geterr()`: a dict in NumPy's order.
    var dictionary: Value {
        let dict = DictObject()
        for kind in Self.kinds { dict.set(try! HashKey(.string(kind)), .string(modes[kind]!)) }
        return .object(dict)
    }

    /// The kind of error a NumPy warning reports, if it is one of the four.
    static func kind(of message: String) -> String? {
        if message.hasPrefix("divide by zero encountered") { return "divide" }
        if message.hasPrefix("overflow encountered") { return "over" }
        if message.hasPrefix("underflow encountered") { return "under" }
        if message.hasPrefix("invalid value encountered") { return "invalid" }
        return nil
    }
}

extension NumPyModule {
    /// `np.seterr(all=None, divide=None, over=None, under=None, invalid=None)` (returns the
    /// settings it replaced) and `np.geterr()`.
    static func defineErrorState(_ module: ModuleObject, runtime: Runtime) {
        module.define("seterr") { [unowned runtime] arguments throws(PythonError) in
            let values = try WarningsModule.bind(arguments, ["all"] + NumPyErrorState.kinds, required: 0, function: "seterr")
            let old = runtime.numpyErrors.dictionary
            var modes = runtime.numpyErrors.modes
            for (index, name) in (["all"] + NumPyErrorState.kinds).enumerated() {
                guard let value = values[index], !value.isNoneValue else { continue }
                guard case .string(let mode) = value, NumPyErrorState.modes.contains(mode) else {
                    throw .valueError("invalid error mode \(try value.repr())")
                }
                guard mode != "call" && mode != "log" else {
                    throw PythonError(
                        ExceptionTypes.notImplementedError, "np.seterr: the '\(mode)' mode (with np.seterrcall) is not supported in course cells")
                }
                if name == "all" {
                    for kind in NumPyErrorState.kinds { modes[kind] = mode }
                }
            }
            // A kind named on its own wins over `all`, as in NumPy.
            for (index, kind) in NumPyErrorState.kinds.enumerated() {
                if case .string(let mode)? = values[index + 1] { modes[kind] = mode }
            }
            runtime.numpyErrors.modes = modes
            return old
        }
        module.define("errstate") { [unowned runtime] arguments throws(PythonError) in
            let values = try WarningsModule.bind(arguments, ["all"] + NumPyErrorState.kinds, required: 0, function: "errstate")
            var modes: [String: String] = [:]
            for (index, name) in (["all"] + NumPyErrorState.kinds).enumerated() {
                guard let value = values[index], !value.isNoneValue else { continue }
                guard case .string(let mode) = value, NumPyErrorState.modes.contains(mode), mode != "call", mode != "log" else {
                    throw .valueError("invalid error mode \(try value.repr())")
                }
                for kind in name == "all" ? NumPyErrorState.kinds : [name] where name != "all" || modes[kind] == nil { modes[kind] = mode }
            }
            return .object(ErrorStateContext(runtime: runtime, modes: modes))
        }
        module.define("geterr") { [unowned runtime] arguments throws(PythonError) in
            try arguments.expectCount(0...0, "geterr")
            return runtime.numpyErrors.dictionary
        }
    }
}

/// `np.errstate(**modes)`: the error handling set for the block, restored after it.
final class ErrorStateContext: PyObject, ContextManaging {
    private unowned let runtime: Runtime
    private let modes: [String: String]
    private var saved: NumPyErrorState?

    init(runtime: Runtime, modes: [String: String]) {
        self.runtime = runtime
        self.modes = modes
    }

    override var typeName: String { "errstate" }

    func enter() throws(PythonError) -> Value {
        saved = runtime.numpyErrors
        for (kind, mode) in modes { runtime.numpyErrors.modes[kind] = mode }
        return .none
    }

    func exit(_ exception: Value?) throws(PythonError) -> Bool {
        if let saved { runtime.numpyErrors = saved }
        return false
    }
}
