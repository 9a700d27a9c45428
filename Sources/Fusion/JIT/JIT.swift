import TensorCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A function of arrays compiled by tracing, as `jax.jit` compiles one: the first call with
/// a given signature (each argument's dtype, shape and weak type, and the semantics)
/// traces the function with tracers and compiles a plan; later calls with that signature
/// reuse the plan; a call with a new signature traces again.
///
/// ```swift
/// let f = JIT("f") { x, y in try 2 * x * y + 3 * y + 1 }
/// let z = try f(x, y)          // traces, compiles, runs
/// let w = try f(x2, y2)        // same shapes and dtypes: runs the cached plan
/// print(try f.plan(for: x, y).listing)
/// ```
public final class JIT: @unchecked Sendable {
    /// The function's name, as listings and tracing errors give it.
    public let name: String
    /// Where the function was defined and its parameters' names, for error messages.
    let origin: String?
    let parameterNames: [String]?
    private let semantics: FusionSemantics?
    private let function: ([Tracer]) throws(TensorError) -> [Tracer]
    private var lock = pthread_mutex_t()
    private var plans: [Signature: Plan] = [:]
    /// The plan used last and its signature: a call with the same argument types finds it
    /// without building a signature.
    private var lastPlan: (semantics: FusionSemantics, plan: Plan)?
    private var traces = 0

    /// The key plans are cached under.
    struct Signature: Hashable {
        var semantics: FusionSemantics
        var arguments: [ValueType]
    }

    /// A function of any number of arrays returning any number of arrays. With `semantics`
    /// nil, each call follows JAX's rules with the `jax_enable_x64` setting of the moment.
    /// `origin` (where the function was defined, `cell.py:2`) and `parameterNames` make
    /// tracer errors name them, as JAX's do.
    public init(
        _ name: String = "f", semantics: FusionSemantics? = nil, origin: String? = nil, parameterNames: [String]? = nil,
        _ function: @escaping ([Tracer]) throws(TensorError) -> [Tracer]
    ) {
        self.name = name
        self.semantics = semantics
        self.origin = origin
        self.parameterNames = parameterNames
        self.function = function
        pthread_mutex_init(&lock, nil)
    }

    /// A function of one array returning one array.
    public convenience init(_ name: String = "f", semantics: FusionSemantics? = nil, _ function: @escaping (Tracer) throws(TensorError) -> Tracer) {
        self.init(name, semantics: semantics) { (arguments: [Tracer]) throws(TensorError) -> [Tracer] in
            [try function(arguments[0])]
        }
    }

    /// A function of two arrays returning one array.
    public convenience init(
        _ name: String = "f", semantics: FusionSemantics? = nil, _ function: @escaping (Tracer, Tracer) throws(TensorError) -> Tracer
    ) {
        self.init(name, semantics: semantics) { (arguments: [Tracer]) throws(TensorError) -> [Tracer] in
            [try function(arguments[0], arguments[1])]
        }
    }

    deinit { pthread_mutex_destroy(&lock) }

    /// How many plans the function has been traced into (once per new signature; a trace
    /// that throws leaves no plan, so the next call traces again).
    public var traceCount: Int {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        return traces
    }

    /// The plan for these arguments, traced and compiled on first use.
    public func plan(for arguments: [FusionValue]) throws(TensorError) -> Plan {
        let callSemantics = semantics ?? .jax
        pthread_mutex_lock(&lock)
        if let (lastSemantics, plan) = lastPlan, lastSemantics == callSemantics, plan.accepts(arguments) {
            pthread_mutex_unlock(&lock)
            return plan
        }
        let signature = Signature(semantics: callSemantics, arguments: arguments.map(\.type))
        if let plan = plans[signature] {
            lastPlan = (callSemantics, plan)
            pthread_mutex_unlock(&lock)
            return plan
        }
        pthread_mutex_unlock(&lock)
        let plan = try trace(signature)
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        traces += 1
        if let existing = plans[signature] { return existing }
        plans[signature] = plan
        lastPlan = (callSemantics, plan)
        return plan
    }

    /// `plan(for:)` for strongly typed arrays.
    public func plan(for arrays: NDArray...) throws(TensorError) -> Plan {
        try plan(for: arrays.map { FusionValue($0) })
    }

    /// Runs the function on the arguments (arrays with their weak types).
    public func call(_ arguments: [FusionValue]) throws(TensorError) -> [FusionValue] {
        try plan(for: arguments).run(arguments.map(\.array))
    }

    /// Runs the function on strongly typed arrays and returns its first result.
    public func callAsFunction(_ arrays: NDArray...) throws(TensorError) -> NDArray {
        if let plan = lastStrongPlan(for: arrays), let result = try plan.runDirect(arrays) { return result }
        return try call(arrays.map { FusionValue($0) })[0].array
    }

    /// The last plan used, when it was compiled for exactly these strongly typed arrays.
    private func lastStrongPlan(for arrays: [NDArray]) -> Plan? {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        guard let (lastSemantics, plan) = lastPlan, lastSemantics == (semantics ?? .jax),
            plan.parameterTypes.count == arrays.count
        else { return nil }
        // By index: the arrays are read in place, not copied (four reference counts each).
        for index in arrays.indices {
            let type = plan.parameterTypes[index]
            guard arrays[index].dtype == type.dtype, !type.isWeak, arrays[index].shape == type.shape else { return nil }
        }
        return plan
    }

    private func trace(_ signature: Signature) throws(TensorError) -> Plan {
        let context = TraceContext(
            semantics: signature.semantics, functionName: name, origin: origin, parameterNames: parameterNames)
        let parameters = signature.arguments.enumerated().map { position, type in
            Tracer(context: context, id: context.parameter(position, type: type))
        }
        let results = try function(parameters)
        for result in results { try context.checkContext(of: result) }
        context.setOutputs(results.map(\.id))
        return try Plan(name: name, traced: context.graph)
    }
}
