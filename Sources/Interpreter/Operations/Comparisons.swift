extension Operators {
    /// `left op right` for one link of a comparison chain.
    static func compare(_ operation: ComparisonOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value {
        switch operation {
        case .is: return .bool(identical(left, right))
        case .isNot: return .bool(!identical(left, right))
        case .in: return .bool(try contains(right, left))
        case .notIn: return .bool(!(try contains(right, left)))
        default: break
        }
        if case .object(let object) = left, let capable = object as? OperatorCapable,
            let result = try capable.compare(operation, right, reflected: false) {
            return result
        }
        if case .object(let object) = right, let capable = object as? OperatorCapable,
            let result = try capable.compare(operation, left, reflected: true) {
            return result
        }
        switch operation {
        case .equal: return .bool(left.isEqual(to: right))
        case .notEqual: return .bool(!left.isEqual(to: right))
        default:
            guard let order = try ordering(left, right, operation) else { return .bool(false) }
            switch operation {
            case .less: return .bool(order < 0)
            case .lessOrEqual: return .bool(order <= 0)
            case .greater: return .bool(order > 0)
            default: return .bool(order >= 0)
            }
        }
    }

    /// -1, 0 or 1, nil when unordered (NaN); a TypeError for types without an order.
    static func ordering(_ left: Value, _ right: Value, _ operation: ComparisonOperator) throws(PythonError) -> Int? {
        if left.numeric != nil, right.numeric != nil { return Value.compareNumbers(left, right) }
        switch (left, right) {
        case (.string(let a), .string(let b)):
            // Python compares code points.
            return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) ? -1 : a == b ? 0 : 1
        case (.tuple(let a), .tuple(let b)):
            return try sequenceOrdering(a, b, operation)
        case (.object(let a as ListObject), .object(let b as ListObject)):
            return try sequenceOrdering(a.items, b.items, operation)
        case (.object(let a as SetObject), .object(let b as SetObject)):
            let subset = a.members.keys.allSatisfy { b.contains($0) }
            let superset = b.members.keys.allSatisfy { a.contains($0) }
            switch operation {
            case .less: return subset && !superset ? -1 : 1
            case .lessOrEqual: return subset ? -1 : 1
            case .greater: return superset && !subset ? 1 : -1
            default: return superset ? 1 : -1
            }
        default:
            throw .typeError("'\(operation.rawValue)' not supported between instances of '\(left.typeName)' and '\(right.typeName)'")
        }
    }

    private static func sequenceOrdering(_ a: [Value], _ b: [Value], _ operation: ComparisonOperator) throws(PythonError) -> Int? {
        for (x, y) in zip(a, b) where !x.isSameOrEqual(to: y) {
            return try ordering(x, y, operation)
        }
        return a.count < b.count ? -1 : a.count == b.count ? 0 : 1
    }

    static func identical(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.none, .none), (.ellipsis, .ellipsis): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y && (-5...256).contains(x)
        case (.object(let x), .object(let y)): return x === y
        case (.string(let x), .string(let y)): return x.pythonEquals(y) && x.pythonLength <= 1
        case (.tuple(let x), .tuple(let y)): return x.isEmpty && y.isEmpty
        default: return false
        }
    }

    /// `item in container`.
    static func contains(_ container: Value, _ item: Value) throws(PythonError) -> Bool {
        switch container {
        case .string(let text):
            guard case .string(let part) = item else {
                throw .typeError("'in <string>' requires string as left operand, not \(item.typeName)")
            }
            return part.isEmpty || ScalarSearch.find(part.scalarArray, in: text.scalarArray) != nil
        case .tuple(let items):
            return items.contains { $0.isSameOrEqual(to: item) }
        case .object(let object):
            switch object {
            case let list as ListObject:
                return list.items.contains { $0.isSameOrEqual(to: item) }
            case let dict as DictObject:
                return dict.get(try HashKey(item)) != nil
            case let set as SetObject:
                return set.contains(try HashKey(item))
            case let range as RangeObject:
                guard case .int(let value) = item.numeric.flatMap({ if case .integer(let x) = $0 { Value.int(x) } else { nil } }) ?? .none else {
                    return try Iteration.values(container).contains { $0.isSameOrEqual(to: item) }
                }
                if range.step > 0 { return value >= range.start && value < range.stop && (value - range.start) % range.step == 0 }
                return value <= range.start && value > range.stop && (range.start - value) % (-range.step) == 0
            case let searchable as ContainerCapable:
                return try searchable.containsValue(item)
            default:
                break
            }
        default:
            break
        }
        guard Iteration.isIterable(container) else {
            throw .typeError("argument of type '\(container.typeName)' is not iterable")
        }
        return try Iteration.values(container).contains { $0.isSameOrEqual(to: item) }
    }
}

/// Objects of other modules that answer `in` themselves.
protocol ContainerCapable {
    func containsValue(_ item: Value) throws(PythonError) -> Bool
}
