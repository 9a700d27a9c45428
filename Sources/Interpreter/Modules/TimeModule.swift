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
            // In slices, so that Ctrl-C and the time limit stop it as soon as they come.
            let wake = DispatchTime.now().uptimeNanoseconds &+ UInt64(min(seconds, 1e9) * 1e9)
            while true {
                try runtime.checkLimits()
                let now = DispatchTime.now().uptimeNanoseconds
                guard now < wake else { return .none }
                var until = min(wake, now + 20_000_000)
                if let deadline = runtime.deadline { until = min(until, max(deadline, now) + 1) }
                usleep(UInt32(clamping: (until - now) / 1000))
            }
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
