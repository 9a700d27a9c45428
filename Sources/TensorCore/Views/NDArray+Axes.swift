extension NDArray {
    /// `transpose(axes)`: a view with the axes permuted; reversed when `axes` is nil (`T`).
    public func transposed(_ axes: [Int]? = nil) throws(TensorError) -> NDArray {
        guard let axes else { return transposed() }
        guard axes.count == ndim else { throw TensorError(.valueError, "axes don't match array") }
        var permutation: [Int] = []
        for axis in axes {
            let normalized = try normalizedAxis(axis, ndim: ndim)
            guard !permutation.contains(normalized) else { throw TensorError(.valueError, "repeated axis in transpose") }
            permutation.append(normalized)
        }
        return NDArray(viewOf: self, shape: permutation.map { shape[$0] }, strides: permutation.map { strides[$0] }, offset: offset)
    }

    /// `a.T`: the axes reversed.
    public func transposed() -> NDArray {
        NDArray(viewOf: self, shape: shape.reversed(), strides: strides.reversed(), offset: offset)
    }

    /// `swapaxes(axis1, axis2)`.
    public func swappingAxes(_ first: Int, _ second: Int) throws(TensorError) -> NDArray {
        let a = try normalizedAxis(first, ndim: ndim, prefix: "axis1")
        let b = try normalizedAxis(second, ndim: ndim, prefix: "axis2")
        var order = Array(0..<ndim)
        order.swapAt(a, b)
        return try transposed(order)
    }

    /// `np.moveaxis(a, source, destination)`: the named axes move, the others keep their order.
    public func movingAxes(from source: [Int], to destination: [Int]) throws(TensorError) -> NDArray {
        let from = try normalizedAxes(source, name: "source")
        let to = try normalizedAxes(destination, name: "destination")
        guard from.count == to.count else {
            throw TensorError(.valueError, "`source` and `destination` arguments must have the same number of elements")
        }
        var order = (0..<ndim).filter { !from.contains($0) }
        for (destinationAxis, sourceAxis) in zip(to, from).sorted(by: { $0.0 < $1.0 }) {
            order.insert(sourceAxis, at: destinationAxis)
        }
        return try transposed(order)
    }

    private func normalizedAxes(_ axes: [Int], name: String) throws(TensorError) -> [Int] {
        var result: [Int] = []
        for axis in axes {
            let normalized = try normalizedAxis(axis, ndim: ndim, prefix: name)
            guard !result.contains(normalized) else { throw TensorError(.valueError, "repeated axis in `\(name)` argument") }
            result.append(normalized)
        }
        return result
    }

    /// `np.expand_dims(a, axis)`: new axes of length 1 at the given positions of the result
    /// (a reshape, as in NumPy, so the new axes get the strides reshape gives them).
    public func expandingDimensions(_ axes: [Int]) throws(TensorError) -> NDArray {
        let resultRank = ndim + axes.count
        var inserted: [Int] = []
        for axis in axes {
            let normalized = try normalizedAxis(axis, ndim: resultRank)
            guard !inserted.contains(normalized) else { throw TensorError(.valueError, "repeated axis") }
            inserted.append(normalized)
        }
        var newShape: [Int] = []
        var source = 0
        for axis in 0..<resultRank {
            if inserted.contains(axis) {
                newShape.append(1)
            } else {
                newShape.append(shape[source])
                source += 1
            }
        }
        return try reshaped(newShape)
    }

    /// `squeeze(axis)`: removes the given axes of length 1, or all of them when `axes` is nil.
    /// As in NumPy, with no axes given and none of length 1 the array itself comes back, and
    /// a zero-dimensional array accepts axis 0 or -1.
    public func squeezed(_ axes: [Int]? = nil) throws(TensorError) -> NDArray {
        var removed: Set<Int> = []
        if axes == nil, !shape.contains(1) { return self }
        if let axes, ndim == 0, axes.allSatisfy({ $0 == 0 || $0 == -1 }) { return self }
        if let axes {
            for axis in axes {
                let normalized = try normalizedAxis(axis, ndim: ndim)
                guard shape[normalized] == 1 else {
                    throw TensorError(.valueError, "cannot select an axis to squeeze out which has size not equal to one")
                }
                removed.insert(normalized)
            }
        } else {
            removed = Set(shape.indices.filter { shape[$0] == 1 })
        }
        let kept = shape.indices.filter { !removed.contains($0) }
        return NDArray(viewOf: self, shape: kept.map { shape[$0] }, strides: kept.map { strides[$0] }, offset: offset)
    }
}
