import TensorCore

/// `import numpy as np`: TensorCore under NumPy's names.
enum NumPyModule {
    static func make(_ runtime: Runtime) -> ModuleObject {
        let module = ModuleObject(name: "numpy", attributes: [
            "pi": .float(Double.pi), "e": .float(2.718281828459045), "inf": .float(.infinity), "nan": .float(.nan),
            "newaxis": .none, "ndarray": .object(NumPyTypes.ndarray),
        ])
        for dtype in DType.allCases {
            module.attributes[dtype == .bool ? "bool_" : dtype.name] = .object(ScalarTypeObject(dtype))
        }
        module.attributes["bool"] = module.attributes["bool_"]
        for type in NumPyTypes.abstractTypes { module.attributes[type.name] = .object(type) }
        module.attributes["ufunc"] = .object(NumPyTypes.ufunc)
        module.attributes["exceptions"] = .object(ModuleObject(
            name: "numpy.exceptions", attributes: ["AxisError": .object(NumPyBridge.axisError)]))
        for (name, flag) in [("True_", true), ("False_", false)] {
            if let array = try? NDArray(.scalar(.bool(flag)), dtype: .bool) { module.attributes[name] = .object(NumPyScalar(array)) }
        }
        module.attributes["double"] = module.attributes["float64"]
        module.attributes["single"] = module.attributes["float32"]
        module.attributes["half"] = module.attributes["float16"]
        for function in UFunc.allCases { module.attributes[function.name] = .object(UFuncObject(function)) }
        module.attributes["abs"] = .object(UFuncObject(.absolute))
        module.attributes["mod"] = .object(UFuncObject(.remainder))
        module.attributes["true_divide"] = .object(UFuncObject(.trueDivide))
        module.attributes["bitwise_not"] = .object(UFuncObject(.invert))
        module.attributes["arccos"] = .object(UFuncObject(.arccos))

        defineCreation(module)
        defineReductions(module)
        defineShapes(module)
        NumPyRounding.install(module)
        defineJoiningAndMemory(module)
        defineErrorState(module, runtime: runtime)
        module.define("count_nonzero") { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "count_nonzero")
            let array = try NumPyBridge.array(arguments.positional[0])
            return NumPyBridge.wrap(try NumPyBridge.run { () throws(TensorError) in try array.countNonzero() })
        }
        module.attributes["random"] = .object(NumPyRandom.make(runtime))
        module.attributes["linalg"] = .object(NumPyLinalg.make())
        return module
    }

    /// `dtype=` from keyword arguments.
    static func dtype(_ arguments: Arguments, position: Int? = nil) throws(PythonError) -> DType? {
        if let position, position < arguments.positional.count { return try NumPyBridge.dtype(arguments.positional[position]) }
        return try NumPyBridge.dtype(arguments.keyword("dtype"))
    }

    private static func defineCreation(_ module: ModuleObject) {
        module.define("array") { arguments throws(PythonError) in
            try arguments.allowOnly(["dtype", "copy", "ndmin"], function: "array")
            try arguments.expectCount(1...2, "array")
            let source = try NumPyBridge.array(arguments.positional[0], dtype: try dtype(arguments, position: 1))
            if case .object(is ArrayObject) = arguments.positional[0] {
                return NumPyBridge.wrapArray(try NumPyBridge.run { () throws(TensorError) in try source.copy() })
            }
            return NumPyBridge.wrapArray(source)
        }
        module.define("asarray") { arguments throws(PythonError) in
            try arguments.expectCount(1...2, "asarray")
            return NumPyBridge.wrapArray(try NumPyBridge.array(arguments.positional[0], dtype: try dtype(arguments, position: 1)))
        }
        // `np.empty` is zero-filled too: its contents are unspecified in NumPy, and zeros
        // keep runs reproducible.
        for name in ["zeros", "empty"] {
            module.define(name) { arguments throws(PythonError) in
                try arguments.expectCount(1...2, name)
                let shape = try NumPyBridge.shape(arguments.positional[0])
                let type = try dtype(arguments, position: 1) ?? .float64
                return NumPyBridge.wrapArray(try NumPyBridge.run { () throws(TensorError) in try NDArray(dtype: type, shape: shape, zeroed: true) })
            }
        }
        module.define("ones") { arguments throws(PythonError) in
            try arguments.expectCount(1...2, "ones")
            let shape = try NumPyBridge.shape(arguments.positional[0])
            let type = try dtype(arguments, position: 1) ?? .float64
            return NumPyBridge.wrapArray(try NumPyBridge.run { () throws(TensorError) in try NDArray.ones(shape, dtype: type) })
        }
        module.define("full") { arguments throws(PythonError) in
            try arguments.expectCount(2...3, "full")
            let shape = try NumPyBridge.shape(arguments.positional[0])
            guard let value = try NumPyBridge.scalar(arguments.positional[1]) ?? (try? NumPyBridge.nested(arguments.positional[1])).flatMap({ if case .scalar(let s) = $0 { s } else { nil } }) else {
                throw .typeError("full() needs a number fill value")
            }
            let type = try dtype(arguments, position: 2)
            return NumPyBridge.wrapArray(try NumPyBridge.run { () throws(TensorError) in try NDArray.full(shape, value, dtype: type) })
        }
        for name in ["zeros_like", "ones_like", "empty_like"] {
            module.define(name) { arguments throws(PythonError) in
                try arguments.expectCount(1...2, name)
                let other = try NumPyBridge.array(arguments.positional[0])
                let type = try dtype(arguments, position: 1)
                return NumPyBridge.wrapArray(try NumPyBridge.run { () throws(TensorError) in
                    name == "ones_like" ? try NDArray.ones(like: other, dtype: type) : try NDArray.zeros(like: other, dtype: type)
                })
            }
        }
        module.define("full_like") { arguments throws(PythonError) in
            try arguments.expectCount(2...3, "full_like")
            let other = try NumPyBridge.array(arguments.positional[0])
            guard let value = try NumPyBridge.scalar(arguments.positional[1]) else { throw .typeError("full_like() needs a number") }
            let type = try dtype(arguments, position: 2)
            return NumPyBridge.wrapArray(try NumPyBridge.run { () throws(TensorError) in try NDArray.full(like: other, value, dtype: type) })
        }
        module.define("arange") { arguments throws(PythonError) in NumPyBridge.wrapArray(try arange(arguments)) }
        module.define("linspace") { arguments throws(PythonError) in NumPyBridge.wrapArray(try linspace(arguments)) }
        module.define("eye") { arguments throws(PythonError) in
            try arguments.expectCount(1...2, "eye")
            guard case .int(let rows) = arguments.positional[0] else { throw .typeError("eye() needs an integer") }
            var columns: Int?
            if arguments.positional.count > 1, case .int(let count) = arguments.positional[1] { columns = count }
            var diagonal = 0
            if case .int(let k)? = arguments.keyword("k") { diagonal = k }
            let type = try NumPyBridge.dtype(arguments.keyword("dtype")) ?? .float64
            return NumPyBridge.wrapArray(try NumPyBridge.run { () throws(TensorError) in try NDArray.eye(rows, columns, k: diagonal, dtype: type) })
        }
        module.define("dtype") { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "dtype")
            guard let type = try NumPyBridge.dtype(arguments.positional[0]) else { throw .typeError("dtype() needs a type") }
            return .object(DTypeObject(type))
        }
    }

    /// `arange(start, stop, step, dtype)` (shared with `jax.numpy`, which then takes JAX's types).
    static func arange(_ arguments: Arguments) throws(PythonError) -> NDArray {
        try arguments.allowOnly(["dtype", "step", "start", "stop"], function: "arange")
        var bounds: [Scalar] = []
        for value in arguments.positional.prefix(3) {
            guard let scalar = try NumPyBridge.scalar(value) ?? (try? NumPyBridge.nested(value)).flatMap({ if case .scalar(let s) = $0 { s } else { nil } }) else {
                throw .typeError("unsupported operand type for arange(): '\(value.typeName)'")
            }
            bounds.append(scalar)
        }
        if let step = arguments.keyword("step"), let scalar = try NumPyBridge.scalar(step) {
            if bounds.count == 1 { bounds = [.int(0), bounds[0]] }
            bounds.append(scalar)
        }
        let type = try dtype(arguments, position: arguments.positional.count == 4 ? 3 : nil)
        guard let first = bounds.first else { throw .typeError("arange() requires stop to be specified.") }
        return try NumPyBridge.run { () throws(TensorError) in
            try NDArray.arange(first, bounds.count > 1 ? bounds[1] : nil, step: bounds.count > 2 ? bounds[2] : 1, dtype: type)
        }
    }

    /// `linspace(start, stop, num=50, endpoint=True, dtype)`; `defaultDType` when no dtype is given.
    static func linspace(_ arguments: Arguments, defaultDType: DType? = nil) throws(PythonError) -> NDArray {
        try arguments.allowOnly(["num", "endpoint", "dtype", "retstep"], function: "linspace")
        try arguments.expectCount(2...3, "linspace")
        let start = try MathModule.number(arguments.positional[0], "linspace")
        let stop = try MathModule.number(arguments.positional[1], "linspace")
        var count = 50
        if let value = arguments.positional.count > 2 ? arguments.positional[2] : arguments.keyword("num") {
            guard let number = try Operators.index(value, for: "linspace") else {
                throw .typeError("'\(value.typeName)' object cannot be interpreted as an integer")
            }
            count = number
        }
        let endpoint = try arguments.keyword("endpoint")?.isTruthy() ?? true
        let type = try NumPyBridge.dtype(arguments.keyword("dtype")) ?? defaultDType
        return try NumPyBridge.run { () throws(TensorError) in
            try NDArray.linspace(start, stop, count: count, endpoint: endpoint, dtype: type)
        }
    }

    private static func defineReductions(_ module: ModuleObject) {
        for name in ["sum", "prod", "mean", "max", "min", "std", "var", "any", "all", "argmax", "argmin", "cumsum", "cumprod"] {
            let method = ArrayMethods.table[name]!
            module.define(name) { arguments throws(PythonError) in
                guard let first = arguments.positional.first else { throw .typeError("\(name)() missing required argument 'a' (pos 1)") }
                let array = try NumPyBridge.array(first)
                return try method(array, Arguments(Array(arguments.positional.dropFirst()), keywords: arguments.keywords))
            }
        }
        module.attributes["amax"] = module.attributes["max"]
        module.attributes["amin"] = module.attributes["min"]
        module.define("allclose") { arguments throws(PythonError) in
            .bool(try isClose(arguments).all())
        }
        module.define("isclose") { arguments throws(PythonError) in
            NumPyBridge.wrap(try isClose(arguments).array)
        }
        module.define("array_equal") { arguments throws(PythonError) in
            try arguments.expectCount(2...2, "array_equal")
            let a = try NumPyBridge.array(arguments.positional[0])
            let b = try NumPyBridge.array(arguments.positional[1])
            guard a.shape == b.shape else { return .bool(false) }
            let equal = try NumPyBridge.run { () throws(TensorError) in try UFunc.equal.apply([.array(a), .array(b)]).all() }
            return .bool(try NumPyScalar(equal).truthValue())
        }
        let products: [(String, (NDArray, NDArray) throws(TensorError) -> NDArray)] = [
            ("dot", { a, b throws(TensorError) in try NDArray.dot(a, b) }),
            ("outer", { a, b throws(TensorError) in try NDArray.outer(a, b) }),
            ("matmul", { a, b throws(TensorError) in try NDArray.matmul(a, b) }),
        ]
        for (name, product) in products {
            module.define(name) { arguments throws(PythonError) in
                try arguments.expectCount(2...2, name)
                let a = try NumPyBridge.array(arguments.positional[0])
                let b = try NumPyBridge.array(arguments.positional[1])
                return NumPyBridge.wrap(try NumPyBridge.run { () throws(TensorError) in try product(a, b) })
            }
        }
        module.define("where") { arguments throws(PythonError) in
            if arguments.positional.count == 1 {
                let condition = try NumPyBridge.array(arguments.positional[0])
                return .tuple(try NumPyBridge.run { () throws(TensorError) in try NDArray.where(condition) }.map(NumPyBridge.wrapArray))
            }
            try arguments.expectCount(3...3, "where")
            let operands = try (0..<3).map { index throws(PythonError) in try NumPyBridge.operand(arguments.positional[index]) }
            return NumPyBridge.wrap(try NumPyBridge.run { () throws(TensorError) in try NDArray.where(operands[0], operands[1], operands[2]) })
        }
    }

    /// `np.isclose(a, b, rtol=1e-05, atol=1e-08)`: |a - b| <= atol + rtol * |b|, NaNs unequal.
    private static func isClose(_ arguments: Arguments) throws(PythonError) -> (array: NDArray, all: () throws(PythonError) -> Bool) {
        try arguments.allowOnly(["rtol", "atol", "equal_nan"], function: "isclose")
        try arguments.expectCount(2...4, "isclose")
        let a = try NumPyBridge.operand(arguments.positional[0])
        let b = try NumPyBridge.operand(arguments.positional[1])
        var relative = 1e-05
        var absolute = 1e-08
        if let value = arguments.keyword("rtol") ?? (arguments.positional.count > 2 ? arguments.positional[2] : nil) {
            relative = try MathModule.number(value, "isclose")
        }
        if let value = arguments.keyword("atol") ?? (arguments.positional.count > 3 ? arguments.positional[3] : nil) {
            absolute = try MathModule.number(value, "isclose")
        }
        let result = try NumPyBridge.run { () throws(TensorError) -> NDArray in
            let difference = try UFunc.absolute.apply([.array(try UFunc.subtract.apply([a, b]))])
            let scale = try UFunc.absolute.apply([b])
            let tolerance = try UFunc.add.apply([.scalar(.float(absolute)), .array(try UFunc.multiply.apply([.scalar(.float(relative)), .array(scale)]))])
            let close = try UFunc.lessEqual.apply([.array(difference), .array(tolerance)])
            let same = try UFunc.equal.apply([a, b])
            return try UFunc.logicalOr.apply([.array(close), .array(same)])
        }
        return (result, { () throws(PythonError) -> Bool in
            let all = try NumPyBridge.run { () throws(TensorError) in try result.all() }
            return try NumPyScalar(all).truthValue()
        })
    }

    private static func defineShapes(_ module: ModuleObject) {
        for name in ["reshape", "transpose", "ravel", "squeeze", "swapaxes", "clip", "nonzero", "copy", "astype"] {
            let method = ArrayMethods.table[name]!
            module.define(name) { arguments throws(PythonError) in
                guard let first = arguments.positional.first else { throw .typeError("\(name)() missing required argument") }
                return try method(try NumPyBridge.array(first), Arguments(Array(arguments.positional.dropFirst()), keywords: arguments.keywords))
            }
        }
        module.define("shape") { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "shape")
            return .tuple(try NumPyBridge.array(arguments.positional[0]).shape.map(Value.int))
        }
        module.define("ndim") { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "ndim")
            return .int(try NumPyBridge.array(arguments.positional[0]).ndim)
        }
        module.define("size") { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "size")
            return .int(try NumPyBridge.array(arguments.positional[0]).size)
        }
        module.define("expand_dims") { arguments throws(PythonError) in
            try arguments.expectCount(2...2, "expand_dims")
            let array = try NumPyBridge.array(arguments.positional[0])
            let axes = try NumPyBridge.axes(arguments.positional[1]) ?? []
            return NumPyBridge.wrapArray(try NumPyBridge.run { () throws(TensorError) in try array.expandingDimensions(axes) })
        }
        module.define("broadcast_to") { arguments throws(PythonError) in
            try arguments.expectCount(2...2, "broadcast_to")
            let array = try NumPyBridge.array(arguments.positional[0])
            let shape = try NumPyBridge.shape(arguments.positional[1])
            return NumPyBridge.wrapArray(try NumPyBridge.run { () throws(TensorError) in try array.broadcast(to: shape) })
        }
        module.define("broadcast_shapes") { arguments throws(PythonError) in
            var shapes: [[Int]] = []
            for value in arguments.positional { shapes.append(try NumPyBridge.shape(value)) }
            return .tuple(try NumPyBridge.run { () throws(TensorError) in try Broadcasting.broadcastShapes(shapes) }.map(Value.int))
        }
        module.define("broadcast_arrays") { arguments throws(PythonError) in
            var arrays: [NDArray] = []
            for value in arguments.positional { arrays.append(try NumPyBridge.array(value)) }
            let results = try NumPyBridge.run { () throws(TensorError) in try NDArray.broadcastArrays(arrays) }
            return .tuple(results.map(NumPyBridge.wrapArray))
        }
    }
}

