import TensorCore

/// Reductions of traced values, as `jnp.sum` and friends (or NumPy's) compute them.
extension Tracer {
    /// `sum(axis=axes, keepdims=keepdims)`; every axis when `axes` is nil.
    public func sum(axes: [Int]? = nil, keepdims: Bool = false) throws(TensorError) -> Tracer {
        Tracer(context: context, id: try context.reduce(.add, id, axes: axes, keepdims: keepdims))
    }

    /// `prod(axis=axes, keepdims=keepdims)`.
    public func prod(axes: [Int]? = nil, keepdims: Bool = false) throws(TensorError) -> Tracer {
        Tracer(context: context, id: try context.reduce(.multiply, id, axes: axes, keepdims: keepdims))
    }

    /// `max(axis=axes, keepdims=keepdims)`.
    public func max(axes: [Int]? = nil, keepdims: Bool = false) throws(TensorError) -> Tracer {
        Tracer(context: context, id: try context.reduce(.maximum, id, axes: axes, keepdims: keepdims))
    }

    /// `min(axis=axes, keepdims=keepdims)`.
    public func min(axes: [Int]? = nil, keepdims: Bool = false) throws(TensorError) -> Tracer {
        Tracer(context: context, id: try context.reduce(.minimum, id, axes: axes, keepdims: keepdims))
    }
}
