import TensorCore

extension ArrayObject: SubscriptCapable {
    /// A Python index as TensorCore's: ints, slices, `...`, `None`, arrays and lists.
    static func index(_ value: Value) throws(PythonError) -> [ArrayIndex] {
        if case .tuple(let items) = value {
            var components: [ArrayIndex] = []
            for item in items { components.append(try component(item)) }
            return components
        }
        return [try component(value)]
    }

    private static func component(_ value: Value) throws(PythonError) -> ArrayIndex {
        switch value {
        case .none: return .newAxis
        case .ellipsis: return .ellipsis
        case .int(let number): return .integer(number)
        case .bool(let flag): return .array(try NumPyBridge.array(.bool(flag)))
        case .object(let slice as SliceObject):
            func bound(_ part: Value) throws(PythonError) -> Int? {
                if case .none = part { return nil }
                guard let number = try Operators.index(part, for: "slice") else {
                    throw .typeError("slice indices must be integers or None or have an __index__ method")
                }
                return number
            }
            return .slice(start: try bound(slice.start), stop: try bound(slice.stop), step: try bound(slice.step))
        case .object(let scalar as NumPyScalar):
            if scalar.array.dtype.kind == .boolean { return .array(scalar.array) }
            return .integer(try scalar.indexValue())
        case .object(let array as ArrayObject):
            return .array(array.array)
        case .object(let array as JaxArrayObject):
            return array.array.ndim == 0 && array.array.dtype.kind != .boolean ? .integer(try array.indexValue()) : .array(array.array)
        case .object(is ListObject):
            return .array(try NumPyBridge.array(value))
        default:
            throw .indexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
        }
    }

    func getItem(_ index: Value) throws(PythonError) -> Value {
        let components = try Self.index(index)
        let basic = components.compactMap { component -> IndexComponent? in
            switch component {
            case .integer(let value): .integer(value)
            case .slice(let start, let stop, let step): .slice(start: start, stop: stop, step: step)
            case .ellipsis: .ellipsis
            case .newAxis: .newAxis
            case .array: nil
            }
        }
        let result: NDArray
        if basic.count == components.count {
            result = try NumPyBridge.run { () throws(TensorError) in try array.view(at: basic) }
        } else {
            result = try NumPyBridge.run { () throws(TensorError) in try array.value(at: components) }
        }
        // Only a full integer index gives a scalar; `a[...]` of a 0-d array stays an array.
        let scalarResult = result.ndim == 0 && !components.contains { if case .ellipsis = $0 { true } else { false } }
        return scalarResult ? NumPyBridge.wrap(result) : NumPyBridge.wrapArray(result)
    }

    func setItem(_ index: Value, _ value: Value) throws(PythonError) {
        let components = try Self.index(index)
        let operand = try NumPyBridge.operand(value)
        try NumPyBridge.run { () throws(TensorError) in try array.assign(operand, at: components) }
    }
}
