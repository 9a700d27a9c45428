/// Python-style nested sequences of scalars, the input of `np.array([[1, 2], [3, 4]])`.
public indirect enum NestedValue: Hashable, Sendable, ExpressibleByArrayLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral
{
    case scalar(Scalar)
    case list([NestedValue])

    public init(arrayLiteral elements: NestedValue...) { self = .list(elements) }
    public init(integerLiteral value: Int64) { self = .scalar(.int(value)) }
    public init(floatLiteral value: Double) { self = .scalar(.float(value)) }
    public init(booleanLiteral value: Bool) { self = .scalar(.bool(value)) }
}

extension NDArray {
    /// `np.array(value, dtype)`: the shape from the nesting, the dtype inferred as NumPy
    /// does (any float → float64; else any integer → int64, or uint64 when a value needs
    /// it; all booleans → bool; an empty list → float64) unless given. A Python integer
    /// out of the dtype's range is an `OverflowError`; ragged nesting is NumPy's `ValueError`.
    public init(_ value: NestedValue, dtype: DType? = nil) throws(TensorError) {
        let shape = try Self.inferShape(value)
        var scalars: [Scalar] = []
        scalars.reserveCapacity(shape.reduce(1, *))
        Self.flatten(value, into: &scalars)
        let resultType: DType
        if let dtype { resultType = dtype } else { resultType = try Self.inferDType(scalars) }
        try self.init(dtype: resultType, shape: shape, zeroed: false)
        for (index, scalar) in scalars.enumerated() {
            if case .float = scalar {} else { try Self.checkFits(scalar, in: resultType) }
            storeCast(scalar.castValue, atByteOffset: index * itemSize)
        }
    }

    private static func inferShape(_ value: NestedValue) throws(TensorError) -> [Int] {
        var shape: [Int] = []
        var level: [NestedValue] = [value]
        while true {
            let lists = level.compactMap { element -> [NestedValue]? in
                if case .list(let items) = element { return items }
                return nil
            }
            if lists.isEmpty { return shape }
            let length = lists[0].count
            guard lists.count == level.count, lists.allSatisfy({ $0.count == length }) else {
                let detected = "(" + shape.map(String.init).joined(separator: ", ") + (shape.count == 1 ? ",)" : ")")
                throw TensorError(
                    .valueError,
                    "setting an array element with a sequence. The requested array has an inhomogeneous shape after "
                        + "\(shape.count) dimensions. The detected shape was \(detected) + inhomogeneous part.")
            }
            shape.append(length)
            level = lists.flatMap { $0 }
            if level.isEmpty { return shape }
        }
    }

    private static func flatten(_ value: NestedValue, into scalars: inout [Scalar]) {
        switch value {
        case .scalar(let scalar): scalars.append(scalar)
        case .list(let items): for item in items { flatten(item, into: &scalars) }
        }
    }

    private static func inferDType(_ scalars: [Scalar]) throws(TensorError) -> DType {
        if scalars.isEmpty { return .float64 }
        var sawFloat = false
        var sawInteger = false
        var sawNegative = false
        var sawHuge = false
        for scalar in scalars {
            switch scalar {
            case .float: sawFloat = true
            case .int(let v):
                sawInteger = true
                if v < 0 { sawNegative = true }
            case .uint:
                sawInteger = true
                sawHuge = true
            case .bool: break
            }
        }
        if sawFloat || (sawHuge && sawNegative) { return .float64 }
        if sawHuge { return .uint64 }
        return sawInteger ? .int64 : .bool
    }
}
