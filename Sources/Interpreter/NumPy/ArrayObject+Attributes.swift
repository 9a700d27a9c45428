import TensorCore

extension ArrayObject: AttributeCapable {
    func attribute(_ name: String, runtime: Runtime) throws(PythonError) -> Value? {
        if let basic = NumPyBridge.basicAttribute(name, of: array) { return basic }
        switch name {
        case "strides": return .tuple(array.strides.map(Value.int))
        case "T": return NumPyBridge.wrapArray(array.transposed())
        case "flags": return .object(FlagsObject(array))
        case "base": return array.base.map(NumPyBridge.wrapArray) ?? Value.none
        case "__array_interface__": return try Self.arrayInterface(array)
        case "real": return .object(self)
        default: break
        }
        guard let method = ArrayMethods.table[name] else { return nil }
        let receiver = array
        return .object(BuiltinFunction(name) { arguments throws(PythonError) in try method(receiver, arguments) })
    }

    func setAttribute(_ name: String, _ value: Value) throws(PythonError) -> Bool {
        switch name {
        case "shape", "dtype", "strides", "ndim", "size", "T":
            throw .attributeError("attribute '\(name)' of 'numpy.ndarray' objects is not writable")
        default:
            return false
        }
    }
}

extension NumPyScalar: AttributeCapable {
    func attribute(_ name: String, runtime: Runtime) throws(PythonError) -> Value? {
        if let basic = NumPyBridge.basicAttribute(name, of: array) { return basic }
        switch name {
        case "real": return .object(self)
        default: break
        }
        guard let method = ArrayMethods.table[name] else { return nil }
        let receiver = array
        return .object(BuiltinFunction(name) { arguments throws(PythonError) in try method(receiver, arguments) })
    }

    func setAttribute(_ name: String, _ value: Value) throws(PythonError) -> Bool { false }
}

extension ArrayObject {
    /// NumPy's type string: byte order (`<`, or `|` for one-byte types), kind, item size.
    static func typeString(_ dtype: DType) -> String {
        (dtype.itemSize == 1 ? "|" : "<") + String(dtype.kind.rawValue) + String(dtype.itemSize)
    }

    /// `__array_interface__`: the data address and read-only flag, strides (None when
    /// C-contiguous), descr, typestr, shape and version 3.
    static func arrayInterface(_ array: NDArray) throws(PythonError) -> Value {
        let dict = DictObject()
        let typestr = typeString(array.dtype)
        let entries: [(String, Value)] = [
            ("data", .tuple([.int(array.address), .bool(!array.isWriteable)])),
            ("strides", array.isCContiguous ? .none : .tuple(array.strides.map(Value.int))),
            ("descr", .object(ListObject([.tuple([.string(""), .string(typestr)])]))),
            ("typestr", .string(typestr)),
            ("shape", .tuple(array.shape.map(Value.int))),
            ("version", .int(3)),
        ]
        for (key, value) in entries { dict.set(try HashKey(.string(key)), value) }
        return .object(dict)
    }
}

/// `ndarray.flags`: attributes (`c_contiguous`, …), items (`flags['OWNDATA']`) and NumPy's
/// printout.
final class FlagsObject: PyObject, AttributeCapable, SubscriptCapable, CustomRepresentable {
    let array: NDArray
    init(_ array: NDArray) { self.array = array }
    override var typeName: String { "numpy.flagsobj" }

    private var values: [(String, Bool)] {
        [("C_CONTIGUOUS", array.isCContiguous), ("F_CONTIGUOUS", array.isFContiguous), ("OWNDATA", array.ownsData),
         ("WRITEABLE", array.writeableFlag), ("ALIGNED", true), ("WRITEBACKIFCOPY", false)]
    }

    func pythonRepr() throws(PythonError) -> String {
        values.map { "  \($0.0) : \($0.1 ? "True" : "False")\n" }.joined()
    }

    func attribute(_ name: String, runtime: Runtime) throws(PythonError) -> Value? {
        values.first { $0.0.lowercased() == name }.map { .bool($0.1) }
    }

    func setAttribute(_ name: String, _ value: Value) throws(PythonError) -> Bool { false }

    func getItem(_ index: Value) throws(PythonError) -> Value {
        guard case .string(let key) = index, let entry = values.first(where: { $0.0 == key.uppercased() }) else {
            throw .keyError(index)
        }
        return .bool(entry.1)
    }

