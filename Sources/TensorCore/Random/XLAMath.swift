#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// XLA's own formulas for functions JAX computes in a particular way, where the C library's
/// answer would differ in the last bits.
enum XLAMath {
    /// XLA's single-precision inverse error function: Giles' polynomial approximations in
    /// `w = -log1p(-x²)` (one for `w < 5`, one in `√w` beyond), evaluated by Horner's rule
    /// with fused multiply-adds as XLA's CPU backend compiles it, and ±inf at ±1.
    static func erfInv(_ x: Float) -> Float {
        let small: [Float] = [
            2.81022636e-08, 3.43273939e-07, -3.5233877e-06, -4.39150654e-06, 0.00021858087,
            -0.00125372503, -0.00417768164, 0.246640727, 1.50140941,
        ]
        let large: [Float] = [
            -0.000200214257, 0.000100950558, 0.00134934322, -0.00367342844, 0.00573950773,
            -0.0076224613, 0.00943887047, 1.00167406, 2.83297682,
        ]
        var w = -log1p(-x * x)
        let coefficients: [Float]
        if w < 5 {
            coefficients = small
            w -= 2.5
        } else {
            coefficients = large
            w = w.squareRoot() - 3
        }
        var p = coefficients[0]
        for coefficient in coefficients.dropFirst() { p = coefficient.addingProduct(p, w) }
        return abs(x) == 1 ? x * .infinity : p * x
    }

    /// XLA's `log1p` split: `log(1 + x)` where `|x| ≥ √2 - 1`, a small-argument method below.
    static func log1p(_ x: Float) -> Float {
        abs(x) >= 0.41421356237309504880 ? logf(1 + x) : log1pf(x)
    }
}
