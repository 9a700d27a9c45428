import TensorCore

/// The reference solution of `madhava-pi`, on TensorCore: √12 · Σ (−1/3)^k / (2k + 1) for
/// k = 0 … N − 1, computed as NumPy computes `np.sqrt(12) * np.sum((-1/3)**k / (2*k + 1))`.
public enum MadhavaPi {
    /// The number of terms the exercise asks for.
    public static let terms = 30

    /// π from the first `terms` terms of Madhava's series.
    public static func value(terms: Int = terms) throws(TensorError) -> Double {
        let k = try NDArray.arange(terms, dtype: .int64)
        let powers = try UFunc.power(.scalar(.float(-1.0 / 3.0)), .array(k))
        let odd = try UFunc.add(.array(UFunc.multiply(.scalar(2), .array(k))), .scalar(1))
        let sum = try UFunc.trueDivide(.array(powers), .array(odd)).sum()
        let product = try UFunc.multiply(.array(UFunc.sqrt(.scalar(.float(12)))), .array(sum))
        return try product.item().doubleValue
    }
}
