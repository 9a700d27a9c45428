import TensorCore

/// Compares an answer's array with the reference as `np.allclose(got, expected,
/// equal_nan=True)` does (|got − expected| ≤ atol + rtol·|expected|), and says exactly
/// where and by how much they differ.
struct ArrayComparison {
    var rtol = 1e-5
    var atol = 1e-8

    /// Nil when the arrays agree; otherwise the lines explaining the first difference.
    func differences(got: NDArray, expected: NDArray, name: String) -> [String]? {
        guard got.shape == expected.shape else {
            return ["\(name) has shape \(BroadcastShapes.text(got.shape)), expected \(BroadcastShapes.text(expected.shape))"]
        }
        guard got.dtype == expected.dtype else {
            return ["\(name) has dtype \(got.dtype.name), expected \(expected.dtype.name)"]
        }
        let gotValues = got.elements.map(\.doubleValue)
        let expectedValues = expected.elements.map(\.doubleValue)
        var firstMismatch: Int?
        var mismatches = 0
        var largestAbsolute = 0.0
        var largestRelative = 0.0
        for index in gotValues.indices {
            let a = gotValues[index]
            let b = expectedValues[index]
            if a.isNaN || b.isNaN {
                if a.isNaN != b.isNaN {
                    mismatches += 1
                    if firstMismatch == nil { firstMismatch = index }
                    largestAbsolute = .infinity
                    largestRelative = .infinity
                }
                continue
            }
            let difference = abs(a - b)
            if a != b {
                largestAbsolute = max(largestAbsolute, difference)
                if b != 0 { largestRelative = max(largestRelative, difference / abs(b)) } else { largestRelative = .infinity }
            }
            if !(difference <= atol + rtol * abs(b)) && a != b {
                mismatches += 1
                if firstMismatch == nil { firstMismatch = index }
            }
        }
        guard let first = firstMismatch else { return nil }
        let index = Self.multiIndex(first, shape: got.shape)
        return [
            "\(mismatches) of \(gotValues.count) elements differ (np.allclose with rtol=\(Self.number(rtol)), atol=\(Self.number(atol)))",
            "first at index \(index): got \(Self.number(gotValues[first])), expected \(Self.number(expectedValues[first]))",
            "largest absolute error \(Self.number(largestAbsolute)), largest relative error \(Self.number(largestRelative))",
        ]
    }

    /// A flat C-order position as Python writes an index: `(3, 1)`.
    static func multiIndex(_ flat: Int, shape: [Int]) -> String {
        var rest = flat
        var index = Array(repeating: 0, count: shape.count)
        for axis in shape.indices.reversed() where shape[axis] > 0 {
            index[axis] = rest % shape[axis]
            rest /= shape[axis]
        }
        return BroadcastShapes.text(index)
    }

    /// A number as Python prints a float: shortest digits, `nan`, `inf`.
    static func number(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        return "\(value)"
    }
}
