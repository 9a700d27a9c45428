/// Python's `sys`, limited to what reveals nothing of the machine: the program's arguments,
/// `exit`, the standard streams, `maxsize` and the recursion limit.
enum SysModule {
    static func make(_ runtime: Runtime) -> ModuleObject {
        let module = ModuleObject(name: "sys", attributes: [
            "argv": .object(ListObject(runtime.programArguments.map(Value.string))),
            "stdout": .object(runtime.standardStream(.stdout)),
            "stderr": .object(runtime.standardStream(.stderr)),
            "maxsize": .int(Int.max),
        ])
        module.define("exit") { arguments throws(PythonError) in
            try arguments.noKeywords("exit")
            try arguments.expectCount(0...1, "exit")
            throw PythonError(ExceptionObject(ExceptionTypes.systemExit, arguments.positional))
        }
        module.define("getrecursionlimit") { [unowned runtime] arguments throws(PythonError) in
            try arguments.expectCount(0...0, "getrecursionlimit")
            return .int(runtime.recursionLimit)
        }
        return module
    }
}

extension Runtime {
    /// `sys.stdout` or `sys.stderr`, one object each per interpreter.
    func standardStream(_ stream: StandardStream) -> TextStreamObject {
        if let made = standardStreams[stream] { return made }
        let made = TextStreamObject(stream, runtime: self)
        standardStreams[stream] = made
        return made
    }
}
