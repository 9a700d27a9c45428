extension Compiler {
    /// The range tracebacks underline for `node` (on its first line, when it spans several).
    static func range(of node: ExpressionNode) -> MarkedRange? {
        guard let end = node.end else { return nil }
        var range = MarkedRange(start: node.location, end: end, anchor: node.anchor)
        if case .subscript = node.kind { range.isSubscript = true }
        return range
    }

    func expression(_ node: ExpressionNode) -> Evaluate {
        let range = Self.range(of: node)
        switch node.kind {
        case .name(let name):
            return load(name, range: range)
        case .constant(let constant):
            let value = Self.value(of: constant)
            return { _ throws(PythonError) in value }
        case .formatted(let parts):
            return formatted(parts)
        case .unary(let operation, let operand):
            let evaluate = expression(operand)
            if operation == .not {
                let test = truth(operand)
                return { frame throws(PythonError) in .bool(!(try test(frame))) }
            }
            return { frame throws(PythonError) in
                var value = try evaluate(frame)
                do throws(PythonError) {
                    if let result = try ArrayOperators.unaryTakingTemporary(operation, &value) { return result }
                    return try Operators.unary(operation, value)
                } catch {
                    throw error.marked(frame, range)
                }
            }
        case .binary(let operation, let left, let right):
            return binary(operation, left, right, range: range)
        case .boolean(let operation, let operands):
            let evaluated = operands.map(expression)
            let isAnd = operation == .and
            return { frame throws(PythonError) in
                var value = Value.none
                for evaluate in evaluated {
                    value = try evaluate(frame)
                    if try value.isTruthy() != isAnd { return value }
                }
                return value
            }
        case .comparison(let first, let rest):
            let evaluate = comparison(first, rest)
            return { frame throws(PythonError) in
                do throws(PythonError) { return try evaluate(frame) } catch { throw error.marked(frame, range) }
            }
        case .conditional(let test, let body, let orElse):
            let condition = truth(test)
            let then = expression(body)
            let otherwise = expression(orElse)
            return { frame throws(PythonError) in try condition(frame) ? try then(frame) : try otherwise(frame) }
        case .lambda(let parameters, let body):
            return lambda(parameters, body, at: node.location)
        case .call(let function, let arguments):
            let evaluate = call(function, arguments)
            return { frame throws(PythonError) in
                do throws(PythonError) { return try evaluate(frame) } catch { throw error.marked(frame, range) }
            }
        case .attribute(let object, let name):
            let evaluate = expression(object)
            let runtime = self.runtime
            return { frame throws(PythonError) in
                let value = try evaluate(frame)
                do throws(PythonError) { return try runtime.getAttribute(value, name) } catch { throw error.marked(frame, range) }
            }
        case .subscript(let container, let index):
            let evaluateContainer = expression(container)
            let evaluateIndex = expression(index)
            return { frame throws(PythonError) in
                let containerValue = try evaluateContainer(frame)
                let indexValue = try evaluateIndex(frame)
                do throws(PythonError) { return try Operators.getItem(containerValue, indexValue) } catch { throw error.marked(frame, range) }
            }
        case .slice(let lower, let upper, let step):
            let parts = [lower, upper, step].map { $0.map(expression) }
            return { frame throws(PythonError) in
                var values: [Value] = []
                for part in parts { values.append(try part?(frame) ?? .none) }
                return .object(SliceObject(start: values[0], stop: values[1], step: values[2]))
            }
        case .starred(let value):
            let evaluate = expression(value)
            return { frame throws(PythonError) in try evaluate(frame) }
        case .tuple(let items):
            let build = sequence(items)
            return { frame throws(PythonError) in .tuple(try build(frame)) }
        case .list(let items):
            let build = sequence(items)
            return { frame throws(PythonError) in .object(ListObject(try build(frame))) }
        case .set(let items):
            let build = sequence(items)
            return { frame throws(PythonError) in
                let set = SetObject()
                for item in try build(frame) { set.insert(try HashKey(item)) }
                return .object(set)
            }
        case .dictionary(let pairs):
            return dictionary(pairs)
        case .listComprehension, .setComprehension, .dictionaryComprehension, .generator:
            let evaluate = comprehension(node)
            return { frame throws(PythonError) in
                do throws(PythonError) { return try evaluate(frame) } catch { throw error.marked(frame, range) }
            }
        case .yield(let value):
            let evaluate = value.map(expression)
            return { frame throws(PythonError) in
                let yielded = try evaluate?(frame) ?? .none
                guard let generator = frame.generator else { throw PythonError(ExceptionTypes.runtimeError, "yield outside a generator") }
                return try generator.yieldValue(yielded)
            }
        case .yieldFrom(let value):
            let evaluate = expression(value)
            return { frame throws(PythonError) in
                let iterable = try evaluate(frame)
                guard let generator = frame.generator else { throw PythonError(ExceptionTypes.runtimeError, "yield outside a generator") }
                return try generator.yieldFrom(iterable)
            }
        case .namedExpression(let name, let value):
            let evaluate = expression(value)
            let store = storeName(name)
            return { frame throws(PythonError) in
                let result = try evaluate(frame)
                store(frame, result)
                return result
            }
        }
    }

    static func value(of constant: Constant) -> Value {
        switch constant {
        case .none: return .none
        case .bool(let flag): return .bool(flag)
        case .ellipsis: return .ellipsis
        case .integer(let digits, let radix):
            if let small = Int(digits, radix: radix) { return .int(small) }
            return .integer(BigInt(digits: digits, radix: radix) ?? BigInt(0))
        case .float(let number): return .float(number)
        case .imaginary: return .object(UnsupportedValue(kind: "complex"))
        case .string(let text): return .string(text)
        case .bytes: return .object(UnsupportedValue(kind: "bytes"))
        }
    }

    /// Items of a display, with `*iterable` spread in place.
    func sequence(_ items: [ExpressionNode]) -> (Frame) throws(PythonError) -> [Value] {
        let parts = items.map { item -> (Evaluate, Bool) in
            if case .starred(let inner) = item.kind { return (expression(inner), true) }
            return (expression(item), false)
        }
        if parts.allSatisfy({ !$0.1 }) {
            let evaluators = parts.map(\.0)
            return { frame throws(PythonError) in
                var values: [Value] = []
                values.reserveCapacity(evaluators.count)
                for evaluate in evaluators { values.append(try evaluate(frame)) }
                return values
            }
        }
        return { frame throws(PythonError) in
            var values: [Value] = []
            for (evaluate, spread) in parts {
                let value = try evaluate(frame)
                if spread { values += try Iteration.values(value) } else { values.append(value) }
            }
            return values
        }
    }

    private func dictionary(_ pairs: [(key: ExpressionNode?, value: ExpressionNode)]) -> Evaluate {
        let compiled = pairs.map { pair in (pair.key.map(expression), expression(pair.value)) }
        let runtime = self.runtime
        return { frame throws(PythonError) in
            let dict = DictObject()
            for (key, value) in compiled {
                if let key {
                    let keyValue = try key(frame)
                    dict.set(try HashKey(keyValue), try value(frame))
                } else {
                    try runtime.update(dict, with: try value(frame))
                }
            }
            return .object(dict)
        }
    }

    private func binary(_ operation: BinaryOperator, _ left: ExpressionNode, _ right: ExpressionNode, range: MarkedRange?) -> Evaluate {
        let evaluateLeft = expression(left)
        let evaluateRight = expression(right)
        switch operation {
        case .add:
            return { frame throws(PythonError) in
                let a = try evaluateLeft(frame)
                let b = try evaluateRight(frame)
                if case .int(let x) = a, case .int(let y) = b {
                    let (sum, overflow) = x.addingReportingOverflow(y)
                    if !overflow { return .int(sum) }
                }
                if case .float(let x) = a, case .float(let y) = b { return .float(x + y) }
                return try Self.arithmetic(.add, consume a, consume b, frame: frame, range: range)
            }
        case .multiply:
            return { frame throws(PythonError) in
                let a = try evaluateLeft(frame)
                let b = try evaluateRight(frame)
                if case .int(let x) = a, case .int(let y) = b {
                    let (product, overflow) = x.multipliedReportingOverflow(by: y)
                    if !overflow { return .int(product) }
                }
                if case .float(let x) = a, case .float(let y) = b { return .float(x * y) }
                return try Self.arithmetic(.multiply, consume a, consume b, frame: frame, range: range)
            }
        default:
            return { frame throws(PythonError) in
                let a = try evaluateLeft(frame)
                let b = try evaluateRight(frame)
                return try Self.arithmetic(operation, consume a, consume b, frame: frame, range: range)
            }
        }
    }

    /// `a operation b` once the operands are evaluated. It takes them (`consuming`), so an
    /// array that only this expression refers to is a temporary its ufunc may write into.
    private static func arithmetic(
        _ operation: BinaryOperator, _ a: consuming Value, _ b: consuming Value, frame: Frame, range: MarkedRange?
    ) throws(PythonError) -> Value {
        do throws(PythonError) {
            if let result = try ArrayOperators.binaryTakingTemporaries(operation, &a, &b) { return result }
            return try Operators.binary(operation, a, b)
        } catch {
            throw error.marked(frame, range)
        }
    }

    private func comparison(_ first: ExpressionNode, _ rest: [(ComparisonOperator, ExpressionNode)]) -> Evaluate {
        let evaluateFirst = expression(first)
        let links = rest.map { ($0.0, expression($0.1)) }
        if links.count == 1 {
            let (operation, evaluateRight) = links[0]
            return { frame throws(PythonError) in
                let a = try evaluateFirst(frame)
                let b = try evaluateRight(frame)
                if case .int(let x) = a, case .int(let y) = b {
                    switch operation {
                    case .less: return .bool(x < y)
                    case .lessOrEqual: return .bool(x <= y)
                    case .greater: return .bool(x > y)
                    case .greaterOrEqual: return .bool(x >= y)
                    case .equal: return .bool(x == y)
                    case .notEqual: return .bool(x != y)
                    default: break
                    }
                }
                return try Operators.compare(operation, a, b)
            }
        }
        return { frame throws(PythonError) in
            var left = try evaluateFirst(frame)
            var result = Value.bool(true)
            for (operation, evaluateRight) in links {
                let right = try evaluateRight(frame)
                result = try Operators.compare(operation, left, right)
                guard try result.isTruthy() else { return result }
                left = right
            }
            return result
        }
    }

    private func formatted(_ parts: [FormattedPart]) -> Evaluate {
        var compiled: [Evaluate] = []
        for part in parts {
            switch part {
            case .text(let text):
                let value = Value.string(text)
                let constant: Evaluate = { _ throws(PythonError) in value }
                compiled.append(constant)
            case .field(let value, let conversion, let spec, let selfDocumenting):
                compiled.append(field(value, conversion: conversion, spec: spec, selfDocumenting: selfDocumenting))
            }
        }
        return { frame throws(PythonError) in
            var text = ""
            for piece in compiled {
                if case .string(let part) = try piece(frame) { text += part }
            }
            return .string(text)
        }
    }

    /// One replacement field of an f-string, as the text it contributes.
    private func field(_ value: ExpressionNode, conversion: Character?, spec: [FormattedPart], selfDocumenting: String?) -> Evaluate {
        let evaluate = expression(value)
        let specText = formatted(spec)
        let conversion = conversion ?? (selfDocumenting != nil && spec.isEmpty ? "r" : nil)
        let prefix = selfDocumenting ?? ""
        return { frame throws(PythonError) in
            var result = try evaluate(frame)
            switch conversion {
            case "r": result = .string(try result.repr())
            case "a": result = .string(try result.ascii())
            case "s": result = .string(try result.str())
            default: break
            }
            guard case .string(let specString) = try specText(frame) else { return .string(prefix) }
            return .string(prefix + (try FormatSpec.format(result, specString)))
        }
    }
}

/// A literal the cell language reads but cannot compute with (complex numbers, bytes).
final class UnsupportedValue: PyObject, CustomRepresentable {
    let kind: String
    init(kind: String) { self.kind = kind }
    override var typeName: String { kind }
    func pythonRepr() throws(PythonError) -> String { "<\(kind) value: not supported in course cells>" }
}