    func setItem(_ index: Value, _ value: Value) throws(PythonError) {
        throw .typeError("setting array flags is not supported in course cells")
    }
}

/// `ndarray`'s methods, shared with NumPy scalars.
enum ArrayMethods {
    typealias ArrayMethod = (NDArray, Arguments) throws(PythonError) -> Value

    /// A reduction method: `axis=`, `keepdims=` and, where NumPy has it, `dtype=`/`ddof=`.
    static func reduction(_ name: String, _ body: @escaping (NDArray, [Int]?, Bool, DType?, Int) throws(TensorError) -> NDArray) -> ArrayMethod {
        return { array, arguments throws(PythonError) in
            try arguments.allowOnly(["axis", "keepdims", "dtype", "ddof", "out"], function: name)
            let axis = try NumPyBridge.axes(arguments.positional.first ?? arguments.keyword("axis"))
            let keepdims = try arguments.keyword("keepdims")?.isTruthy() ?? false
            let dtype = try NumPyBridge.dtype(arguments.keyword("dtype"))
            var ddof = 0
            if case .int(let value)? = arguments.keyword("ddof") { ddof = value }
            let result = try NumPyBridge.run { () throws(TensorError) in try body(array, axis, keepdims, dtype, ddof) }
            return NumPyBridge.wrap(result)
        }
    }

    static func shapeArguments(_ arguments: Arguments) throws(PythonError) -> [Int] {
        if arguments.positional.count == 1 { return try NumPyBridge.shape(arguments.positional[0]) }
        return try NumPyBridge.shape(.tuple(arguments.positional))
    }

