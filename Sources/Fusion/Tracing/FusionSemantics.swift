import TensorCore

/// Whose rules a traced function follows: JAX's (as `jax.jit` traces `jax.numpy` code,
/// with 64-bit types on or off) or NumPy's (as eager NumPy code computes).
public enum FusionSemantics: Hashable, Sendable {
    case jax(x64: Bool)
    case numpy

    /// JAX's rules with the current `jax_enable_x64` setting.
    public static var jax: FusionSemantics { .jax(x64: JAXPromotion.isX64Enabled) }

    var isJAX: Bool {
        if case .jax = self { return true }
        return false
    }

    var x64: Bool {
        switch self {
        case .jax(let x64): x64
        case .numpy: true
        }
    }
}
