/// Where an elementwise function's typed body runs: over arrays (eager calls) or over
/// blocks of memory (fused plans). Both receive the same body for the same function and
/// type, so the two paths compute the same bits.
protocol ElementwiseRunner {
    /// Runs `body` over two inputs of type `T`, writing `R`s.
    func binary<T: ArrayElement, R: ArrayElement>(_ type: T.Type, _ body: (T, T) -> R)
    /// Runs `body` over one input of type `T`, writing `R`s.
    func unary<T: ArrayElement, R: ArrayElement>(_ type: T.Type, _ body: (T) -> R)
}

/// Chooses the typed body of one elementwise function for the loop type and hands it to a runner.
struct ElementwiseSelection<Runner: ElementwiseRunner>: NumericVisitor {
    let function: UFunc
    let semantics: ElementwiseSemantics
    let runner: Runner

    func visit<T: NumericKernels>(_ type: T.Type) {
        switch function {
        case .add: runner.binary(T.self, T.add)
        case .subtract: runner.binary(T.self, T.subtract)
        case .multiply: runner.binary(T.self, T.multiply)
        case .floorDivide where semantics == .jax: runner.binary(T.self, T.jaxFloorDivide)
        case .remainder where semantics == .jax: runner.binary(T.self, T.jaxRemainder)
        case .floorDivide: runner.binary(T.self, T.floorDivide)
        case .remainder: runner.binary(T.self, T.remainder)
        case .power: runner.binary(T.self, T.power)
        case .maximum: runner.binary(T.self, T.maximum)
        case .minimum: runner.binary(T.self, T.minimum)
        case .fmax: runner.binary(T.self, T.fmax)
        case .fmin: runner.binary(T.self, T.fmin)
        case .negative: runner.unary(T.self, T.negative)
        case .positive, .floor, .ceil, .trunc:
            switch T.dtype {
            case .float16: roundFloating(Float16.self)
            case .float32: roundFloating(Float.self)
            case .float64: roundFloating(Double.self)
            default: runner.unary(T.self) { $0 }
            }
        case .absolute: runner.unary(T.self, T.absolute)
        case .sign: runner.unary(T.self, T.sign)
        case .square: runner.unary(T.self) { T.multiply($0, $0) }
        case .equal: runner.binary(T.self) { T.isEqual($0, $1) }
        case .notEqual: runner.binary(T.self) { !T.isEqual($0, $1) }
        case .less: runner.binary(T.self) { T.isLess($0, $1) }
        case .lessEqual: runner.binary(T.self) { T.isLess($0, $1) || T.isEqual($0, $1) }
        case .greater: runner.binary(T.self) { T.isLess($1, $0) }
        case .greaterEqual: runner.binary(T.self) { T.isLess($1, $0) || T.isEqual($0, $1) }
        case .logicalAnd: runner.binary(T.self) { $0.isTruthy && $1.isTruthy }
        case .logicalOr: runner.binary(T.self) { $0.isTruthy || $1.isTruthy }
        case .logicalXor: runner.binary(T.self) { $0.isTruthy != $1.isTruthy }
        case .logicalNot: runner.unary(T.self) { !$0.isTruthy }
        case .isnan: runner.unary(T.self) { $0.isNaNValue }
        case .isinf: runner.unary(T.self) { $0.isInfiniteValue }
        case .isfinite: runner.unary(T.self) { !$0.isNaNValue && !$0.isInfiniteValue }
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

    // MARK: - Families

    private func roundFloating<T: FloatingKernels>(_ type: T.Type) {
        switch function {
        case .floor: runner.unary(T.self) { $0.rounded(.down) }
        case .ceil: runner.unary(T.self) { $0.rounded(.up) }
        case .trunc: runner.unary(T.self) { $0.rounded(.towardZero) }
        default: runner.unary(T.self) { $0 }
        }
    }

    private func bitwise<T: NumericKernels>(_ type: T.Type) {
        if T.self == Bool.self {
            switch function {
            case .bitwiseAnd: runner.binary(Bool.self) { $0 && $1 }
            case .bitwiseOr: runner.binary(Bool.self) { $0 || $1 }
            case .bitwiseXor: runner.binary(Bool.self) { $0 != $1 }
            case .invert: runner.unary(Bool.self) { !$0 }
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
        case .bitwiseAnd: runner.binary(T.self) { $0 & $1 }
        case .bitwiseOr: runner.binary(T.self) { $0 | $1 }
        case .bitwiseXor: runner.binary(T.self) { $0 ^ $1 }
        case .invert: runner.unary(T.self) { ~$0 }
        case .leftShift:
            // NumPy defines shifts by the width or more (or negative counts) as 0.
            runner.binary(T.self) { value, count in
                UInt64(truncatingIfNeeded: count) < UInt64(T.bitWidth) ? value << count : 0
            }
        case .rightShift:
            runner.binary(T.self) { value, count in
                if UInt64(truncatingIfNeeded: count) < UInt64(T.bitWidth) { return value >> count }
                return value < 0 ? 0 &- 1 : 0
            }
        default: break
        }
    }

    private func floatingFunction<T: FloatingKernels>(_ type: T.Type) {
        switch function {
        case .trueDivide: runner.binary(T.self) { $0 / $1 }
        case .sqrt: runner.unary(T.self) { $0.squareRoot() }
        case .rint: runner.unary(T.self) { $0.rounded(.toNearestOrEven) }
        case .hypot, .arctan2:
            let body = FloatMath.binary(function, single: T.self != Double.self)
            runner.binary(T.self) { T(computedResult: body($0.computed, $1.computed)) }
        default:
            let body = FloatMath.unary(function, single: T.self != Double.self)
            if T.self == Float16.self {
                // NumPy's float16 loops call the C library's float functions directly.
                runner.unary(T.self) { x in T(computedResult: FloatMath.libraryNaN(body(x.computed), x.computed, function)) }
            } else {
                runner.unary(T.self) { T(computedResult: body($0.computed)) }
            }
        }
    }
}