    nonisolated(unsafe) static let table: [String: ArrayMethod] = {
        var table: [String: ArrayMethod] = [:]
        table["sum"] = reduction("sum") { a, axis, keep, dtype, _ throws(TensorError) in try a.sum(axis: axis, dtype: dtype, keepdims: keep) }
        table["prod"] = reduction("prod") { a, axis, keep, dtype, _ throws(TensorError) in try a.prod(axis: axis, dtype: dtype, keepdims: keep) }
        table["mean"] = reduction("mean") { a, axis, keep, dtype, _ throws(TensorError) in try a.mean(axis: axis, dtype: dtype, keepdims: keep) }
        table["max"] = reduction("max") { a, axis, keep, _, _ throws(TensorError) in try a.max(axis: axis, keepdims: keep) }
        table["min"] = reduction("min") { a, axis, keep, _, _ throws(TensorError) in try a.min(axis: axis, keepdims: keep) }
        table["std"] = reduction("std") { a, axis, keep, dtype, ddof throws(TensorError) in
            try a.standardDeviation(axis: axis, dtype: dtype, ddof: ddof, keepdims: keep)
        }
        table["var"] = reduction("var") { a, axis, keep, dtype, ddof throws(TensorError) in
            try a.variance(axis: axis, dtype: dtype, ddof: ddof, keepdims: keep)
        }
        table["any"] = reduction("any") { a, axis, keep, _, _ throws(TensorError) in try a.any(axis: axis, keepdims: keep) }
        table["all"] = reduction("all") { a, axis, keep, _, _ throws(TensorError) in try a.all(axis: axis, keepdims: keep) }
        table["argmax"] = reduction("argmax") { a, axis, keep, _, _ throws(TensorError) in try a.argmax(axis: axis?.first, keepdims: keep) }
        table["argmin"] = reduction("argmin") { a, axis, keep, _, _ throws(TensorError) in try a.argmin(axis: axis?.first, keepdims: keep) }
        table["cumsum"] = arrayMethod { array, arguments throws(PythonError) in
            let axis = try NumPyBridge.axes(arguments.positional.first ?? arguments.keyword("axis"))?.first
            let dtype = try NumPyBridge.dtype(arguments.keyword("dtype"))
            return NumPyBridge.wrapArray(try NumPyBridge.run { () throws(TensorError) in try array.cumsum(axis: axis, dtype: dtype) })
        }
        table["cumprod"] = arrayMethod { array, arguments throws(PythonError) in
            let axis = try NumPyBridge.axes(arguments.positional.first ?? arguments.keyword("axis"))?.first
            let dtype = try NumPyBridge.dtype(arguments.keyword("dtype"))
            return NumPyBridge.wrapArray(try NumPyBridge.run { () throws(TensorError) in try array.cumprod(axis: axis, dtype: dtype) })
        }
        table["reshape"] = arrayMethod { array, arguments throws(PythonError) in
            let shape = try shapeArguments(arguments)
            return NumPyBridge.wrapArray(try NumPyBridge.run { () throws(TensorError) in try array.reshaped(shape) })
        }
        table["astype"] = arrayMethod { array, arguments throws(PythonError) in
            try arguments.expectCount(1...1, "astype")
            guard let dtype = try NumPyBridge.dtype(arguments.positional[0]) else { throw .typeError("astype() needs a dtype") }
            return NumPyBridge.wrapArray(try NumPyBridge.run { () throws(TensorError) in try array.astype(dtype) })
        }
        table["copy"] = arrayMethod { array, _ throws(PythonError) in
            NumPyBridge.wrapArray(try NumPyBridge.run { () throws(TensorError) in try array.copy() })
        }
        table["item"] = arrayMethod { array, arguments throws(PythonError) in
            let value = try NumPyBridge.run { () throws(TensorError) in
                if arguments.positional.isEmpty { return try array.item() }
                return try array.flattened().view(at: [.integer(Int((try? arguments.positional[0].intOrNil()) ?? 0))]).item()
            }
            return NumPyScalar.python(value)
        }
        table["tolist"] = arrayMethod { array, _ throws(PythonError) in try ArrayObject.toList(array) }
        table["fill"] = arrayMethod { array, arguments throws(PythonError) in
            try arguments.expectCount(1...1, "fill")
            guard let scalar = try NumPyBridge.scalar(arguments.positional[0]) else {
                throw .typeError("fill() needs a number")
            }
            array.fill(scalar)
            return .none
        }
        table["ravel"] = arrayMethod { array, _ throws(PythonError) in
            NumPyBridge.wrapArray(try NumPyBridge.run { () throws(TensorError) in try array.raveled() })
        }
        table["flatten"] = arrayMethod { array, _ throws(PythonError) in
            NumPyBridge.wrapArray(try NumPyBridge.run { () throws(TensorError) in try array.flattened() })
        }
        table["transpose"] = arrayMethod { array, arguments throws(PythonError) in
            if arguments.positional.isEmpty { return NumPyBridge.wrapArray(array.transposed()) }
            let axes = try shapeArguments(arguments)
            return NumPyBridge.wrapArray(try NumPyBridge.run { () throws(TensorError) in try array.transposed(axes) })
        }
        table["squeeze"] = arrayMethod { array, arguments throws(PythonError) in
            let axes = try NumPyBridge.axes(arguments.positional.first ?? arguments.keyword("axis"))
            return NumPyBridge.wrapArray(try NumPyBridge.run { () throws(TensorError) in try array.squeezed(axes) })
        }
        table["swapaxes"] = arrayMethod { array, arguments throws(PythonError) in
            try arguments.expectCount(2...2, "swapaxes")
            let axes = try shapeArguments(arguments)
            return NumPyBridge.wrapArray(try NumPyBridge.run { () throws(TensorError) in try array.swappingAxes(axes[0], axes[1]) })
        }
        table["dot"] = arrayMethod { array, arguments throws(PythonError) in
            try arguments.expectCount(1...1, "dot")
            let other = try NumPyBridge.array(arguments.positional[0])
            return NumPyBridge.wrap(try NumPyBridge.run { () throws(TensorError) in try NDArray.dot(array, other) })
        }
        table["clip"] = arrayMethod { array, arguments throws(PythonError) in
            let lower = arguments.positional.count > 0 ? arguments.positional[0] : arguments.keyword("min") ?? .none
            let upper = arguments.positional.count > 1 ? arguments.positional[1] : arguments.keyword("max") ?? .none
            let low = lower.isNoneValue ? nil : try NumPyBridge.operand(lower)
            let high = upper.isNoneValue ? nil : try NumPyBridge.operand(upper)
            return NumPyBridge.wrap(try NumPyBridge.run { () throws(TensorError) in try array.clipped(min: low, max: high) })
        }
        table["nonzero"] = arrayMethod { array, _ throws(PythonError) in
            .tuple(try NumPyBridge.run { () throws(TensorError) in try array.nonzero() }.map(NumPyBridge.wrapArray))
        }
        return table
    }()
}

extension Value {
    func intOrNil() throws(PythonError) -> Int? { try Operators.index(self, for: "item") }
}

/// An array method closure with its type fixed before it is stored (see `method(_:)`).
func arrayMethod(_ body: @escaping ArrayMethods.ArrayMethod) -> ArrayMethods.ArrayMethod { body }
