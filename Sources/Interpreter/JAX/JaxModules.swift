import Fusion
import TensorCore

/// `import jax.numpy as jnp`: NumPy's names with JAX's semantics.
enum JaxNumPyModule {
    static func make(_ runtime: Runtime) -> ModuleObject {
        let module = ModuleObject(name: "jax.numpy", attributes: [
            "pi": .float(Double.pi), "e": .float(2.718281828459045), "inf": .float(.infinity), "nan": .float(.nan),
            "newaxis": .none,
        ])
        for dtype in DType.allCases {
            module.attributes[dtype == .bool ? "bool_" : dtype.name] = .object(ScalarTypeObject(dtype, jax: true))
        }
        for function in UFunc.allCases {
            module.define(function.name) { arguments throws(PythonError) in
                try arguments.expectCount(function.arity...function.arity, function.name)
                return try JaxBridge.apply(function, arguments.positional)
            }
        }
        module.attributes["abs"] = module.attributes["absolute"]
        module.attributes["mod"] = module.attributes["remainder"]
        for name in JaxReductions.names {
            module.define(name) { arguments throws(PythonError) in
                guard let first = arguments.positional.first else { throw .typeError("\(name)() missing required argument 'a'") }
                return try JaxReductions.reduce(name, first, Arguments(Array(arguments.positional.dropFirst()), keywords: arguments.keywords))
            }
        }
        module.define("array") { arguments throws(PythonError) in
            try arguments.expectCount(1...2, "array")
            let dtype = try NumPyBridge.dtype(arguments.positional.count > 1 ? arguments.positional[1] : arguments.keyword("dtype"))
            let array = try JaxBridge.canonicalArray(arguments.positional[0], dtype: dtype)
            return JaxBridge.wrap(try JaxBridge.run { () throws(TensorError) in try array.copy() })
        }
        module.attributes["asarray"] = module.attributes["array"]
        for (name, fill) in [("zeros", 0.0), ("ones", 1.0)] {
            module.define(name) { arguments throws(PythonError) in
                try arguments.expectCount(1...2, name)
                let shape = try NumPyBridge.shape(arguments.positional[0])
                let dtype = JAXPromotion.canonical(try NumPyBridge.dtype(arguments.positional.count > 1 ? arguments.positional[1] : arguments.keyword("dtype")) ?? .float64)
                return JaxBridge.wrap(try JaxBridge.run { () throws(TensorError) in try NDArray.full(shape, .float(fill), dtype: dtype) })
            }
        }
        module.define("arange") { arguments throws(PythonError) in
            JaxBridge.wrap(try JaxBridge.canonicalArray(.object(ArrayObject(try NumPyModule.arange(arguments)))))
        }
        module.define("linspace") { arguments throws(PythonError) in
            JaxBridge.wrap(try NumPyModule.linspace(arguments, defaultDType: JAXPromotion.canonical(.float64)))
        }
        module.define("dot") { arguments throws(PythonError) in
            try arguments.expectCount(2...2, "dot")
            let a = try JaxBridge.canonicalArray(arguments.positional[0])
            let b = try JaxBridge.canonicalArray(arguments.positional[1])
            return JaxBridge.wrap(try JaxBridge.run { () throws(TensorError) in try NDArray.dot(a, b) })
        }
        module.define("where") { arguments throws(PythonError) in
            try arguments.expectCount(3...3, "where")
            var operands: [Operand] = []
            for value in arguments.positional { operands.append(.array(try JaxBridge.canonicalArray(value))) }
            return JaxBridge.wrap(try JaxBridge.run { () throws(TensorError) in try NDArray.where(operands[0], operands[1], operands[2]) })
        }
        module.define("reshape") { arguments throws(PythonError) in
            try arguments.expectCount(2...2, "reshape")
            let array = try JaxBridge.canonicalArray(arguments.positional[0])
            let shape = try NumPyBridge.shape(arguments.positional[1])
            return JaxBridge.wrap(try JaxBridge.run { () throws(TensorError) in try array.reshaped(shape).copy() })
        }
        module.define("promote_types") { arguments throws(PythonError) in
            // JAX's table ignores jax_enable_x64: int64 and float64 stay themselves here.
            let (first, second) = try NumPyModule.typePair(arguments, "promote_types")
            return .object(DTypeObject(JAXPromotion.promoteTypes(first, second, x64: true)))
        }
        return module
    }
}

/// `import jax`: `jit`, `make_jaxpr`, `devices`, `config` and `jax.random`.
enum JaxModule {
    static func make(_ runtime: Runtime) -> ModuleObject {
        let module = ModuleObject(name: "jax", attributes: [:])
        module.define("jit") { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "jit")
            return .object(JittedFunction(arguments.positional[0], runtime: runtime))
        }
        module.define("make_jaxpr") { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "make_jaxpr")
            let jitted = JittedFunction(arguments.positional[0], runtime: runtime)
            return .object(BuiltinFunction("make_jaxpr(\(jitted.name))") { arguments throws(PythonError) in
                .object(ClosedJaxpr(try jitted.listing(arguments)))
            })
        }
        module.define("devices") { _ throws(PythonError) in .object(ListObject([.object(CpuDevice())])) }
        module.define("block_until_ready") { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "block_until_ready")
            return arguments.positional[0]
        }
        let config = ModuleObject(name: "jax.config", attributes: [:])
        config.define("update") { arguments throws(PythonError) in
            try arguments.expectCount(2...2, "update")
            guard case .string(let name) = arguments.positional[0] else { throw .typeError("config option name must be a string") }
            guard name == "jax_enable_x64" else { throw .attributeError("Unrecognized config option: \(name)") }
            JAXPromotion.isX64Enabled = try arguments.positional[1].isTruthy()
            return .none
        }
        module.attributes["config"] = .object(config)
        module.attributes["Array"] = .object(JaxTypes.array)
        return module
    }
}

