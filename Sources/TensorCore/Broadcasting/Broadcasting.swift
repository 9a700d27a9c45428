/// NumPy's broadcasting rules: shapes aligned on the right, lengths equal or 1.
public enum Broadcasting {
    /// The broadcast shape of two shapes, or NumPy's error for an operation on them.
    public static func shape(_ a: [Int], _ b: [Int]) throws(TensorError) -> [Int] {
        try shape(of: [a, b])
    }

    /// The broadcast shape of several operands' shapes; the error names them as a ufunc does:
    /// `operands could not be broadcast together with shapes (5,9) (5,) `.
    public static func shape(of shapes: [[Int]]) throws(TensorError) -> [Int] {
        do {
            return try mismatchChecked(shapes)
        } catch {
            throw TensorError(
                .valueError,
                "operands could not be broadcast together with shapes "
                    + shapes.map { ShapeText.compact($0, ending: " ") }.joined())
        }
    }

    /// `np.broadcast_shapes(*shapes)`, with its message naming the two arguments that clash.
    public static func broadcastShapes(_ shapes: [[Int]]) throws(TensorError) -> [Int] {
        try mismatchChecked(shapes)
    }

    /// The broadcast shape, or the `np.broadcast` error naming the two shapes that clash.
    private static func mismatchChecked(_ shapes: [[Int]]) throws(TensorError) -> [Int] {
        let rank = shapes.map(\.count).max() ?? 0
        var result = Array(repeating: 1, count: rank)
        for axis in 0..<rank {
            var source = -1
            for (index, shape) in shapes.enumerated() {
                let k = axis + shape.count - rank
                guard k >= 0 else { continue }
                let length = shape[k]
                if length == 1 { continue }
                if result[axis] == 1 {
                    result[axis] = length
                    source = index
                } else if result[axis] != length {
                    throw TensorError(
                        .valueError,
                        "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg "
                            + "\(source) with shape \(ShapeText.tuple(shapes[source])) and arg \(index) with shape "
                            + "\(ShapeText.tuple(shape)).")
                }
            }
        }
        return result
    }
}

extension NDArray {
    /// A stride-0 view of this array stretched to `shape`. `np.broadcast_to` makes it
    /// read-only; broadcasting inside operations does not.
    func broadcast(to target: [Int], readOnly: Bool) throws(TensorError) -> NDArray {
        let lead = target.count - ndim
        var newStrides: [Int] = []
        var fits = lead >= 0
        if fits {
            for axis in target.indices {
                if axis < lead {
                    newStrides.append(0)
                } else {
                    let length = shape[axis - lead]
                    if length == target[axis] {
                        newStrides.append(length == 1 ? 0 : strides[axis - lead])
                    } else if length == 1 {
                        newStrides.append(0)
                    } else {
                        fits = false
                        break
                    }
                }
            }
        }
        guard fits else {
            throw TensorError(
                .valueError,
                "operands could not be broadcast together with remapped shapes [original->remapped]: "
                    + ShapeText.compact(shape, ending: " ") + " and requested shape " + ShapeText.compact(target))
        }
        var view = NDArray(viewOf: self, shape: target, strides: newStrides, offset: offset)
        if readOnly { view.isWriteable = false }
        return view
    }

    /// `np.broadcast_to(a, shape)`: a read-only view with stride 0 along stretched axes.
    public func broadcast(to shape: [Int]) throws(TensorError) -> NDArray {
        guard !shape.isEmpty || ndim == 0 else {
            throw TensorError(.valueError, "cannot broadcast a non-scalar to a scalar array")
        }
        guard shape.allSatisfy({ $0 >= 0 }) else {
            throw TensorError(.valueError, "all elements of broadcast shape must be non-negative")
        }
        guard ndim <= shape.count else {
            throw TensorError(.valueError, "input operand has more dimensions than allowed by the axis remapping")
        }
        return try broadcast(to: shape, readOnly: true)
    }

    /// `np.broadcast_arrays(*arrays)`: arrays already of the common shape come back as they
    /// are; the others become writeable stride-0 views that warn when written, as in NumPy.
    public static func broadcastArrays(_ arrays: [NDArray]) throws(TensorError) -> [NDArray] {
        let common = try Broadcasting.broadcastShapes(arrays.map(\.shape))
        guard !arrays.allSatisfy({ $0.shape == common }) else { return arrays }
        var result: [NDArray] = []
        for array in arrays {
            if array.shape == common {
                result.append(array)
            } else {
                var view = try array.broadcast(to: common, readOnly: false)
                view.warnsOnWrite = true
                result.append(view)
            }
        }
        return result
    }
}
