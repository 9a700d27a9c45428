extension NDArray {
    /// Copies `source` into `destination` element by element, converting dtypes as NumPy's
    /// casts do. `source` must already have `destination`'s shape (broadcast beforehand).
    /// A cast that overflows or meets an invalid value raises NumPy's warnings
    /// (`overflow encountered in cast`, `invalid value encountered in cast`).
    /// With `reportingWarnings` false the flags are left for the caller, as when a ufunc
    /// casts into its `out` array and reports under its own name.
    static func copyElements(from source: NDArray, to destination: NDArray, reportingWarnings: Bool = true) {
        let copier = CastingCopy(source: source, destination: destination)
        let reports = reportingWarnings && source.dtype != destination.dtype
        if reports { FloatingPointStatus.clear() }
        try! source.dtype.dispatch(copier)
        if reports { FloatingPointStatus.read().emitWarnings(for: "cast") }
    }

    /// A C-ordered copy that owns its data, in `dtype` (the same dtype by default).
    public func copy(dtype newType: DType? = nil) throws(TensorError) -> NDArray {
        let result = try NDArray(dtype: newType ?? dtype, shape: shape, zeroed: false)
        Self.copyElements(from: self, to: result)
        return result
    }

    /// `astype`: a copy converted to `dtype` (floats truncate toward zero when cast to integers,
    /// integers wrap), laid out in memory like this array (`order='K'`). With `copy: false`,
    /// returns this array unchanged when the dtype already matches.
    public func astype(_ newType: DType, copy: Bool = true) throws(TensorError) -> NDArray {
        if !copy, newType == dtype { return self }
        let result = try NDArray(dtype: newType, layoutLike: self)
        Self.copyElements(from: self, to: result)
        return result
    }

    /// This array when it is C-contiguous already, otherwise a contiguous copy; a
    /// zero-dimensional array comes back with shape `(1,)`, as `np.ascontiguousarray` does.
    public func ascontiguousarray() throws(TensorError) -> NDArray {
        if ndim == 0 {
            let result = try NDArray(dtype: dtype, shape: [1], zeroed: false)
            Self.copyElements(from: NDArray(viewOf: self, shape: [1], strides: [0], offset: offset), to: result)
            return result
        }
        return isCContiguous ? self : try copy()
    }
}

/// The outer half of a cast: knows the source element type.
private struct CastingCopy: DTypeVisitor {
    let source: NDArray
    let destination: NDArray

    func visit<Source: ArrayElement>(_ type: Source.Type) throws(TensorError) {
        try destination.dtype.dispatch(CastingCopyInto<Source>(source: source, destination: destination))
    }
}

/// The inner half of a cast: both element types are known, so the loop is typed.
private struct CastingCopyInto<Source: ArrayElement>: DTypeVisitor {
    let source: NDArray
    let destination: NDArray

    func visit<Destination: ArrayElement>(_ type: Destination.Type) throws(TensorError) {
        if Destination.self == UInt32.self, Source.self == Float.self || Source.self == Double.self || Source.self == Float16.self {
            copyFloatToUInt32()
            return
        }
        let from = source.buffer.base
        let to = destination.buffer.base
        StridedLoop.forEachRun(
            shape: destination.shape, strides: [source.strides, destination.strides],
            starts: [source.offset, destination.offset]
        ) { starts, count, strides in
            var read = starts[0]
            var write = starts[1]
            if Source.self == Destination.self {
                for _ in 0..<count {
                    to.storeBytes(of: from.load(fromByteOffset: read, as: Source.self), toByteOffset: write, as: Source.self)
                    read += strides[0]
                    write += strides[1]
                }
            } else {
                for _ in 0..<count {
                    let value = from.load(fromByteOffset: read, as: Source.self).castValue
                    to.storeBytes(of: Destination.cast(from: value), toByteOffset: write, as: Destination.self)
                    read += strides[0]
                    write += strides[1]
                }
            }
        }
    }

    /// Float → uint32, where NumPy's result for values C leaves undefined (NaN, infinities,
    /// out of range) depends on its loop: a contiguous float32/float64 copy converts blocks
    /// of four the vectorised way and the remainder the scalar way; every other copy, and
    /// every float16 source, converts the scalar way.
    private func copyFloatToUInt32() {
        let from = source.buffer.base
        let to = destination.buffer.base
        let sameContiguousOrder =
            (source.isCContiguous && destination.isCContiguous) || (source.isFContiguous && destination.isFContiguous)
        let vectorised = Source.self != Float16.self && sameContiguousOrder && source.ndim > 0
        let count = destination.size
        let body = vectorised ? count - count % 4 : 0
        func value(at byteOffset: Int) -> Double {
            if case .floating(let d) = from.load(fromByteOffset: byteOffset, as: Source.self).castValue { return d }
            return 0
        }
        if vectorised {
            for index in 0..<count {
                let d = value(at: source.offset + index * source.itemSize)
                let converted = index < body
                    ? UInt32(truncatingIfNeeded: FloatToInteger.convert(d, bits: 32, signed: false))
                    : FloatToInteger.scalarLoopUInt32(d)
                to.storeBytes(of: converted, toByteOffset: destination.offset + index * 4, as: UInt32.self)
            }
            return
        }
        StridedLoop.forEach(
            shape: destination.shape, strides: [source.strides, destination.strides],
            starts: [source.offset, destination.offset]
        ) { positions in
            to.storeBytes(of: FloatToInteger.scalarLoopUInt32(value(at: positions[0])), toByteOffset: positions[1], as: UInt32.self)
        }
    }
}
