import TensorCore

/// `np.random`: the legacy global stream (MT19937, `np.random.seed`) and `default_rng`.
enum NumPyRandom {
    static func size(_ arguments: Arguments, from position: Int) throws(PythonError) -> [Int] {
        if let value = arguments.keyword("size") ?? (position < arguments.positional.count ? arguments.positional[position] : nil) {
            return value.isNoneValue ? [] : try NumPyBridge.shape(value)
        }
        return []
    }

    /// A float parameter given by keyword or at `position`.
    static func parameter(_ arguments: Arguments, _ name: String, _ position: Int, default fallback: Double) throws(PythonError) -> Double {
        guard let value = arguments.keyword(name) ?? (position < arguments.positional.count ? arguments.positional[position] : nil) else {
            return fallback
        }
        return try MathModule.number(value, name)
    }

    /// A draw: a scalar for an empty shape, as NumPy gives it.
    static func result(_ array: NDArray, shape: [Int]) -> Value {
        shape.isEmpty ? NumPyBridge.wrap(array) : NumPyBridge.wrapArray(array)
    }

    static func make(_ runtime: Runtime) -> ModuleObject {
        let module = ModuleObject(name: "numpy.random", attributes: [:])
        let state = try! RandomState()
        module.define("seed") { arguments throws(PythonError) in
            try arguments.expectCount(0...1, "seed")
            var seed: Int64?
            if let value = arguments.positional.first, case .int(let number) = value { seed = Int64(number) }
            try NumPyBridge.run { () throws(TensorError) in try state.seed(seed) }
            return .none
        }
        for name in ["random", "random_sample", "rand", "randn", "standard_normal"] {
            module.define(name) { arguments throws(PythonError) in
                let shape: [Int]
                if name == "rand" || name == "randn" {
                    var dimensions: [Int] = []
                    for value in arguments.positional {
                        guard let dimension = try Operators.index(value, for: name) else {
                            throw .typeError("'\(value.typeName)' object cannot be interpreted as an integer")
                        }
                        dimensions.append(dimension)
                    }
                    shape = dimensions
                } else {
                    shape = try size(arguments, from: 0)
                }
                let normal = name == "randn" || name == "standard_normal"
                let array = try NumPyBridge.run { () throws(TensorError) in
                    normal ? try state.standardNormal(shape) : try state.randomSample(shape)
                }
                return result(array, shape: shape)
            }
        }
        module.define("normal") { arguments throws(PythonError) in
            let loc = try parameter(arguments, "loc", 0, default: 0)
            let scale = try parameter(arguments, "scale", 1, default: 1)
            let shape = try size(arguments, from: 2)
            return result(try NumPyBridge.run { () throws(TensorError) in try state.normal(loc: loc, scale: scale, shape) }, shape: shape)
        }
        module.define("uniform") { arguments throws(PythonError) in
            let low = try parameter(arguments, "low", 0, default: 0)
            let high = try parameter(arguments, "high", 1, default: 1)
            let shape = try size(arguments, from: 2)
            return result(try NumPyBridge.run { () throws(TensorError) in try state.uniform(low: low, high: high, shape) }, shape: shape)
        }
        module.define("randint") { arguments throws(PythonError) in
            try arguments.expectCount(1...3, "randint")
            guard case .int(let low) = arguments.positional[0] else { throw .typeError("randint() needs integer bounds") }
            var high: Int64?
            if arguments.positional.count > 1, case .int(let value) = arguments.positional[1] { high = Int64(value) }
            if case .int(let value)? = arguments.keyword("high") { high = Int64(value) }
            let shape = try size(arguments, from: 2)
            let type = try NumPyBridge.dtype(arguments.keyword("dtype")) ?? .int64
            return result(try NumPyBridge.run { () throws(TensorError) in try state.randint(Int64(low), high, shape, dtype: type) }, shape: shape)
        }
        module.define("shuffle") { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "shuffle")
            let array = try NumPyBridge.array(arguments.positional[0])
            try NumPyBridge.run { () throws(TensorError) in try state.shuffle(array) }
            return .none
        }
        module.define("permutation") { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "permutation")
            if case .int(let count) = arguments.positional[0] {
                return .object(ArrayObject(try NumPyBridge.run { () throws(TensorError) in try state.permutation(count) }))
            }
            let array = try NumPyBridge.array(arguments.positional[0])
            return .object(ArrayObject(try NumPyBridge.run { () throws(TensorError) in try state.permutation(array) }))
        }
        module.define("default_rng") { arguments throws(PythonError) in
            var seed: Int64?
            if let value = arguments.positional.first, case .int(let number) = value { seed = Int64(number) }
            let generator = try NumPyBridge.run { () throws(TensorError) in try RandomGenerator(seed: seed) }
            return .object(RandomGeneratorObject(generator))
        }
        return module
    }
}

/// `np.random.default_rng(seed)`: a PCG64 `Generator`.
final class RandomGeneratorObject: PyObject, AttributeCapable, CustomRepresentable {
    let generator: RandomGenerator
    init(_ generator: RandomGenerator) { self.generator = generator }
    override var typeName: String { "Generator" }
    func pythonRepr() throws(PythonError) -> String { "Generator(PCG64) at \(Value.address(of: self).uppercased().replacingOccurrences(of: "0X", with: "0x"))" }

    func attribute(_ name: String, runtime: Runtime) throws(PythonError) -> Value? {
        let generator = self.generator
        switch name {
        case "random":
            return .object(BuiltinFunction(name) { arguments throws(PythonError) in
                let shape = try NumPyRandom.size(arguments, from: 0)
                return NumPyRandom.result(try NumPyBridge.run { () throws(TensorError) in try generator.random(shape) }, shape: shape)
            })
        case "standard_normal":
            return .object(BuiltinFunction(name) { arguments throws(PythonError) in
                let shape = try NumPyRandom.size(arguments, from: 0)
                return NumPyRandom.result(try NumPyBridge.run { () throws(TensorError) in try generator.standardNormal(shape) }, shape: shape)
            })
        case "normal", "uniform":
            return .object(BuiltinFunction(name) { arguments throws(PythonError) in
                let names = name == "normal" ? ("loc", "scale") : ("low", "high")
                let defaults = name == "normal" ? (0.0, 1.0) : (0.0, 1.0)
                var first = defaults.0
                var second = defaults.1
                if let value = arguments.keyword(names.0) ?? (arguments.positional.count > 0 ? arguments.positional[0] : nil) {
                    first = try MathModule.number(value, name)
                }
                if let value = arguments.keyword(names.1) ?? (arguments.positional.count > 1 ? arguments.positional[1] : nil) {
                    second = try MathModule.number(value, name)
                }
                let shape = try NumPyRandom.size(arguments, from: 2)
                let array = try NumPyBridge.run { () throws(TensorError) in
                    name == "normal" ? try generator.normal(loc: first, scale: second, shape) : try generator.uniform(low: first, high: second, shape)
                }
                return NumPyRandom.result(array, shape: shape)
            })
        default:
            return nil
        }
    }

    func setAttribute(_ name: String, _ value: Value) throws(PythonError) -> Bool { false }
}
