import TensorCore

/// `jax.random`: threefry2x32 keys (`key`, `PRNGKey`), `split`, `fold_in` and draws
/// bit-identical to JAX's.
enum JaxRandomModule {
    static func key(_ value: Value, _ function: String) throws(PythonError) -> JAXKey {
        guard case .object(let object as KeyObject) = value else {
            throw .typeError("\(function) requires a PRNG key, got \(value.typeName)")
        }
        return object.key
    }

    static func shape(_ arguments: Arguments, at position: Int) throws(PythonError) -> [Int] {
        guard let value = arguments.keyword("shape") ?? (position < arguments.positional.count ? arguments.positional[position] : nil) else {
            return []
        }
        return try NumPyBridge.shape(value)
    }

    static func make(_ runtime: Runtime) -> ModuleObject {
        let module = ModuleObject(name: "jax.random", attributes: [:])
        for (name, typed) in [("key", true), ("PRNGKey", false)] {
            module.define(name) { arguments throws(PythonError) in
                try arguments.expectCount(1...1, name)
                guard case .int(let seed) = arguments.positional[0] else {
                    throw .typeError("\(name) seed must be an integer, got \(arguments.positional[0].typeName)")
                }
                return .object(KeyObject(try JaxBridge.run { () throws(TensorError) in try JAXKey(seed: Int64(seed), typed: typed) }))
            }
        }
        module.define("split") { arguments throws(PythonError) in
            try arguments.expectCount(1...2, "split")
            let key = try key(arguments.positional[0], "split")
            var count = 2
            if let value = arguments.positional.count > 1 ? arguments.positional[1] : arguments.keyword("num") {
                guard let number = try Operators.index(value, for: "split") else { throw .typeError("num must be an integer") }
                count = number
            }
            return .object(KeyObject(try JaxBridge.run { () throws(TensorError) in try JAXRandom.split(key, shape: [count]) }))
        }
        module.define("fold_in") { arguments throws(PythonError) in
            try arguments.expectCount(2...2, "fold_in")
            let key = try key(arguments.positional[0], "fold_in")
            guard case .int(let data) = arguments.positional[1] else { throw .typeError("fold_in data must be an integer") }
            return .object(KeyObject(try JaxBridge.run { () throws(TensorError) in try JAXRandom.foldIn(key, Int64(data)) }))
        }
        module.define("normal") { arguments throws(PythonError) in
            let key = try key(arguments.positional.first ?? .none, "normal")
            let shape = try shape(arguments, at: 1)
            let dtype = try NumPyBridge.dtype(arguments.keyword("dtype")) ?? .float32
            return JaxBridge.wrap(try JaxBridge.run { () throws(TensorError) in try JAXRandom.normal(key, shape: shape, dtype: dtype) })
        }
        module.define("uniform") { arguments throws(PythonError) in
            let key = try key(arguments.positional.first ?? .none, "uniform")
            let shape = try shape(arguments, at: 1)
            let dtype = try NumPyBridge.dtype(arguments.keyword("dtype")) ?? .float32
            let low = Float(try arguments.keyword("minval").map { v throws(PythonError) in try MathModule.number(v, "uniform") } ?? 0)
            let high = Float(try arguments.keyword("maxval").map { v throws(PythonError) in try MathModule.number(v, "uniform") } ?? 1)
            return JaxBridge.wrap(try JaxBridge.run { () throws(TensorError) in
                try JAXRandom.uniform(key, shape: shape, dtype: dtype, minval: low, maxval: high)
            })
        }
        module.define("bits") { arguments throws(PythonError) in
            let key = try key(arguments.positional.first ?? .none, "bits")
            let shape = try shape(arguments, at: 1)
            let dtype = try NumPyBridge.dtype(arguments.keyword("dtype")) ?? .uint32
            return JaxBridge.wrap(try JaxBridge.run { () throws(TensorError) in try JAXRandom.bits(key, shape: shape, dtype: dtype) })
        }
        return module
    }
}

/// A JAX key array (typed `key<fry>` or raw uint32), indexable and iterable like JAX's.
final class KeyObject: PyObject, CustomRepresentable, CustomStringRepresentable, SubscriptCapable, IterableCapable, SizedCapable {
    let key: JAXKey
    init(_ key: JAXKey) { self.key = key }
    override var typeName: String { "ArrayImpl" }
    func pythonRepr() throws(PythonError) -> String { key.repr() }
    /// `str` of a typed key is its repr; of a raw key, the uint32 array's `str`.
    func pythonString() -> String { key.isTyped ? key.repr() : key.data.str() }

    func getItem(_ index: Value) throws(PythonError) -> Value {
        guard let position = try Operators.index(index, for: "key") else {
            throw .typeError("key arrays are indexed with integers in course cells")
        }
        return .object(KeyObject(try JaxBridge.run { () throws(TensorError) in try key.element(position) }))
    }

    func setItem(_ index: Value, _ value: Value) throws(PythonError) {
        throw .typeError(NDArray.jaxImmutableAssignmentMessage)
    }

    func length() throws(PythonError) -> Int {
        guard let first = key.shape.first else { throw .typeError("len() of unsized object") }
        return first
    }

    func makeIterator() throws(PythonError) -> IteratorObject {
        let count = try length()
        var index = 0
        let key = self.key
        return IteratorObject { () throws(PythonError) -> Value? in
            guard index < count else { return nil }
            defer { index += 1 }
            return .object(KeyObject(try JaxBridge.run { () throws(TensorError) in try key.element(index) }))
        }
    }
}
