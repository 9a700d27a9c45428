extension Runtime {
    /// The modules course cells can import.
    static let availableModules = [
        "contextlib", "course", "course.diagrams", "functools", "itertools", "jax", "jax.numpy", "jax.random", "math", "matplotlib", "matplotlib.pyplot", "numpy", "numpy.exceptions", "numpy.linalg", "numpy.random", "sys", "time", "timeit", "typing", "warnings",
    ]

    /// Makes the module `name`, if course cells can import it.
    private func makeModule(_ name: String) -> ModuleObject? {
        switch name {
        case "math": MathModule.make(self)
        case "sys": SysModule.make(self)
        case "contextlib": ContextlibModule.make(self)
        case "warnings": WarningsModule.make(self)
        case "time": TimeModule.make(self)
        case "timeit": TimeitModule.make(self)
        case "typing": TypingModule.make(self)
        case "functools": FunctoolsModule.make(self)
        case "itertools": ItertoolsModule.make(self)
        case "numpy": NumPyModule.make(self)
        case "jax": JaxModule.make(self)
        case "jax.numpy": JaxNumPyModule.make(self)
        case "jax.random": JaxRandomModule.make(self)
        case "matplotlib.pyplot": PyplotModule.make(self)
        case "course.diagrams": DiagramsModule.make(self)
        case "course":
            ModuleObject(name: "course", attributes: ["diagrams": (try? importModule("course.diagrams")) ?? .none])
        case "matplotlib":
            ModuleObject(name: "matplotlib", attributes: ["pyplot": (try? importModule("matplotlib.pyplot")) ?? .none])
        case "numpy.random", "numpy.linalg", "numpy.exceptions":
            if case .object(let numpy as ModuleObject)? = try? importModule("numpy"),
                case .object(let submodule as ModuleObject)? = numpy.attributes[String(name.dropFirst("numpy.".count))] {
                submodule
            } else {
                nil
            }
        default: nil
        }
    }

    /// `import name`: the module, made once per interpreter.
    func importModule(_ name: String) throws(PythonError) -> Value {
        if let module = modules[name] { return module }
        guard let made = makeModule(name) else {
            let topLevel = Set(Self.availableModules.map { String($0.split(separator: ".")[0]) }).sorted()
            throw PythonError(
                ExceptionTypes.moduleNotFoundError,
                "No module named '\(name)' (course cells can import: \(topLevel.joined(separator: ", ")))")
        }
        let module = Value.object(made)
        modules[name] = module
        return module
    }
}

extension ModuleObject {
    /// Adds a function to the module.
    func define(_ name: String, _ body: @escaping (Arguments) throws(PythonError) -> Value) {
        attributes[name] = .object(BuiltinFunction(name, body))
    }
}
