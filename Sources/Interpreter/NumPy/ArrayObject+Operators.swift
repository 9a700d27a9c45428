import TensorCore

/// NumPy's operators for arrays and NumPy scalars: each is the ufunc NumPy calls.
enum ArrayOperators {
    static func ufunc(_ operation: BinaryOperator) -> UFunc? {
        switch operation {
        case .add: .add
        case .subtract: .subtract
        case .multiply: .multiply
        case .divide: .trueDivide
        case .floorDivide: .floorDivide
        case .modulo: .remainder
        case .power: .power
        case .bitAnd: .bitwiseAnd
        case .bitOr: .bitwiseOr
        case .bitXor: .bitwiseXor
        case .leftShift: .leftShift
        case .rightShift: .rightShift
        case .matrixMultiply: nil
        }
    }

    static func ufunc(_ operation: ComparisonOperator) -> UFunc? {
        switch operation {
        case .equal: .equal
        case .notEqual: .notEqual
        case .less: .less
        case .lessOrEqual: .lessEqual
        case .greater: .greater
        case .greaterOrEqual: .greaterEqual
        default: nil
        }
    }

    /// Whether `other` can take part in an array operation (numbers, arrays, lists, tuples).
    static func accepts(_ other: Value) -> Bool {
        switch other {
        case .bool, .int, .float, .bigInt, .tuple: true
        case .object(let object): object is ArrayObject || object is NumPyScalar || object is ListObject
        default: false
        }
    }

    static func binary(_ self: NDArray, _ operation: BinaryOperator, _ other: Value, reflected: Bool) throws(PythonError) -> Value? {
        guard accepts(other) else { return nil }
        let mine = Operand.array(self)
        let theirs = try NumPyBridge.operand(other)
        let operands = reflected ? [theirs, mine] : [mine, theirs]
        if operation == .matrixMultiply {
            guard case .array(let a) = operands[0], case .array(let b) = operands[1] else {
                throw .valueError("matmul: Input operand 1 does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)")
            }
            return NumPyBridge.wrap(try NumPyBridge.run { () throws(TensorError) in try NDArray.matmul(a, b) })
        }
        let function = ufunc(operation)!
        return NumPyBridge.wrap(try NumPyBridge.run { () throws(TensorError) in try function.apply(operands) })
    }

    static func compare(_ self: NDArray, _ operation: ComparisonOperator, _ other: Value, reflected: Bool) throws(PythonError) -> Value? {
        guard let function = ufunc(operation), accepts(other) else {
            if operation == .equal || operation == .notEqual { return .bool(operation == .notEqual) }
            return nil
        }
        let mine = Operand.array(self)
        let theirs = try NumPyBridge.operand(other)
        let operands = reflected ? [theirs, mine] : [mine, theirs]
        return NumPyBridge.wrap(try NumPyBridge.run { () throws(TensorError) in try function.apply(operands) })
    }

    static func ufunc(_ operation: UnaryOperator) -> UFunc? {
        switch operation {
        case .minus: .negative
        case .plus: .positive
        case .invert: .invert
        case .not: nil
        }
    }

    static func unary(_ self: NDArray, _ operation: UnaryOperator) throws(PythonError) -> Value? {
        guard let function = ufunc(operation) else { return nil }
        return NumPyBridge.wrap(try NumPyBridge.run { () throws(TensorError) in try function.apply([.array(self)]) })
    }
}

/// A NumPy value (array or scalar) whose operators are NumPy's ufuncs on its array.
protocol NumPyOperand: OperatorCapable, AbsoluteCapable {
    var array: NDArray { get }
}

extension NumPyOperand {
    func binary(_ operation: BinaryOperator, _ other: Value, reflected: Bool) throws(PythonError) -> Value? {
        try ArrayOperators.binary(array, operation, other, reflected: reflected)
    }

    func unary(_ operation: UnaryOperator) throws(PythonError) -> Value? {
        try ArrayOperators.unary(array, operation)
    }

    func compare(_ operation: ComparisonOperator, _ other: Value, reflected: Bool) throws(PythonError) -> Value? {
        try ArrayOperators.compare(array, operation, other, reflected: reflected)
    }

    func absoluteValue() throws(PythonError) -> Value {
        NumPyBridge.wrap(try NumPyBridge.run { () throws(TensorError) in try UFunc.absolute.apply([.array(array)]) })
    }
}

extension NumPyScalar: NumPyOperand {
    /// With another NumPy scalar or a Python number, NumPy's scalar math (its warnings
    /// say "scalar", and integers that overflow are reported); with an array, the ufunc.
    func binary(_ operation: BinaryOperator, _ other: Value, reflected: Bool) throws(PythonError) -> Value? {
        guard let function = ArrayOperators.ufunc(operation), Self.isScalarMathOperand(other) else {
            return try ArrayOperators.binary(array, operation, other, reflected: reflected)
        }
        let mine = Operand.array(array)
        let theirs = try NumPyBridge.operand(other)
        let operands = reflected ? [theirs, mine] : [mine, theirs]
        return NumPyBridge.wrap(try NumPyBridge.run { () throws(TensorError) in try function.applyToScalars(operands) })
    }

    func unary(_ operation: UnaryOperator) throws(PythonError) -> Value? {
        guard let function = ArrayOperators.ufunc(operation) else { return nil }
        return NumPyBridge.wrap(try NumPyBridge.run { () throws(TensorError) in try function.applyToScalars([.array(array)]) })
    }

    func absoluteValue() throws(PythonError) -> Value {
        NumPyBridge.wrap(try NumPyBridge.run { () throws(TensorError) in try UFunc.absolute.applyToScalars([.array(array)]) })
    }

    private static func isScalarMathOperand(_ value: Value) -> Bool {
        switch value {
        case .bool, .int, .float: true
        case .object(let object): object is NumPyScalar
        default: false
        }
    }
}

extension ArrayObject: NumPyOperand, InPlaceCapable {
    /// `a += b` writes into `a`, keeping its dtype (NumPy's same-kind casting rule).
    func inPlace(_ operation: BinaryOperator, _ value: Value) throws(PythonError) -> Value? {
        guard ArrayOperators.accepts(value) else { return nil }
        if operation == .matrixMultiply {
            guard let result = try binary(.matrixMultiply, value, reflected: false) else { return nil }
            let product = try NumPyBridge.array(result)
            try NumPyBridge.run { () throws(TensorError) in try array.assign(product) }
            return .object(self)
        }
        guard let function = ArrayOperators.ufunc(operation) else { return nil }
        let operand = try NumPyBridge.operand(value)
        _ = try NumPyBridge.run { () throws(TensorError) in try function.apply([.array(array), operand], out: array) }
        return .object(self)
    }
}
