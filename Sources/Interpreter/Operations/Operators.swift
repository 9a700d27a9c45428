import Foundation

/// Objects of other modules (arrays) that take part in Python's operators. Each returns
/// nil for an operand it does not handle, so the other side gets its turn.
protocol OperatorCapable {
    func binary(_ operation: BinaryOperator, _ other: Value, reflected: Bool) throws(PythonError) -> Value?
    func unary(_ operation: UnaryOperator) throws(PythonError) -> Value?
    func compare(_ operation: ComparisonOperator, _ other: Value, reflected: Bool) throws(PythonError) -> Value?
}

/// Python's operators on the built-in types.
enum Operators {
    static func binary(_ operation: BinaryOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value {
        if case .object(let object) = left, let capable = object as? OperatorCapable,
            let result = try capable.binary(operation, right, reflected: false) {
            return result
        }
        if case .object(let object) = right, let capable = object as? OperatorCapable,
            let result = try capable.binary(operation, left, reflected: true) {
            return result
        }
        if let result = try numeric(operation, left, right) { return result }
        if let result = try sequence(operation, left, right) { return result }
        if operation == .add, case .string = left {
            throw .typeError("can only concatenate str (not \"\(right.typeName)\") to str")
        }
        if operation == .add, case .object(let object) = left, object is ListObject {
            throw .typeError("can only concatenate list (not \"\(right.typeName)\") to list")
        }
        if operation == .add, case .tuple = left {
            throw .typeError("can only concatenate tuple (not \"\(right.typeName)\") to tuple")
        }
        if operation == .multiply, case .string = left {
            throw .typeError("can't multiply sequence by non-int of type '\(right.typeName)'")
        }
        if operation == .power {
            throw .typeError("unsupported operand type(s) for ** or pow(): '\(left.typeName)' and '\(right.typeName)'")
        }
        throw .typeError("unsupported operand type(s) for \(operation.rawValue): '\(left.typeName)' and '\(right.typeName)'")
    }

    // MARK: - Numbers

    private static func numeric(_ operation: BinaryOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value? {
        guard let a = left.numeric, let b = right.numeric else { return nil }
        if case .bool(let x) = left, case .bool(let y) = right {
            switch operation {
            case .bitAnd: return .bool(x && y)
            case .bitOr: return .bool(x || y)
            case .bitXor: return .bool(x != y)
            default: break
            }
        }
        switch (a, b) {
        case (.integer(let x), .integer(let y)):
            return try integer(operation, x, y)
        case (.real, _), (_, .real):
            return try real(operation, a.doubleValue, b.doubleValue, intOperands: false)
        default:
            return try big(operation, a.bigValue, b.bigValue)
        }
    }

    private static func integer(_ operation: BinaryOperator, _ x: Int, _ y: Int) throws(PythonError) -> Value {
        switch operation {
        case .add:
            let (result, overflow) = x.addingReportingOverflow(y)
            return overflow ? .integer(BigInt(x) + BigInt(y)) : .int(result)
        case .subtract:
            let (result, overflow) = x.subtractingReportingOverflow(y)
            return overflow ? .integer(BigInt(x) - BigInt(y)) : .int(result)
        case .multiply:
            let (result, overflow) = x.multipliedReportingOverflow(by: y)
            return overflow ? .integer(BigInt(x) * BigInt(y)) : .int(result)
        case .divide:
            guard y != 0 else { throw .zeroDivision("division by zero") }
            if x.magnitude < (1 << 53) && y.magnitude < (1 << 53) { return .float(Double(x) / Double(y)) }
            return try trueDivide(BigInt(x), BigInt(y))
        case .floorDivide, .modulo:
            guard y != 0 else { throw .zeroDivision(operation == .modulo ? "integer modulo by zero" : "integer division or modulo by zero") }
            if x == Int.min && y == -1 { return try big(operation, BigInt(x), BigInt(y)) }
            var quotient = x / y
            var remainder = x % y
            if remainder != 0 && (remainder < 0) != (y < 0) {
                quotient -= 1
                remainder += y
            }
            return .int(operation == .floorDivide ? quotient : remainder)
        case .power:
            if y < 0 { return try real(.power, Double(x), Double(y), intOperands: true) }
            return .integer(BigInt(x).power(y))
        case .leftShift:
            guard y >= 0 else { throw .valueError("negative shift count") }
            if y < 63, x.magnitude < (1 << (63 - y)) { return .int(x << y) }
            return .integer(BigInt(x).shiftedLeft(y))
        case .rightShift:
            guard y >= 0 else { throw .valueError("negative shift count") }
            return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
        case .bitAnd: return .int(x & y)
        case .bitOr: return .int(x | y)
        case .bitXor: return .int(x ^ y)
        case .matrixMultiply:
            throw .typeError("unsupported operand type(s) for @: 'int' and 'int'")
        }
    }

    private static func big(_ operation: BinaryOperator, _ x: BigInt, _ y: BigInt) throws(PythonError) -> Value {
        switch operation {
        case .add: return .integer(x + y)
        case .subtract: return .integer(x - y)
        case .multiply: return .integer(x * y)
        case .divide:
            guard !y.isZero else { throw .zeroDivision("division by zero") }
            return try trueDivide(x, y)
        case .floorDivide, .modulo:
            guard !y.isZero else { throw .zeroDivision(operation == .modulo ? "integer modulo by zero" : "integer division or modulo by zero") }
            let (quotient, remainder) = x.floorDivided(by: y)
            return .integer(operation == .floorDivide ? quotient : remainder)
        case .power:
            guard let exponent = y.intValue else { throw .overflow("exponent too large") }
            if exponent < 0 { return try real(.power, x.doubleValue, y.doubleValue, intOperands: true) }
            return .integer(x.power(exponent))
        case .leftShift:
            guard let count = y.intValue, count >= 0 else {
                if y.isNegative { throw .valueError("negative shift count") }
                throw .overflow("too many digits in integer")
            }
            return .integer(x.shiftedLeft(count))
        case .rightShift:
            if y.isNegative { throw .valueError("negative shift count") }
            guard let count = y.intValue else { return .int(x.isNegative ? -1 : 0) }
            return .integer(x.shiftedRight(count))
        case .bitAnd: return .integer(BigInt.bitwise(x, y, &))
        case .bitOr: return .integer(BigInt.bitwise(x, y, |))
        case .bitXor: return .integer(BigInt.bitwise(x, y, ^))
        case .matrixMultiply:
            throw .typeError("unsupported operand type(s) for @: 'int' and 'int'")
        }
    }

    /// Integer true division, correctly rounded as CPython's.
    private static func trueDivide(_ x: BigInt, _ y: BigInt) throws(PythonError) -> Value {
        let a = x.doubleValue
        let b = y.doubleValue
        if x.bitWidth <= 53 && y.bitWidth <= 53 { return .float(a / b) }
        // Scale so the quotient has 55+ significant bits, divide exactly, then round once.
        let shift = 55 + y.bitWidth - x.bitWidth
        let numerator = shift > 0 ? x.shiftedLeft(shift) : x
        let denominator = shift < 0 ? y.shiftedLeft(-shift) : y
        let (quotient, remainder) = BigInt(isNegative: false, limbs: numerator.limbs)
            .floorDivided(by: BigInt(isNegative: false, limbs: denominator.limbs))
        var significand = quotient
        if !remainder.isZero { significand = significand.shiftedLeft(1) + BigInt(1) } else { significand = significand.shiftedLeft(1) }
        let value = Double(sign: (x.isNegative != y.isNegative) ? .minus : .plus, exponent: -shift - 1, significand: significand.doubleValue)
        guard value.isFinite else { throw .overflow("integer division result too large for a float") }
        return .float(value)
    }

    /// Float arithmetic with CPython's rules for division, modulo and powers.
    static func real(_ operation: BinaryOperator, _ x: Double, _ y: Double, intOperands: Bool) throws(PythonError) -> Value {
        switch operation {
        case .add: return .float(x + y)
        case .subtract: return .float(x - y)
        case .multiply: return .float(x * y)
        case .divide:
            guard y != 0 else { throw .zeroDivision("float division by zero") }
            return .float(x / y)
        case .floorDivide, .modulo:
            guard y != 0 else { throw .zeroDivision(operation == .modulo ? "float modulo" : "float floor division by zero") }
            let (quotient, remainder) = floatDivmod(x, y)
            return .float(operation == .floorDivide ? quotient : remainder)
        case .power:
            return try floatPower(x, y, intOperands: intOperands)
        case .matrixMultiply, .leftShift, .rightShift, .bitAnd, .bitOr, .bitXor:
            throw .typeError("unsupported operand type(s) for \(operation.rawValue): 'float' and 'float'")
        }
    }

    /// CPython's `float_divmod`.
    static func floatDivmod(_ x: Double, _ y: Double) -> (Double, Double) {
        var remainder = fmod(x, y)
        var quotient = (x - remainder) / y
        if remainder != 0 {
            if (y < 0) != (remainder < 0) {
                remainder += y
                quotient -= 1
            }
        } else {
            remainder = copysign(0, y)
        }
        var floorQuotient: Double
        if quotient != 0 {
            floorQuotient = quotient.rounded(.down)
            if quotient - floorQuotient > 0.5 { floorQuotient += 1 }
        } else {
            floorQuotient = copysign(0, x / y)
        }
        return (floorQuotient, remainder)
    }

    private static func floatPower(_ x: Double, _ y: Double, intOperands: Bool) throws(PythonError) -> Value {
        if x == 0, y < 0 {
            throw .zeroDivision(intOperands ? "0.0 cannot be raised to a negative power" : "0.0 cannot be raised to a negative power")
        }
        if x < 0, y != y.rounded(), y.isFinite {
            throw .valueError("complex results are not supported in course cells")
        }
        let result = pow(x, y)
        if result.isInfinite, x.isFinite, y.isFinite { throw PythonError(ExceptionTypes.overflowError, "(34, 'Numerical result out of range')") }
        return .float(result)
    }

    // MARK: - Sequences

    private static func sequence(_ operation: BinaryOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value? {
        switch (operation, left, right) {
        case (.add, .string(let a), .string(let b)): return .string(a + b)
        case (.add, .tuple(let a), .tuple(let b)): return .tuple(a + b)
        case (.add, .object(let a as ListObject), .object(let b as ListObject)): return .object(ListObject(a.items + b.items))
        case (.multiply, .string, _), (.multiply, .tuple, _), (.multiply, .object(is ListObject), _):
            guard let count = try repeatCount(right) else { return nil }
            return repeated(left, count)
        case (.multiply, _, .string), (.multiply, _, .tuple), (.multiply, _, .object(is ListObject)):
            guard let count = try repeatCount(left) else { return nil }
            return repeated(right, count)
        case (.modulo, .string(let format), _):
            return .string(try PrintfFormat.format(format, right))
        case (.bitOr, .object(let a as SetObject), .object(let b as SetObject)):
            return SetMethods.make(a.order.compactMap { try? HashKey($0) } + b.order.compactMap { try? HashKey($0) })
        case (.bitAnd, .object(let a as SetObject), .object(let b as SetObject)):
            return SetMethods.make(a.order.compactMap { try? HashKey($0) }.filter { b.contains($0) })
        case (.subtract, .object(let a as SetObject), .object(let b as SetObject)):
            return SetMethods.make(a.order.compactMap { try? HashKey($0) }.filter { !b.contains($0) })
        case (.bitXor, .object(let a as SetObject), .object(let b as SetObject)):
            return SetMethods.make(
                a.order.compactMap { try? HashKey($0) }.filter { !b.contains($0) } + b.order.compactMap { try? HashKey($0) }.filter { !a.contains($0) })
        case (.bitOr, .object(let a as DictObject), .object(let b as DictObject)):
            let merged = DictObject()
            for (key, value) in zip(a.keys + b.keys, a.values + b.values) { merged.set(try HashKey(key), value) }
            return .object(merged)
        default:
            return nil
        }
    }

    private static func repeatCount(_ value: Value) throws(PythonError) -> Int? {
        switch value {
        case .int(let count): return Swift.max(count, 0)
        case .bool(let flag): return flag ? 1 : 0
        case .bigInt(let count):
            if count.isNegative { return 0 }
            throw .overflow("cannot fit 'int' into an index-sized integer")
        default: return nil
        }
    }

    private static func repeated(_ value: Value, _ count: Int) -> Value {
        switch value {
        case .string(let text): return .string(String(repeating: text, count: count))
        case .tuple(let items): return .tuple(Array([[Value]](repeating: items, count: count).joined()))
        case .object(let list as ListObject): return .object(ListObject(Array([[Value]](repeating: list.items, count: count).joined())))
        default: return value
        }
    }

    // MARK: - Unary

    static func unary(_ operation: UnaryOperator, _ value: Value) throws(PythonError) -> Value {
        if operation == .not { return .bool(!(try value.isTruthy())) }
        if case .object(let object) = value, let capable = object as? OperatorCapable, let result = try capable.unary(operation) {
            return result
        }
        switch (operation, value) {
        case (.minus, .bool(let flag)): return .int(flag ? -1 : 0)
        case (.minus, .int(let number)): return number == Int.min ? .bigInt(-BigInt(number)) : .int(-number)
        case (.minus, .bigInt(let number)): return .integer(-number)
        case (.minus, .float(let number)): return .float(-number)
        case (.plus, .bool(let flag)): return .int(flag ? 1 : 0)
        case (.plus, .int), (.plus, .bigInt), (.plus, .float): return value
        case (.invert, .bool(let flag)): return .int(flag ? -2 : -1)
        case (.invert, .int(let number)): return .int(~number)
        case (.invert, .bigInt(let number)): return .integer(-number - BigInt(1))
        default:
            throw .typeError("bad operand type for unary \(operation.rawValue): '\(value.typeName)'")
        }
    }
}

extension Value.NumericValue {
    var doubleValue: Double {
        switch self {
        case .integer(let value): Double(value)
        case .big(let value): value.doubleValue
        case .real(let value): value
        }
    }

    var bigValue: BigInt {
        switch self {
        case .integer(let value): BigInt(value)
        case .big(let value): value
        case .real(let value): BigInt(Int(value))
        }
    }
}
