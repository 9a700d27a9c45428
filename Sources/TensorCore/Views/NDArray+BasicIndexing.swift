extension NDArray {
    /// Basic indexing (integers, slices with any step, `...`, `newaxis`): always a view.
    /// Indexing every axis with an integer gives a zero-dimensional view of that element.
    public func view(at index: [IndexComponent]) throws(TensorError) -> NDArray {
        let ellipses = index.filter { $0 == .ellipsis }.count
        guard ellipses <= 1 else { throw TensorError(.indexError, "an index can only have a single ellipsis ('...')") }
        let consumed = index.filter { if case .integer = $0 { true } else if case .slice = $0 { true } else { false } }.count
        guard consumed <= ndim else {
            throw TensorError(
                .indexError, "too many indices for array: array is \(ndim)-dimensional, but \(consumed) were indexed")
        }
        var components = index
        if let position = components.firstIndex(of: .ellipsis) {
            components.replaceSubrange(position...position, with: Array(repeating: .all, count: ndim - consumed))
        } else {
            components += Array(repeating: .all, count: ndim - consumed)
        }
        var newShape: [Int] = []
        var newStrides: [Int] = []
        var newOffset = offset
        var axis = 0
        for component in components {
            switch component {
            case .newAxis:
                newShape.append(1)
                newStrides.append(0)
            case .integer(let value):
                let length = shape[axis]
                guard value >= -length, value < length else {
                    throw TensorError(.indexError, "index \(value) is out of bounds for axis \(axis) with size \(length)")
                }
                newOffset += (value < 0 ? value + length : value) * strides[axis]
                axis += 1
            case .slice(let start, let stop, let step):
                let bounds = try SliceBounds(start: start, stop: stop, step: step, length: shape[axis])
                if bounds.count > 0 { newOffset += bounds.start * strides[axis] }
                newShape.append(bounds.count)
                // As NumPy: an empty slice keeps the axis stride and points at the start; the
                // product wraps as NumPy's C arithmetic does (it matters only for one element).
                newStrides.append(bounds.count > 0 ? strides[axis] &* bounds.step : strides[axis])
                axis += 1
            case .ellipsis:
                break
            }
        }
        return NDArray(viewOf: self, shape: newShape, strides: newStrides, offset: newOffset)
    }

    /// `a[index] = value`: `value` is broadcast to the selected view and cast to this
    /// array's dtype. Overlapping memory is handled by copying `value` first.
    public func assign(_ value: NDArray, at index: [IndexComponent] = []) throws(TensorError) {
        let target = try writableView(at: index)
        guard let broadcastShape = try? Broadcasting.shape(value.shape, target.shape), broadcastShape == target.shape else {
            throw TensorError(
                .valueError,
                "could not broadcast input array from shape \(ShapeText.compact(value.shape)) into shape \(ShapeText.compact(target.shape))")
        }
        var source = value
        if value.buffer === buffer { source = try value.copy() }
        let stretched = try source.broadcast(to: target.shape, readOnly: false)
        Self.copyElements(from: stretched, to: target)
    }

    /// `a[index] = scalar`: a Python number, cast to this array's dtype; an integer out
    /// of an integer dtype's range is an `OverflowError` (NEP 50).
    public func assign(_ value: Scalar, at index: [IndexComponent] = []) throws(TensorError) {
        let target = try writableView(at: index)
        if case .float = value {} else { try Self.checkFits(value, in: dtype) }
        target.fill(value)
    }

    /// The view an assignment writes through: read-only is an error, and an array from
    /// `broadcast_arrays` warns as NumPy does.
    private func writableView(at index: [IndexComponent]) throws(TensorError) -> NDArray {
        let target = try view(at: index)
        guard target.isWriteable else { throw TensorError(.valueError, "assignment destination is read-only") }
        if target.warnsOnWrite {
            WarningLog.emit(TensorWarning(
                category: "DeprecationWarning",
                "Numpy has detected that you (may be) writing to an array with\noverlapping memory from np.broadcast_arrays. If this is intentional\nset the WRITEABLE flag True or make a copy immediately before writing."))
        }
        return target
    }

    /// The single element of a zero-dimensional (or one-element) array, exactly.
    public func item() throws(TensorError) -> CastValue {
        guard size == 1 else {
            throw TensorError(.valueError, "can only convert an array of size 1 to a Python scalar")
        }
        return loadCast(atByteOffset: elementOffsets()[0])
    }
}
