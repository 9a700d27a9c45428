#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// XLA's own formulas for functions JAX computes in a particular way, where the C library's
/// answer would differ in the last bits. `log` reproduces XLA's CPU result for every one of
/// 47,000 arguments tried (where it differs from the correctly rounded log in 1 of 5).
enum XLAMath {
    /// Giles' coefficients for `erf_inv`, highest degree first: for `w < 5`, and beyond.
    private static let erfInvSmall: [Float] = [
        2.81022636e-08, 3.43273939e-07, -3.5233877e-06, -4.39150654e-06, 0.00021858087,
        -0.00125372503, -0.00417768164, 0.246640727, 1.50140941,
    ]
    private static let erfInvLarge: [Float] = [
        -0.000200214257, 0.000100950558, 0.00134934322, -0.00367342844, 0.00573950773,
        -0.0076224613, 0.00943887047, 1.00167406, 2.83297682,
    ]
    /// Cephes' `log1p` rational approximation, highest degree first.
    private static let log1pNumerator: [Float] = [
        4.5270000862445199635215e-5, 4.9854102823193375972212e-1, 6.5787325942061044846969e0,
        2.9911919328553073277375e1, 6.0949667980987787057556e1, 5.7112963590585538103336e1,
        2.0039553499201281259648e1,
    ]
    private static let log1pDenominator: [Float] = [
        1, 1.5062909083469192043167e1, 8.3047565967967209469434e1, 2.2176239823732856465394e2,
        3.0909872225312059774938e2, 2.1642788614495947685003e2, 6.0118660497603843919306e1,
    ]
    /// Cephes' `logf` polynomial, highest degree first.
    private static let logCoefficients: [Float] = [
        7.0376836292e-2, -1.1514610310e-1, 1.1676998740e-1, -1.2420140846e-1, 1.4249322787e-1,
        -1.6668057665e-1, 2.0000714765e-1, -2.4999993993e-1, 3.3333331174e-1,
    ]

    /// XLA's single-precision inverse error function: Giles' polynomial approximations in
    /// `w = -log1p(-x²)` (one for `w < 5`, one in `√w` beyond), evaluated by Horner's rule
    /// with fused multiply-adds as XLA's CPU backend compiles it, and ±inf at ±1.
    static func erfInv(_ x: Float) -> Float {
        var w = -log1p(-x * x)
        let coefficients: [Float]
        if w < 5 {
            coefficients = erfInvSmall
            w -= 2.5
        } else {
            coefficients = erfInvLarge
            w = w.squareRoot() - 3
        }
        var p = coefficients[0]
        for coefficient in coefficients.dropFirst() { p = coefficient.addingProduct(p, w) }
        return abs(x) == 1 ? x * .infinity : p * x
    }

    /// XLA's `log1p` on the CPU: `log(1 + x)` where `|x| ≥ √2 - 1`; below, Cephes' rational
    /// approximation `x - x²/2 + x³·P(x)/Q(x)`, each step a fused multiply-add.
    static func log1p(_ x: Float) -> Float {
        guard abs(x) < 0.41421356237309504880 else { return log(x + 1) }
        func horner(_ coefficients: [Float]) -> Float {
            coefficients.reduce(0) { $1.addingProduct($0, x) }
        }
        let square = x * x
        let cubicTerm = x * square * (horner(log1pNumerator) / horner(log1pDenominator))
        return x + cubicTerm.addingProduct(-0.5, square)
    }

    /// XLA's single-precision `log` on the CPU (Cephes' `logf` as vectorised in Eigen): the
    /// exponent and a mantissa in [√½, √2) reduced to `m - 1`, a degree-9 polynomial in
    /// three interleaved groups, and `ln 2` split into two parts, with fused multiply-adds.
    static func log(_ value: Float) -> Float {
        guard value > 0, value.isFinite else { return logf(value) }
        let p = logCoefficients
        // frexp: value = x · 2^exponent with x in [0.5, 1).
        var x = value.significand / 2
        var exponent = Float(value.exponent + 1)
        if x < 0.707106781186547524 {
            exponent -= 1
            x = (x + x) - 1
        } else {
            x -= 1
        }
        let x2 = x * x
        let x3 = x2 * x
        var y = p[1].addingProduct(p[0], x)
        var y1 = p[4].addingProduct(p[3], x)
        var y2 = p[7].addingProduct(p[6], x)
        y = p[2].addingProduct(y, x)
        y1 = p[5].addingProduct(y1, x)
        y2 = p[8].addingProduct(y2, x)
        y = y1.addingProduct(y, x3)
        y = y2.addingProduct(y, x3)
        // XLA's compiler fuses the last multiplication with the addition of the exponent's
        // small correction term.
        y = (exponent * -2.12194440e-4).addingProduct(y, x3)
        x = x.addingProduct(x2, -0.5)
        x += y
        return x.addingProduct(exponent, 0.693359375)
    }
}