/// `jax.devices()`'s one device.
final class CpuDevice: PyObject, CustomRepresentable {
    override var typeName: String { "CpuDevice" }
    func pythonRepr() throws(PythonError) -> String { "CpuDevice(id=0)" }
}

/// What `jax.make_jaxpr(f)(*args)` gives: printed as the jaxpr.
final class ClosedJaxpr: PyObject, CustomRepresentable, CustomStringRepresentable {
    let text: String
    init(_ text: String) { self.text = text }
    override var typeName: String { "ClosedJaxpr" }
    func pythonRepr() throws(PythonError) -> String { text }
    func pythonString() -> String { text }
}

/// `jax.jit(f)`: traced on Fusion once per signature, then run as a fused plan.
final class JittedFunction: PyObject, CallCapable, CustomRepresentable {
    let function: Value
    let name: String
    private unowned let runtime: Runtime
    private var compiled: JIT?
    /// A Python exception raised while tracing, carried across Fusion's typed errors.
    private var pending: PythonError?

    init(_ function: Value, runtime: Runtime) {
        self.function = function
        self.runtime = runtime
        if case .object(let object as FunctionObject) = function { name = object.code.name } else { name = "f" }
    }

    override var typeName: String { "PjitFunction" }
    override var pythonType: TypeObject { JaxTypes.jitted }

    func pythonRepr() throws(PythonError) -> String { "<PjitFunction of \(try function.repr())>" }

    private func jit() -> JIT {
        if let compiled { return compiled }
        var origin: String?
        var parameterNames: [String]?
        if case .object(let object as FunctionObject) = function {
            origin = "\(object.code.file):\(object.code.firstLine)"
            let signature = object.code.signature
            parameterNames = signature.positional + (signature.variadic.map { [$0] } ?? []) + signature.keywordOnly
        }
        let made = JIT(name, origin: origin, parameterNames: parameterNames) { [unowned self] (tracers: [Tracer]) throws(TensorError) -> [Tracer] in
            do throws(PythonError) {
                let result = try runtime.call(function, Arguments(tracers.map { .object(TracerObject($0)) }))
                return try outputs(result, anchor: tracers.first)
            } catch {
                pending = error
                throw TensorError(.valueError, "the traced function raised \(error.typeName)")
            }
        }
        compiled = made
        return made
    }

    private func outputs(_ result: Value, anchor: Tracer?) throws(PythonError) -> [Tracer] {
        if case .tuple(let items) = result {
            var tracers: [Tracer] = []
            for item in items { tracers += try outputs(item, anchor: anchor) }
            return tracers
        }
        if case .object(let tracer as TracerObject) = result { return [tracer.tracer] }
        guard let anchor else { throw .typeError("a jitted function without arguments must return arrays computed from them") }
        return [anchor.constant(try JaxBridge.canonicalArray(result))]
    }

    /// The arguments as Fusion values: Python numbers are weak 0-d arrays, as in JAX.
    private func values(_ arguments: Arguments) throws(PythonError) -> [FusionValue] {
        guard arguments.keywords.isEmpty else { throw .typeError("keyword arguments to jitted functions are not supported in course cells") }
        var values: [FusionValue] = []
        for argument in arguments.positional {
            switch try JaxInput(argument) {
            case .array(let array, let weak): values.append(FusionValue(array, isWeak: weak))
            case .scalar(let scalar):
                let dtype = JAXPromotion.canonical(scalar.defaultDType)
                values.append(FusionValue(try JaxBridge.run { () throws(TensorError) in try NDArray(.scalar(scalar), dtype: dtype) }, isWeak: true))
            case .tracer:
                throw .typeError("calling a jitted function inside another one is not supported in course cells")
            }
        }
        return values
    }

    private func rethrowing<T>(_ body: () throws(TensorError) -> T) throws(PythonError) -> T {
        pending = nil
        do throws(TensorError) {
            return try body()
        } catch {
            let raised = pending ?? JaxBridge.error(error)
            // JAX hides its own frames from what escapes a traced function, and says so.
            let note = "--------------------\nFor simplicity, JAX has removed its internal frames from the traceback of the following exception. Set JAX_TRACEBACK_FILTERING=off to include these."
            if !raised.exception.notes.contains(note) { raised.exception.notes.append(note) }
            throw raised
        }
    }

    func call(_ arguments: Arguments, runtime: Runtime) throws(PythonError) -> Value {
        let inputs = try values(arguments)
        let jit = self.jit()
        let results = try rethrowing { () throws(TensorError) in try jit.call(inputs) }
        let wrapped = results.map { JaxBridge.wrap($0.array, weak: $0.isWeak) }
        return wrapped.count == 1 ? wrapped[0] : .tuple(wrapped)
    }

    /// `jax.make_jaxpr(f)(*args)`'s text: the traced graph as JAX prints it.
    func listing(_ arguments: Arguments) throws(PythonError) -> String {
        let inputs = try values(arguments)
        let jit = self.jit()
        let plan = try rethrowing { () throws(TensorError) in try jit.plan(for: inputs) }
        let lines = plan.listing.split(separator: "\n", omittingEmptySubsequences: false)
        let jaxpr = lines.prefix { !$0.hasPrefix("fused loops:") }
        return jaxpr.joined(separator: "\n")
    }
}
