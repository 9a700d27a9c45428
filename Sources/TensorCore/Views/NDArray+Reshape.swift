extension NDArray {
    /// `reshape`: a view when the strides allow it, a copy otherwise. One length may be
    /// `-1`, inferred from the others. Errors are NumPy's.
    public func reshaped(_ newShape: [Int]) throws(TensorError) -> NDArray {
        if newShape == self.shape { return NDArray(viewOf: self, shape: shape, strides: strides, offset: offset) }
        let shape = try resolvedShape(newShape)
        if isCContiguous || size <= 1 {
            return NDArray(viewOf: self, shape: shape, strides: Self.contiguousStrides(shape: shape, itemSize: itemSize), offset: offset)
        }
        if let strides = noCopyStrides(for: shape) {
            return NDArray(viewOf: self, shape: shape, strides: strides, offset: offset)
        }
        let copied = try copy()
        return NDArray(viewOf: copied, shape: shape, strides: Self.contiguousStrides(shape: shape, itemSize: itemSize), offset: 0)
    }

    /// `ravel`: a flat view when the array is C-contiguous, otherwise a flat copy.
    public func raveled() throws(TensorError) -> NDArray {
        isCContiguous ? try reshaped([-1]) : try flattened()
    }

    /// `flatten`: always a flat copy that owns its data.
    public func flattened() throws(TensorError) -> NDArray {
        let result = try NDArray(dtype: dtype, shape: [size], zeroed: false)
        let shaped = NDArray(viewOf: result, shape: shape, strides: Self.contiguousStrides(shape: shape, itemSize: itemSize), offset: 0)
        Self.copyElements(from: self, to: shaped)
        return result
    }

    /// The new shape with its unknown length filled in (NumPy's `_fix_unknown_dimension`).
    private func resolvedShape(_ newShape: [Int]) throws(TensorError) -> [Int] {
        var unknown: Int?
        var known = 1
        let mismatch = TensorError(.valueError, "cannot reshape array of size \(size) into shape \(ShapeText.compact(newShape))")
        for (axis, length) in newShape.enumerated() {
            if length < 0 {
                guard unknown == nil else { throw TensorError(.valueError, "can only specify one unknown dimension") }
                unknown = axis
            } else {
                let (product, overflow) = known.multipliedReportingOverflow(by: length)
                guard !overflow else { throw mismatch }
                known = product
            }
        }
        var shape = newShape
        if let unknown {
            guard known != 0, size % known == 0 else { throw mismatch }
            shape[unknown] = size / known
        } else if known != size {
            throw mismatch
        }
        return shape
    }

    /// Strides that show this array's memory with `newShape` without copying, or nil when
    /// none exist (NumPy's `_attempt_nocopy_reshape`, C order).
    private func noCopyStrides(for newShape: [Int]) -> [Int]? {
        let kept = shape.indices.filter { shape[$0] != 1 }
        let oldDims = kept.map { shape[$0] }
        let oldStrides = kept.map { strides[$0] }
        var newStrides = Array(repeating: 0, count: newShape.count)
        var oi = 0, oj = 1, ni = 0, nj = 1
        while ni < newShape.count, oi < oldDims.count {
            var np = newShape[ni]
            var op = oldDims[oi]
            while np != op {
                if np < op {
                    guard nj < newShape.count else { return nil }
                    np *= newShape[nj]
                    nj += 1
                } else {
                    guard oj < oldDims.count else { return nil }
                    op *= oldDims[oj]
                    oj += 1
                }
            }
            for ok in oi..<(oj - 1) where oldStrides[ok] != oldDims[ok + 1] * oldStrides[ok + 1] {
                return nil
            }
            newStrides[nj - 1] = oldStrides[oj - 1]
            var nk = nj - 1
            while nk > ni {
                newStrides[nk - 1] = newStrides[nk] * newShape[nk]
                nk -= 1
            }
            ni = nj
            nj += 1
            oi = oj
            oj += 1
        }
        let lastStride = ni >= 1 ? newStrides[ni - 1] : itemSize
        for nk in ni..<newShape.count { newStrides[nk] = lastStride }
        return newStrides
    }
}
