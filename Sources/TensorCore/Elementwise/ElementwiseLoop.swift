#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whose results to give where NumPy and JAX differ (integer division by zero).
enum ElementwiseSemantics {
    case numpy, jax
}

/// Runs one elementwise function over broadcast inputs of the loop type, writing the output.
struct ElementwiseLoop: NumericVisitor, ElementwiseRunner {
    typealias Semantics = ElementwiseSemantics

    let function: UFunc
    let inputs: [NDArray]
    let output: NDArray
    var semantics: Semantics = .numpy

    func visit<T: NumericKernels>(_ type: T.Type) {
        if Parallelism.threads(forElements: output.size) > 1, let flat = flatOperands() {
            // Large and laid out alike: split the flat range across threads.
            FlatElementwise(
                function: function, semantics: semantics, first: flat[0], second: flat.count > 1 ? flat[1] : nil,
                itemSize: inputs[0].itemSize, output: output.buffer.base + output.offset,
                outputItemSize: output.itemSize, count: output.size
            ).visit(T.self)
            return
        }
        ElementwiseSelection(function: function, semantics: semantics, runner: self).visit(T.self)
    }

    /// The inputs as flat operands when each is either C-contiguous with the output's
    /// strides or a single repeated element (a scalar), and the output is C-contiguous; else nil.
    private func flatOperands() -> [BlockOperand]? {
        guard output.isCContiguous else { return nil }
        var flat: [BlockOperand] = []
        for input in inputs {
            let base = UnsafeRawPointer(input.buffer.base + input.offset)
            if input.isCContiguous, input.strides == output.strides {
                flat.append(BlockOperand(base))
            } else if input.strides.allSatisfy({ $0 == 0 }) {
                flat.append(BlockOperand(base, isRepeated: true))
            } else {
                return nil
            }
        }
        return flat
    }

    // MARK: - Loops

    /// `output[i] = body(inputs[0][i], inputs[1][i])`, with a flat loop when every operand is contiguous.
    func binary<T: ArrayElement, R: ArrayElement>(_ type: T.Type, _ body: (T, T) -> R) {
        let a = inputs[0]
        let b = inputs[1]
        if a.isCContiguous, b.isCContiguous, output.isCContiguous, a.strides == output.strides || output.size <= 1,
            b.strides == output.strides || output.size <= 1
        {
            let x = (a.buffer.base + a.offset).assumingMemoryBound(to: T.self)
            let y = (b.buffer.base + b.offset).assumingMemoryBound(to: T.self)
            let z = (output.buffer.base + output.offset).assumingMemoryBound(to: R.self)
            for index in 0..<output.size { z[index] = body(x[index], y[index]) }
            return
        }
        let x = a.buffer.base
        let y = b.buffer.base
        let z = output.buffer.base
        let (tSize, rSize) = (MemoryLayout<T>.stride, MemoryLayout<R>.stride)
        StridedLoop.forEachRun(
            shape: output.shape, strides: [a.strides, b.strides, output.strides], starts: [a.offset, b.offset, output.offset]
        ) { starts, count, strides in
            // Typed loops for the runs broadcasting produces: both operands contiguous, or
            // one of them repeated (stride 0), with a contiguous output.
            if strides[2] == rSize {
                let out = (z + starts[2]).assumingMemoryBound(to: R.self)
                switch (strides[0], strides[1]) {
                case (tSize, tSize):
                    let (p, q) = ((x + starts[0]).assumingMemoryBound(to: T.self), (y + starts[1]).assumingMemoryBound(to: T.self))
                    for index in 0..<count { out[index] = body(p[index], q[index]) }
                    return
                case (tSize, 0):
                    let p = (x + starts[0]).assumingMemoryBound(to: T.self)
                    let value = y.load(fromByteOffset: starts[1], as: T.self)
                    for index in 0..<count { out[index] = body(p[index], value) }
                    return
                case (0, tSize):
                    let value = x.load(fromByteOffset: starts[0], as: T.self)
                    let q = (y + starts[1]).assumingMemoryBound(to: T.self)
                    for index in 0..<count { out[index] = body(value, q[index]) }
                    return
                default:
                    break
                }
            }
            var (i, j, k) = (starts[0], starts[1], starts[2])
            for _ in 0..<count {
                z.storeBytes(of: body(x.load(fromByteOffset: i, as: T.self), y.load(fromByteOffset: j, as: T.self)), toByteOffset: k, as: R.self)
                i += strides[0]
                j += strides[1]
                k += strides[2]
            }
        }
    }

