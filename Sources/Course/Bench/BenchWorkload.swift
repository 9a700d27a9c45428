/// The course's two benchmarks, as its "Why JAX beats NumPy" section runs them.
public enum BenchWorkload: String, CaseIterable, Sendable, Codable {
    /// `sum(x)`: one pass over memory, limited by bandwidth at large n.
    case sum
    /// `2*x*y + 3*y + 1`: five operations; eagerly, two new arrays once temporaries are handed over.
    case expression = "2xy+3y+1"

    /// The workload as the course writes it.
    public var title: String {
        switch self {
        case .sum: "sum(x)"
        case .expression: "2*x*y + 3*y + 1"
        }
    }

    /// The plain-Python function timed through the interpreter, over the lists `xs`, `ys`.
    var pythonFunction: (name: String, source: String) {
        switch self {
        case .sum:
            ("python_sum", """
                def python_sum():
                    total = 0.0
                    for value in xs:
                        total += value
                    return total
                """)
        case .expression:
            ("python_expression", """
                def python_expression():
                    return [2 * a * b + 3 * b + 1 for a, b in zip(xs, ys)]
                """)
        }
    }
}

/// One way of running a workload: ours (a plain-Python loop through our interpreter,
/// TensorCore's eager kernels, a fused `jax.jit` plan) or theirs, timed through python3.
public enum BenchVariant: String, CaseIterable, Sendable, Codable {
    case pythonLoop = "python-loop"
    case eager
    case fused
    case numpy
    case jax
    case cpythonLoop = "cpython-loop"

    /// The column heading and legend label.
    public var title: String {
        switch self {
        case .pythonLoop: "Python loop"
        case .eager: "eager"
        case .fused: "fused"
        case .numpy: "NumPy"
        case .jax: "JAX jit"
        case .cpythonLoop: "CPython loop"
        }
    }

    /// True for the variants timed by `compare_numpy_jax.py` rather than by us.
    public var isReference: Bool { [.numpy, .jax, .cpythonLoop].contains(self) }

    /// The library name `compare_numpy_jax.py` reports this variant under.
    var referenceLibrary: String? {
        switch self {
        case .numpy: "NumPy"
        case .jax: "JAX jit"
        case .cpythonLoop: "CPython"
        default: nil
        }
    }
}
