import Foundation

/// Python's `time` module: clocks, and `sleep` bounded by the cell's time limit.
enum TimeModule {
    static func make(_ runtime: Runtime) -> ModuleObject {
        let module = ModuleObject(name: "time", attributes: [:])
        module.define("perf_counter") { _ throws(PythonError) in
            .float(Double(DispatchTime.now().uptimeNanoseconds) / 1e9)
        }
        module.define("perf_counter_ns") { _ throws(PythonError) in .int(Int(DispatchTime.now().uptimeNanoseconds)) }
        module.define("monotonic") { _ throws(PythonError) in .float(Double(DispatchTime.now().uptimeNanoseconds) / 1e9) }
        module.define("time") { _ throws(PythonError) in .float(Date().timeIntervalSince1970) }
        module.define("time_ns") { _ throws(PythonError) in .int(Int(Date().timeIntervalSince1970 * 1e9)) }
        module.define("process_time") { _ throws(PythonError) in .float(Double(clock()) / Double(CLOCKS_PER_SEC)) }
        module.define("sleep") { [unowned runtime] arguments throws(PythonError) in
            try arguments.expectCount(1...1, "sleep")
            let seconds = try MathModule.number(arguments.positional[0], "sleep")
            guard seconds >= 0 else { throw .valueError("sleep length must be non-negative") }
            let wake = DispatchTime.now().uptimeNanoseconds + UInt64(seconds * 1e9)
            if let deadline = runtime.deadline, wake > deadline {
                let remaining = deadline > DispatchTime.now().uptimeNanoseconds ? deadline - DispatchTime.now().uptimeNanoseconds : 0
                usleep(UInt32(clamping: remaining / 1000))
                throw PythonError(ExceptionTypes.timeoutError, "the cell ran longer than its limit of \(Runtime.seconds(runtime.timeLimit))")
            }
            usleep(UInt32(clamping: UInt64(seconds * 1e6)))
            return .none
        }
        return module
    }
}

/// Python's `typing` module: names for annotations (which cells parse and ignore).
enum TypingModule {
    static func make(_ runtime: Runtime) -> ModuleObject {
        var attributes: [String: Value] = [:]
        for name in ["Any", "Callable", "Dict", "Iterable", "Iterator", "List", "Optional", "Sequence", "Set", "Tuple", "Union"] {
            attributes[name] = .object(TypingName(name))
        }
        return ModuleObject(name: "typing", attributes: attributes)
    }
}

/// A name from `typing`: subscriptable (`List[int]`), shown as `typing.List`.
final class TypingName: PyObject, SubscriptCapable, CustomRepresentable {
    let name: String
    init(_ name: String) { self.name = name }
    override var typeName: String { "_SpecialForm" }
    func getItem(_ index: Value) throws(PythonError) -> Value { .object(self) }
    func setItem(_ index: Value, _ value: Value) throws(PythonError) {
        throw .typeError("'\(typeName)' object does not support item assignment")
    }
    func pythonRepr() throws(PythonError) -> String { "typing.\(name)" }
}
