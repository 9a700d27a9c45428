/// The arguments of a call: positional values, then keyword values in order.
struct Arguments {
    var positional: [Value]
    var keywords: [(name: String, value: Value)]

    init(_ positional: [Value], keywords: [(name: String, value: Value)] = []) {
        self.positional = positional
        self.keywords = keywords
    }

    /// The keyword argument `name`, if given.
    func keyword(_ name: String) -> Value? { keywords.first { $0.name == name }?.value }

    /// Fails unless only the named keywords were given.
    func allowOnly(_ names: Set<String>, function: String) throws(PythonError) {
        for keyword in keywords where !names.contains(keyword.name) {
            throw .typeError("\(function)() got an unexpected keyword argument '\(keyword.name)'")
        }
    }

    /// Fails unless no keywords were given.
    func noKeywords(_ function: String) throws(PythonError) {
        if !keywords.isEmpty { throw .typeError("\(function)() takes no keyword arguments") }
    }

    /// Fails unless the number of positional arguments is in `range`.
    func expectCount(_ range: ClosedRange<Int>, _ function: String) throws(PythonError) {
        guard range.contains(positional.count) else {
            if range.lowerBound == range.upperBound {
                if range.lowerBound == 0 { throw .typeError("\(function)() takes no arguments (\(positional.count) given)") }
                if range.lowerBound == 1 { throw .typeError("\(function)() takes exactly one argument (\(positional.count) given)") }
                throw .typeError("\(function) expected \(range.lowerBound) arguments, got \(positional.count)")
            }
            if positional.count < range.lowerBound {
                throw .typeError("\(function) expected at least \(range.lowerBound) argument\(range.lowerBound == 1 ? "" : "s"), got \(positional.count)")
            }
            throw .typeError("\(function) expected at most \(range.upperBound) argument\(range.upperBound == 1 ? "" : "s"), got \(positional.count)")
        }
    }
}

/// A function implemented in Swift (`len`, `print`, a module's functions).
final class BuiltinFunction: PyObject {
    let name: String
    /// The module it is shown as coming from, if any (`<function sqrt>` vs builtins).
    let body: (Arguments) throws(PythonError) -> Value

    init(_ name: String, _ body: @escaping (Arguments) throws(PythonError) -> Value) {
        self.name = name
        self.body = body
    }

    override var typeName: String { "builtin_function_or_method" }
}

/// A method of a built-in value bound to it (`[].append`).
final class BoundMethod: PyObject {
    let receiver: Value
    let name: String
    let body: (Value, Arguments) throws(PythonError) -> Value

    init(receiver: Value, name: String, body: @escaping (Value, Arguments) throws(PythonError) -> Value) {
        self.receiver = receiver
        self.name = name
        self.body = body
    }

    override var typeName: String { "builtin_function_or_method" }
}

/// A variable shared between a function and the functions defined inside it.
final class Cell {
    var value: Value?
    init(_ value: Value? = nil) { self.value = value }
}
