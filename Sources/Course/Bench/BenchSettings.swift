import Foundation
import TensorCore

/// What `course bench` measures: the sizes (as powers of two), the dtype, how each time is
/// taken, how far the plain-Python loops go, and whether NumPy and JAX run beside us.
public struct BenchSettings: Sendable, Equatable {
    /// Array sizes as powers of two, ascending, each in 1...26.
    public var powers: [Int] = Array(10...23)
    /// `float32` or `float64`.
    public var dtype: DType = .float32
    /// Timed runs per measurement; the best one counts (7, as `timeit`'s default).
    public var repeats = 7
    /// Seconds one timed run lasts at least: the autorange doubles the calls per run until
    /// it does (0.2 s, as `timeit.Timer.autorange`).
    public var minimumRunTime = 0.2
    /// The plain-Python loops run up to 2^loopCap elements; beyond, they would take minutes.
    public var loopCap = 16
    /// Also time the real NumPy and `jax.jit` (and CPython's loops) through python3.
    public var compare = false

    public init() {}

    /// The dtypes the benchmarks run in.
    public static let dtypes: [DType] = [.float32, .float64]

    /// The largest power `--sizes` accepts: 2^26 float64 elements are 512 MiB per input.
    public static let largestPower = 26

    /// Reads `--sizes`: powers of two separated by commas, with ranges `A-B`
    /// (`10,12,20-23`). Sorted, each kept once.
    public static func powers(parsing text: String) throws(BenchError) -> [Int] {
        var powers = Set<Int>()
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false)
                .map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard (1...2).contains(bounds.count), let low = bounds.first!, let high = bounds.last! else {
                throw BenchError.badSizes(text, "'\(part)' is not a power of two like 20 or a range like 10-23")
            }
            guard low <= high else { throw BenchError.badSizes(text, "the range '\(part)' runs backwards") }
            guard low >= 1, high <= largestPower else {
                throw BenchError.badSizes(text, "powers run from 1 to \(largestPower), got '\(part)'")
            }
            powers.formUnion(low...high)
        }
        return powers.sorted()
    }

    /// Reads `--dtype`.
    public static func dtype(named name: String) throws(BenchError) -> DType {
        guard let dtype = DType(named: name), dtypes.contains(dtype) else {
            throw BenchError.badDType(name)
        }
        return dtype
    }
}

/// A `course bench` argument that cannot be used, said in the words of the option.
public enum BenchError: Error, Equatable, CustomStringConvertible {
    case badSizes(String, String)
    case badDType(String)
    /// A measurement that failed: a bug, since the workloads are fixed.
    case measurementFailed(String)

    public var description: String {
        switch self {
        case .badSizes(let text, let reason): "--sizes \(text): \(reason)"
        case .badDType(let name):
            "--dtype \(name): the benchmarks run in " + BenchSettings.dtypes.map(\.name).joined(separator: " or ")
        case .measurementFailed(let reason): "a benchmark failed in \(reason)"
        }
    }
}