    /// `output[i] = body(inputs[0][i])`.
    func unary<T: ArrayElement, R: ArrayElement>(_ type: T.Type, _ body: (T) -> R) {
        let a = inputs[0]
        if a.isCContiguous, output.isCContiguous, a.strides == output.strides || output.size <= 1 {
            let x = (a.buffer.base + a.offset).assumingMemoryBound(to: T.self)
            let z = (output.buffer.base + output.offset).assumingMemoryBound(to: R.self)
            for index in 0..<output.size { z[index] = body(x[index]) }
            return
        }
        let x = a.buffer.base
        let z = output.buffer.base
        StridedLoop.forEachRun(shape: output.shape, strides: [a.strides, output.strides], starts: [a.offset, output.offset]) {
            starts, count, strides in
            var (i, k) = (starts[0], starts[1])
            for _ in 0..<count {
                z.storeBytes(of: body(x.load(fromByteOffset: i, as: T.self)), toByteOffset: k, as: R.self)
                i += strides[0]
                k += strides[1]
            }
        }
    }

}

/// The C math library's functions, in double precision for float64 and single precision
/// (with the result widened) for float32 and float16, as NumPy's loops call them.
enum FloatMath {
    static func unary(_ function: UFunc, single: Bool) -> (Double) -> Double {
        if single {
            let f: (Float) -> Float
            switch function {
            case .exp: f = expf
            case .expm1: f = expm1f
            case .log: f = logf
            case .log1p: f = log1pf
            case .log2: f = log2f
            case .log10: f = log10f
            case .sin: f = sinf
            case .cos: f = cosf
            case .tan: f = tanf
            case .arcsin: f = asinf
            case .arccos: f = acosf
            case .arctan: f = atanf
            case .sinh: f = sinhf
            case .cosh: f = coshf
            default: f = tanhf
            }
            return { x in x86NaN(Double(f(Float(x))), x) }
        }
        switch function {
        case .exp: return { x86NaN(Glibc.exp($0), $0) }
        case .expm1: return { x86NaN(Glibc.expm1($0), $0) }
        case .log: return { x86NaN(Glibc.log($0), $0) }
        case .log1p: return { x86NaN(Glibc.log1p($0), $0) }
        case .log2: return { x86NaN(Glibc.log2($0), $0) }
        case .log10: return { x86NaN(Glibc.log10($0), $0) }
        case .sin: return { x86NaN(Glibc.sin($0), $0) }
        case .cos: return { x86NaN(Glibc.cos($0), $0) }
        case .tan: return { x86NaN(Glibc.tan($0), $0) }
        case .arcsin: return { x86NaN(Glibc.asin($0), $0) }
        case .arccos: return { x86NaN(Glibc.acos($0), $0) }
        case .arctan: return { x86NaN(Glibc.atan($0), $0) }
        case .sinh: return { x86NaN(Glibc.sinh($0), $0) }
        case .cosh: return { x86NaN(Glibc.cosh($0), $0) }
        default: return { x86NaN(Glibc.tanh($0), $0) }
        }
    }

    static func binary(_ function: UFunc, single: Bool) -> (Double, Double) -> Double {
        switch (function == .hypot, single) {
        case (true, true): return { x86NaN(Double(hypotf(Float($0), Float($1))), $0, $1) }
        case (false, true): return { x86NaN(Double(atan2f(Float($0), Float($1))), $0, $1) }
        case (true, false): return { x86NaN(Glibc.hypot($0, $1), $0, $1) }
        case (false, false): return { x86NaN(Glibc.atan2($0, $1), $0, $1) }
        }
    }

    /// The C library's own NaN for a float16 loop: positive, where `unary` gives x86's.
    static func libraryNaN(_ result: Double, _ input: Double, _ function: UFunc) -> Double {
        result.isNaN && !input.isNaN ? Double.nan : result
    }

    /// The NaN an x86 processor gives, which NumPy's own kernels return: an input NaN
    /// propagates (the first one), and a NaN created by an invalid operation is the
    /// "default NaN", whose sign bit is set. The C library may return a positive NaN.
    static func x86NaN(_ result: Double, _ inputs: Double...) -> Double {
        guard result.isNaN else { return result }
        return inputs.first(where: \.isNaN) ?? -Double.nan
    }
}
