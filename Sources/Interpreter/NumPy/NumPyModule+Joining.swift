import TensorCore

extension NumPyModule {
    /// `concatenate`, `shares_memory`, `may_share_memory` and `promote_types`.
    static func defineJoiningAndMemory(_ module: ModuleObject) {
        module.define("concatenate") { arguments throws(PythonError) in
            try arguments.allowOnly(["axis"], function: "concatenate")
            try arguments.expectCount(1...2, "concatenate")
            let arrays = try Iteration.values(arguments.positional[0]).map { value throws(PythonError) in try NumPyBridge.array(value) }
            let axis = try concatenationAxis(arguments)
            return NumPyBridge.wrapArray(try NumPyBridge.run { () throws(TensorError) in try NDArray.concatenate(arrays, axis: axis) })
        }
        for (name, exact) in [("shares_memory", true), ("may_share_memory", false)] {
            module.define(name) { arguments throws(PythonError) in
                try arguments.allowOnly(["max_work"], function: name)
                try arguments.expectCount(2...3, name)
                guard case .object(let first as ArrayObject) = arguments.positional[0],
                    case .object(let second as ArrayObject) = arguments.positional[1]
                else { return .bool(false) }
                return .bool(exact ? first.array.sharesMemory(with: second.array) : first.array.mayShareMemory(with: second.array))
            }
        }
        module.define("promote_types") { arguments throws(PythonError) in
            let (first, second) = try typePair(arguments, "promote_types")
            return .object(DTypeObject(NumPyPromotion.promoteTypes(first, second)))
        }
    }

    /// `axis=` of `concatenate`: 0 by default, `None` for flattened arrays.
    private static func concatenationAxis(_ arguments: Arguments) throws(PythonError) -> Int? {
        guard let value = arguments.positional.count > 1 ? arguments.positional[1] : arguments.keyword("axis") else { return 0 }
        if value.isNoneValue { return nil }
        guard let axis = try Operators.index(value, for: "concatenate") else {
            throw .typeError("'\(value.typeName)' object cannot be interpreted as an integer")
        }
        return axis
    }

    /// The two dtypes of `promote_types(type1, type2)`.
    static func typePair(_ arguments: Arguments, _ name: String) throws(PythonError) -> (DType, DType) {
        try arguments.expectCount(2...2, name)
        guard let first = try NumPyBridge.dtype(arguments.positional[0]), let second = try NumPyBridge.dtype(arguments.positional[1]) else {
            throw .typeError("Cannot interpret 'None' as a data type")
        }
        return (first, second)
    }
}