/// `np.round(x, decimals)`: NumPy's algorithm, `rint(x * 10**d) / 10**d` (half to even).
enum NumPyRounding {
    static func round(_ value: Value, decimals: Int) throws(PythonError) -> Value {
        let operand = try NumPyBridge.operand(value)
        let result = try NumPyBridge.run { () throws(TensorError) -> NDArray in
            if decimals == 0 { return try UFunc.rint.apply([operand]) }
            let scale = Scalar.float(decimals > 0 ? pow10(decimals) : 1 / pow10(-decimals))
            let scaled = try UFunc.multiply.apply([operand, .scalar(scale)])
            return try UFunc.trueDivide.apply([.array(try UFunc.rint.apply([.array(scaled)])), .scalar(scale)])
        }
        if case .object(is ArrayObject) = value { return NumPyBridge.wrapArray(result) }
        return NumPyBridge.wrap(result)
    }

    static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<exponent { result *= 10 }
        return result
    }

    static func install(_ module: ModuleObject) {
        for name in ["round", "around"] {
            module.define(name) { arguments throws(PythonError) in
                try arguments.expectCount(1...2, name)
                var decimals = 0
                if let value = arguments.positional.count > 1 ? arguments.positional[1] : arguments.keyword("decimals") {
                    guard let number = try Operators.index(value, for: name) else { throw .typeError("decimals must be an integer") }
                    decimals = number
                }
                return try round(arguments.positional[0], decimals: decimals)
            }
        }
    }
}

extension NumPyScalar: RoundCapable {
    /// `round(x)` gives a Python int; `round(x, n)` a NumPy scalar.
    func rounded(_ digits: Value) throws(PythonError) -> Value {
        if case .none = digits { return try Builtins.round(Self.python(item), .none) }
        guard let places = try Operators.index(digits, for: "round") else { throw .typeError("'\(digits.typeName)' object cannot be interpreted as an integer") }
        return try NumPyRounding.round(.object(self), decimals: places)
    }
}

extension ArrayObject: RoundCapable {
    func rounded(_ digits: Value) throws(PythonError) -> Value {
        let places = digits.isNoneValue ? 0 : (try Operators.index(digits, for: "round") ?? 0)
        return try NumPyRounding.round(.object(self), decimals: places)
    }
}
