/// `sys.stdout` and `sys.stderr`: text streams whose writes go to the embedder's
/// `InterpreterOutput`, shown as CPython shows its `io.TextIOWrapper`.
final class TextStreamObject: PyObject, AttributeCapable, CustomRepresentable {
    let stream: StandardStream
    private unowned let runtime: Runtime

    init(_ stream: StandardStream, runtime: Runtime) {
        self.stream = stream
        self.runtime = runtime
    }

    override var typeName: String { "TextIOWrapper" }

    func pythonRepr() throws(PythonError) -> String {
        "<_io.TextIOWrapper name='<\(stream.rawValue)>' mode='w' encoding='utf-8'>"
    }

    func attribute(_ name: String, runtime: Runtime) throws(PythonError) -> Value? {
        let stream = self.stream
        switch name {
        case "name": return .string("<\(stream.rawValue)>")
        case "mode": return .string("w")
        case "encoding": return .string("utf-8")
        case "write":
            return .object(BuiltinFunction("write") { arguments throws(PythonError) in
                try arguments.noKeywords("write")
                try arguments.expectCount(1...1, "write")
                guard case .string(let text) = arguments.positional[0] else {
                    throw .typeError("write() argument must be str, not \(arguments.positional[0].typeName)")
                }
                try runtime.write(text, to: stream)
                return .int(text.count)
            })
        case "writelines":
            return .object(BuiltinFunction("writelines") { arguments throws(PythonError) in
                try arguments.noKeywords("writelines")
                try arguments.expectCount(1...1, "writelines")
                for line in try Iteration.values(arguments.positional[0]) {
                    guard case .string(let text) = line else {
                        throw .typeError("write() argument must be str, not \(line.typeName)")
                    }
                    try runtime.write(text, to: stream)
                }
                return .none
            })
        case "flush":
            return .object(BuiltinFunction("flush") { arguments throws(PythonError) in
                try arguments.expectCount(0...0, "flush")
                try runtime.flush(stream)
                return .none
            })
        default: return nil
        }
    }

    func setAttribute(_ name: String, _ value: Value) throws(PythonError) -> Bool { false }
}
