#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs one elementwise function over broadcast inputs of the loop type, writing the output.
struct ElementwiseLoop: NumericVisitor {
    /// Whose results to give where NumPy and JAX differ (integer division by zero).
    enum Semantics {
        case numpy, jax
    }

    let function: UFunc
    let inputs: [NDArray]
    let output: NDArray
    var semantics: Semantics = .numpy

    func visit<T: NumericKernels>(_ type: T.Type) {
        switch function {
        case .add: binary(T.self, T.add)
        case .subtract: binary(T.self, T.subtract)
        case .multiply: binary(T.self, T.multiply)
        case .floorDivide where semantics == .jax: binary(T.self, T.jaxFloorDivide)
        case .remainder where semantics == .jax: binary(T.self, T.jaxRemainder)
        case .floorDivide: binary(T.self, T.floorDivide)
        case .remainder: binary(T.self, T.remainder)
        case .power: binary(T.self, T.power)
        case .maximum: binary(T.self, T.maximum)
        case .minimum: binary(T.self, T.minimum)
        case .fmax: binary(T.self, T.fmax)
        case .fmin: binary(T.self, T.fmin)
        case .negative: unary(T.self, T.negative)
        case .positive, .floor, .ceil, .trunc:
            switch T.dtype {
            case .float16: roundFloating(Float16.self)
            case .float32: roundFloating(Float.self)
            case .float64: roundFloating(Double.self)
            default: unary(T.self) { $0 }
            }
        case .absolute: unary(T.self, T.absolute)
        case .sign: unary(T.self, T.sign)
        case .square: unary(T.self) { T.multiply($0, $0) }
        case .equal: binary(T.self) { T.isEqual($0, $1) }
        case .notEqual: binary(T.self) { !T.isEqual($0, $1) }
        case .less: binary(T.self) { T.isLess($0, $1) }
        case .lessEqual: binary(T.self) { T.isLess($0, $1) || T.isEqual($0, $1) }
        case .greater: binary(T.self) { T.isLess($1, $0) }
        case .greaterEqual: binary(T.self) { T.isLess($1, $0) || T.isEqual($0, $1) }
        case .logicalAnd: binary(T.self) { $0.isTruthy && $1.isTruthy }
        case .logicalOr: binary(T.self) { $0.isTruthy || $1.isTruthy }
        case .logicalXor: binary(T.self) { $0.isTruthy != $1.isTruthy }
        case .logicalNot: unary(T.self) { !$0.isTruthy }
        case .isnan: unary(T.self) { $0.isNaNValue }
        case .isinf: unary(T.self) { $0.isInfiniteValue }
        case .isfinite: unary(T.self) { !$0.isNaNValue && !$0.isInfiniteValue }
        case .bitwiseAnd, .bitwiseOr, .bitwiseXor, .invert, .leftShift, .rightShift:
            bitwise(T.self)
        default:
            switch T.dtype {
            case .float16: floatingFunction(Float16.self)
            case .float32: floatingFunction(Float.self)
            case .float64: floatingFunction(Double.self)
            default: break
            }
        }
    }

    // MARK: - Loops

    /// `output[i] = body(inputs[0][i], inputs[1][i])`, with a flat loop when every operand is contiguous.
    private func binary<T: ArrayElement, R: ArrayElement>(_ type: T.Type, _ body: (T, T) -> R) {
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
    private func unary<T: ArrayElement, R: ArrayElement>(_ type: T.Type, _ body: (T) -> R) {
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

    // MARK: - Families

    private func roundFloating<T: FloatingKernels>(_ type: T.Type) {
        switch function {
        case .floor: unary(T.self) { $0.rounded(.down) }
        case .ceil: unary(T.self) { $0.rounded(.up) }
        case .trunc: unary(T.self) { $0.rounded(.towardZero) }
        default: unary(T.self) { $0 }
        }
    }

    private func bitwise<T: NumericKernels>(_ type: T.Type) {
        if T.self == Bool.self {
            switch function {
            case .bitwiseAnd: binary(Bool.self) { $0 && $1 }
            case .bitwiseOr: binary(Bool.self) { $0 || $1 }
            case .bitwiseXor: binary(Bool.self) { $0 != $1 }
            case .invert: unary(Bool.self) { !$0 }
            default: break
            }
        } else {
            switch T.dtype {
            case .int8: integerBitwise(Int8.self)
            case .int16: integerBitwise(Int16.self)
            case .int32: integerBitwise(Int32.self)
            case .int64: integerBitwise(Int64.self)
            case .uint8: integerBitwise(UInt8.self)
            case .uint16: integerBitwise(UInt16.self)
            case .uint32: integerBitwise(UInt32.self)
            case .uint64: integerBitwise(UInt64.self)
            default: break
            }
        }
    }

    private func integerBitwise<T: IntegerKernels>(_ type: T.Type) {
        switch function {
        case .bitwiseAnd: binary(T.self) { $0 & $1 }
        case .bitwiseOr: binary(T.self) { $0 | $1 }
        case .bitwiseXor: binary(T.self) { $0 ^ $1 }
        case .invert: unary(T.self) { ~$0 }
        case .leftShift:
            // NumPy defines shifts by the width or more (or negative counts) as 0.
            binary(T.self) { value, count in
                UInt64(truncatingIfNeeded: count) < UInt64(T.bitWidth) ? value << count : 0
            }
        case .rightShift:
            binary(T.self) { value, count in
                if UInt64(truncatingIfNeeded: count) < UInt64(T.bitWidth) { return value >> count }
                return value < 0 ? 0 &- 1 : 0
            }
        default: break
        }
    }

    private func floatingFunction<T: FloatingKernels>(_ type: T.Type) {
        switch function {
        case .trueDivide: binary(T.self) { $0 / $1 }
        case .sqrt: unary(T.self) { $0.squareRoot() }
        case .rint: unary(T.self) { $0.rounded(.toNearestOrEven) }
        case .hypot, .arctan2:
            let body = FloatMath.binary(function, single: T.self != Double.self)
            binary(T.self) { T(computedResult: body($0.computed, $1.computed)) }
        default:
            let body = FloatMath.unary(function, single: T.self != Double.self)
            if T.self == Float16.self {
                // NumPy's float16 loops call the C library's float functions directly.
                unary(T.self) { x in T(computedResult: FloatMath.libraryNaN(body(x.computed), x.computed, function)) }
            } else {
                unary(T.self) { T(computedResult: body($0.computed)) }
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
