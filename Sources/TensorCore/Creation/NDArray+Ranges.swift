extension NDArray {
    /// `np.arange(start, stop, step, dtype)`.
    ///
    /// The length is `ceil((stop - start) / step)`, computed in floating point as NumPy
    /// does. The first two elements are `start` and `start + step`; the rest are
    /// `start + i * delta` in the result's dtype, where `delta` is the difference of the
    /// first two, which is how NumPy fills the array (and why a float32 range can end in
    /// `0.90000004`). Without a dtype: float64 if any argument is a float, else int64.
    public static func arange(
        _ start: Scalar, _ stop: Scalar? = nil, step: Scalar = 1, dtype: DType? = nil
    ) throws(TensorError) -> NDArray {
        let (first, last) = stop.map { (start, $0) } ?? (Scalar.int(0), start)
        let anyFloat = [first, last, step].contains { if case .float = $0 { true } else { false } }
        let resultType = dtype ?? (anyFloat ? .float64 : .int64)
        guard step.doubleValue != 0 else { throw TensorError(.zeroDivisionError, "division by zero") }
        let quotient = (last.doubleValue - first.doubleValue) / step.doubleValue
        guard !quotient.isNaN else { throw TensorError(.valueError, "arange: cannot compute length") }
        guard quotient < 9.2e18 else { throw TensorError(.valueError, "Maximum allowed size exceeded") }
        let length = quotient > 0 ? Int(quotient.rounded(.up)) : 0
        let result = try NDArray(dtype: resultType, shape: [length], zeroed: false)
        guard length > 0 else { return result }
        try checkFits(first, in: resultType)
        result.storeCast(first.castValue, atByteOffset: 0)
        guard length > 1 else { return result }
        let second = Self.add(first, step)
        try checkFits(second, in: resultType)
        result.storeCast(second.castValue, atByteOffset: result.itemSize)
        if length > 2 {
            guard resultType != .bool else {
                throw TensorError(.valueError, "no fill-function for data-type.")
            }
            try resultType.dispatch(ArangeFill(array: result))
        }
        return result
    }

    /// `np.arange(n)` with an integer count.
    public static func arange(_ count: Int, dtype: DType? = nil) throws(TensorError) -> NDArray {
        try arange(.int(Int64(count)), dtype: dtype)
    }

    /// Python's `a + b` on two scalars: exact for integers, double for floats.
    private static func add(_ a: Scalar, _ b: Scalar) -> Scalar {
        switch (a, b) {
        case (.float, _), (_, .float):
            return .float(a.doubleValue + b.doubleValue)
        default:
            let left = a.castValue
            let right = b.castValue
            if case .signed(let x) = left, case .signed(let y) = right {
                let (sum, overflow) = x.addingReportingOverflow(y)
                if !overflow { return .int(sum) }
            }
            return .float(a.doubleValue + b.doubleValue)
        }
    }

    /// NEP 50: a Python integer that does not fit an integer dtype is an `OverflowError`.
    static func checkFits(_ value: Scalar, in dtype: DType) throws(TensorError) {
        guard let info = dtype.integerInfo else { return }
        let fits: Bool
        switch value {
        case .int(let v): fits = v >= info.min && (v < 0 || UInt64(v) <= info.max)
        case .uint(let v): fits = v <= info.max
        default: fits = true
        }
        guard fits else {
            let text: String
            switch value {
            case .int(let v): text = String(v)
            case .uint(let v): text = String(v)
            default: text = ""
            }
            throw TensorError(.overflowError, "Python integer \(text) out of bounds for \(dtype.name)")
        }
    }

    /// `np.linspace(start, stop, num, endpoint, dtype)`: evaluated as NumPy does, in
    /// float64: `arange(num) * step + start`, the last element set to `stop` exactly, and
    /// floored before an integer dtype is applied.
    public static func linspace(
        _ start: Double, _ stop: Double, count: Int = 50, endpoint: Bool = true, dtype: DType? = nil
    ) throws(TensorError) -> NDArray {
        guard count >= 0 else { throw TensorError(.valueError, "Number of samples, \(count), must be non-negative.") }
        let resultType = dtype ?? .float64
        let result = try NDArray(dtype: resultType, shape: [count], zeroed: false)
        let divisions = endpoint ? count - 1 : count
        let delta = stop - start
        let step = divisions > 0 ? delta / Double(divisions) : .nan
        for index in 0..<count {
            var value = Double(index)
            if divisions > 0 {
                value = step == 0 ? value / Double(divisions) * delta : value * step
            } else {
                value *= delta
            }
            value += start
            if endpoint, count > 1, index == count - 1 { value = stop }
            if resultType.isInteger { value = value.rounded(.down) }
            result.storeCast(.floating(value), atByteOffset: index * result.itemSize)
        }
        return result
    }
}

/// Fills elements 2… of a fresh one-dimensional array as NumPy's `fill` functions do.
private struct ArangeFill: DTypeVisitor {
    let array: NDArray

    func visit<Element: ArrayElement>(_ type: Element.Type) {
        let pointer = array.buffer.base.bindMemory(to: Element.self, capacity: array.size)
        switch pointer[0].castValue {
        case .floating:
            fillFloating(pointer)
        default:
            fillInteger(pointer)
        }
    }

    private func fillFloating<Element: ArrayElement>(_ pointer: UnsafeMutablePointer<Element>) {
        if Element.self == Double.self {
            let p = UnsafeMutableRawPointer(pointer).assumingMemoryBound(to: Double.self)
            let start = p[0]
            let delta = p[1] - start
            for i in 2..<array.size { p[i] = start + Double(i) * delta }
        } else if Element.self == Float.self {
            let p = UnsafeMutableRawPointer(pointer).assumingMemoryBound(to: Float.self)
            let start = p[0]
            let delta = p[1] - start
            for i in 2..<array.size { p[i] = start + Float(i) * delta }
        } else {
            // float16 is filled in float32 arithmetic, then rounded.
            let p = UnsafeMutableRawPointer(pointer).assumingMemoryBound(to: Float16.self)
            let start = Float(p[0])
            let delta = Float(p[1]) - start
            for i in 2..<array.size { p[i] = Float16(start + Float(i) * delta) }
        }
    }

    private func fillInteger<Element: ArrayElement>(_ pointer: UnsafeMutablePointer<Element>) {
        let start = pointer[0].castValue
        let second = pointer[1].castValue
        switch (start, second) {
        case (.signed(let a), .signed(let b)):
            let delta = b &- a
            for i in 2..<array.size { pointer[i] = Element.cast(from: .signed(a &+ Int64(i) &* delta)) }
        case (.unsigned(let a), .unsigned(let b)):
            let delta = b &- a
            for i in 2..<array.size { pointer[i] = Element.cast(from: .unsigned(a &+ UInt64(i) &* delta)) }
        default:
            break
        }
    }
}
