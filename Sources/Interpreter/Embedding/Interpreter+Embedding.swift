/// Reading and writing the namespace, and calling Python functions, from Swift: what a
/// checker needs to judge an answer without trusting anything the answer could rebind.
extension Interpreter {
    /// The value a global name is bound to, or nil when it is unbound.
    public func value(of name: String) -> PythonValue? {
        runtime.globals[name].map { PythonValue($0) }
    }

    /// The names bound in the namespace, in the order they were first bound.
    public var globalNames: [String] { runtime.globals.boundNames }

    /// Binds a global name, as an assignment in a cell would. Returns false for a value
    /// that cannot be made from Swift (`.callable`, `.other`).
    @discardableResult
    public func setValue(_ value: PythonValue, of name: String) -> Bool {
        guard let converted = value.value else { return false }
        runtime.globals[name] = converted
        return true
    }

    /// Calls the callable bound to the global `name` with positional arguments, under the
    /// same limits and warnings as a cell. Throws `PythonException` for an exception it
    /// raised (`NameError` for an unbound name, `TypeError` for a value that cannot be
    /// called), with the traceback through the function's own lines.
    public func call(_ name: String, with arguments: [PythonValue], timeout: Double? = nil) throws(PythonException) -> PythonValue {
        try execute(timeout: timeout, passingThrough: nil) { () throws(PythonError) -> PythonValue in
            guard let callee = runtime.globals[name] else {
                throw PythonError(ExceptionTypes.nameError, "name '\(name)' is not defined")
            }
            var values: [Value] = []
            for argument in arguments {
                guard let value = argument.value else {
                    throw .typeError("a \(argument.typeName) cannot be passed from Swift")
                }
                values.append(value)
            }
            return PythonValue(try runtime.call(callee, Arguments(values)))
        }
    }
}

extension Interpreter {
    /// A failure of a Swift function bound with `setFunction`: raised in Python as
    /// `ValueError` with this message.
    public struct SwiftFunctionError: Error {
        public var message: String
        public init(_ message: String) { self.message = message }
    }

    /// Binds a global name to a function written in Swift, taking positional arguments.
    public func setFunction(_ name: String, _ body: @escaping ([PythonValue]) throws(SwiftFunctionError) -> PythonValue) {
        runtime.globals[name] = .object(BuiltinFunction(name) { arguments throws(PythonError) in
            try arguments.noKeywords(name)
            let values = arguments.positional.map { PythonValue($0) }
            let result: PythonValue
            do throws(SwiftFunctionError) {
                result = try body(values)
            } catch {
                throw .valueError(error.message)
            }
            guard let value = result.value else { throw .typeError("\(name)() gave a \(result.typeName), which cannot be passed to Python") }
            return value
        })
    }
}
