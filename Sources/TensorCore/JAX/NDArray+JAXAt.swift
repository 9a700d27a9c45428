/// JAX's functional updates, `x.at[idx].set(v)` and friends: each returns a new array and
/// leaves `x` as it was. Reads clamp indices that are out of range, writes drop them, and
/// repeated indices each apply their update (`add` accumulates), as JAX does on CPU.
public enum JAXUpdate: String, Sendable {
    case set, add, multiply, min, max
}

extension NDArray {
    /// JAX's `TypeError` for `x[idx] = y` on an immutable JAX array.
    public static let jaxImmutableAssignmentMessage =
        "JAX arrays are immutable and do not support in-place item assignment. Instead of x[idx] = y, use x = x.at[idx].set(y) or another .at[] method: https://docs.jax.dev/en/latest/_autosummary/jax.numpy.ndarray.at.html"

    /// `x.at[idx].get()`: the selected elements, out-of-range indices clamped to the edge.
    public func jaxAtGet(_ index: [ArrayIndex]) throws(TensorError) -> NDArray {
        let selection = try select(index, outOfBounds: .clamp)
        let result = try NDArray(dtype: dtype, shape: selection.shape, zeroed: false)
        for (position, offset) in selection.offsets.enumerated() {
            result.storeCast(loadCast(atByteOffset: offset), atByteOffset: position * itemSize)
        }
        return result
    }

    /// `x.at[idx].set(v)`, `.add(v)`, `.multiply(v)`, `.min(v)`, `.max(v)`: a new array with the
    /// update applied; `v` is cast to `x`'s dtype, and out-of-range indices are dropped.
    public func jaxAtUpdated(_ index: [ArrayIndex], _ update: JAXUpdate, _ value: Operand) throws(TensorError) -> NDArray {
        let result = try copy()
        let selection = try result.select(index, outOfBounds: .drop)
        let values: NDArray
        switch value {
        case .scalar(let scalar):
            values = try NDArray(dtype: dtype, shape: [], zeroed: false)
            values.storeCast(scalar.castValue, atByteOffset: 0)
        case .array(let array):
            values = try array.astype(dtype, copy: false)
        }
        let stretched = try values.broadcast(to: selection.shape, readOnly: true)
        let function: UFunc? = switch update {
        case .set: nil
        case .add: .add
        case .multiply: .multiply
        case .min: .minimum
        case .max: .maximum
        }
        // JAX raises no floating-point warnings.
        _ = try WarningLog.collecting { () throws(TensorError) in
            for (source, target) in zip(stretched.elementOffsets(), selection.offsets) where target != Int.min {
                let incoming = stretched.loadCast(atByteOffset: source)
                guard let function else {
                    result.storeCast(incoming, atByteOffset: target)
                    continue
                }
                let current = NDArray(viewOf: result, shape: [], strides: [], offset: target)
                let operand = try NDArray(dtype: dtype, shape: [], zeroed: false)
                operand.storeCast(incoming, atByteOffset: 0)
                _ = try function.apply([.array(current), .array(operand)], out: current, casting: .unsafe)
            }
        }
        return result
    }
}
