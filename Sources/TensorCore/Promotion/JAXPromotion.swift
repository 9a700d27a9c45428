/// JAX's type promotion: the least upper bound on JAX's type lattice, where Python
/// scalars are the weak types `i*` and `f*`, and no integer is ever widened into a
/// wider float (`int32 + float32` is `float32`). With 64-bit types disabled (JAX's
/// default) the lattice keeps 32-bit inputs below 64 bits (uint32 with int32 gives
/// int32) and results are canonicalised to 32 bits.
public enum JAXPromotion {
    /// A `jax_enable_x64` switch. Code reads and sets the one bound to it with
    /// `JAXPromotion.$x64Setting.withValue(setting) { … }`, or the process's own when none
    /// is bound: each interpreter binds its own, as each Python process has its own, so
    /// programs run side by side on different threads never switch each other's types.
    public final class X64Setting: Sendable {
        private let state: LockedValue<Bool>

        /// A switch, off unless `enabled` (JAX's default is off).
        public init(enabled: Bool = false) {
            state = LockedValue(enabled)
        }

        public var isEnabled: Bool {
            get { state.value }
            set { state.value = newValue }
        }
    }

    /// The switch in force for the running code.
    @TaskLocal public static var x64Setting = X64Setting()

    /// JAX's `jax_enable_x64`: whether 64-bit types are allowed. Off by default, as in JAX;
    /// the functions below take it as their default. Reads and sets `x64Setting`.
    public static var isX64Enabled: Bool {
        get { x64Setting.isEnabled }
        set { x64Setting.isEnabled = newValue }
    }

    /// A node of the lattice: a dtype, or a weak Python type.
    public enum Node: Hashable, Sendable, CustomStringConvertible {
        case dtype(DType)
        /// A Python `int` (JAX's `i*`).
        case weakInteger
        /// A Python `float` (JAX's `f*`).
        case weakFloat

        public var description: String {
            switch self {
            case .dtype(let dtype): dtype.name
            case .weakInteger: "int (weak)"
            case .weakFloat: "float (weak)"
            }
        }
    }

    /// The lattice's edges, from each node to the nodes directly above it.
    private static func parents(_ node: Node, x64: Bool) -> [Node] {
        switch node {
        case .dtype(.uint32) where !x64: [.dtype(.int32), .dtype(.uint64)]
        case .dtype(.bool): [.weakInteger]
        case .weakInteger: [.dtype(.uint8), .dtype(.int8)]
        case .dtype(.uint8): [.dtype(.uint16), .dtype(.int16)]
        case .dtype(.uint16): [.dtype(.uint32), .dtype(.int32)]
        case .dtype(.uint32): [.dtype(.uint64), .dtype(.int64)]
        case .dtype(.uint64): [.weakFloat]
        case .dtype(.int8): [.dtype(.int16)]
        case .dtype(.int16): [.dtype(.int32)]
        case .dtype(.int32): [.dtype(.int64)]
        case .dtype(.int64): [.weakFloat]
        case .weakFloat: [.dtype(.float16)]
        case .dtype(.float16): [.dtype(.float32)]
        case .dtype(.float32): [.dtype(.float64)]
        default: []
        }
    }

    /// `node` and every node above it.
    private static func upperSet(_ node: Node, x64: Bool) -> Set<Node> {
        var result: Set<Node> = [node]
        var pending = [node]
        while let next = pending.popLast() {
            for parent in parents(next, x64: x64) where result.insert(parent).inserted { pending.append(parent) }
        }
        return result
    }

    /// The least upper bound of the nodes.
    public static func join(_ nodes: [Node], x64: Bool = isX64Enabled) -> Node {
        guard let first = nodes.first else { return .weakFloat }
        let common = nodes.dropFirst().reduce(upperSet(first, x64: x64)) { $0.intersection(upperSet($1, x64: x64)) }
        return common.first { candidate in common.isSubset(of: upperSet(candidate, x64: x64)) } ?? .dtype(.float64)
    }

    /// `jnp.promote_types(a, b)`: the join, with a weak result read as the default dtype of
    /// its kind at 64 bits (64-bit inputs are not canonicalised, as in JAX's own function).
    public static func promoteTypes(_ a: DType, _ b: DType, x64: Bool = isX64Enabled) -> DType {
        switch join([.dtype(a), .dtype(b)], x64: x64) {
        case .dtype(let dtype): dtype
        case .weakInteger: .int64
        case .weakFloat: .float64
        }
    }

    /// `jnp.result_type(*operands)`: the join of the operands, canonicalised for the x64
    /// setting, and whether the result is weakly typed (the join is a Python type).
    public static func resultType(_ operands: [Node], x64: Bool = isX64Enabled) -> (dtype: DType, isWeak: Bool) {
        let node = join(operands, x64: x64)
        switch node {
        case .dtype(let dtype): return (canonical(dtype, x64: x64), false)
        case .weakInteger, .weakFloat: return (dtype(of: node, x64: x64), true)
        }
    }

    /// The dtype a node stands for: weak integers as int64/int32, weak floats as float64/float32.
    private static func dtype(of node: Node, x64: Bool) -> DType {
        switch node {
        case .dtype(let dtype): canonical(dtype, x64: x64)
        case .weakInteger: x64 ? .int64 : .int32
        case .weakFloat: x64 ? .float64 : .float32
        }
    }

    /// A dtype as JAX stores it: with x64 off, 64-bit types become their 32-bit counterparts.
    public static func canonical(_ dtype: DType, x64: Bool = isX64Enabled) -> DType {
        guard !x64 else { return dtype }
        switch dtype {
        case .int64: return .int32
        case .uint64: return .uint32
        case .float64: return .float32
        default: return dtype
        }
    }
}
