import Foundation
import Testing
@testable import TensorCore

/// NumPy's legacy `RandomState`, compared byte for byte with the real NumPy: every method,
/// many seeds, and the error messages for bad arguments.
@Suite("np.random.RandomState streams")
struct RandomStateTests {
    typealias Stream = RandomStreamComparison.Stream<RandomState>

    static let streams: [Stream] = [
        Stream(python: "random_sample(10000)") { try $0.randomSample([10000]) },
        Stream(python: "random_sample((3, 4))") { try $0.randomSample([3, 4]) },
        Stream(python: "standard_normal(10001)") { try $0.standardNormal([10001]) },
        Stream(python: "normal(2.5, 0.5, (100, 100))") { try $0.normal(loc: 2.5, scale: 0.5, [100, 100]) },
        Stream(python: "uniform(-3, 5, 10000)") { try $0.uniform(low: -3, high: 5, [10000]) },
        Stream(python: "randint(10, size=10000)") { try $0.randint(10, nil, [10000]) },
        Stream(python: "randint(-7, 2**40, size=10000)") { try $0.randint(-7, 1 << 40, [10000]) },
        Stream(python: "randint(-2**63, 2**63 - 1, size=50)") { try $0.randint(Int64.min, Int64.max, [50]) },
        Stream(python: "randint(0, 2**32, size=50)") { try $0.randint(0, 1 << 32, [50]) },
        Stream(python: "randint(3, 1000, size=10000, dtype=np.int32)") { try $0.randint(3, 1000, [10000], dtype: .int32) },
        Stream(python: "randint(-5, 100, size=10001, dtype=np.int16)") { try $0.randint(-5, 100, [10001], dtype: .int16) },
        Stream(python: "randint(0, 65536, size=301, dtype=np.uint16)") { try $0.randint(0, 65536, [301], dtype: .uint16) },
        Stream(python: "randint(1, 7, size=10001, dtype=np.int8)") { try $0.randint(1, 7, [10001], dtype: .int8) },
        Stream(python: "randint(0, 2, size=10001, dtype=bool)") { try $0.randint(0, 2, [10001], dtype: .bool) },
        Stream(python: "permutation(10000)") { try $0.permutation(10000) },
        Stream(python: "permutation(np.arange(24.0).reshape(6, 4))") { try $0.permutation(NDArray.arange(24, dtype: .float64).reshaped([6, 4])) },
        Stream(python: "choice(50, 10000)") { try $0.choice(50, [10000]) },
        Stream(python: "choice(10000, (100, 50), replace=False)") { try $0.choice(10000, [100, 50], replace: false) },
    ]

    @Test("the first 10,000 draws of every method equal NumPy's for 20 seeds")
    func streamsMatchNumPy() throws {
        let seeds: [Int64] = [0, 1, 2, 42, 1234, 2_147_483_647, 4_294_967_295] + (1...13).map { Int64($0) * 987_654_321 % 4_294_967_296 }
        try RandomStreamComparison.expectEqual(streams: Self.streams, seeds: seeds, constructor: "np.random.RandomState") {
            try RandomState(seed: $0)
        }
    }

    @Test("a stream continues across calls, with the polar method's cached normal")
    func callsShareTheStream() throws {
        let expected = try NumPyOracle.evaluateExpressions([
            "str:(lambda r: np.concatenate([r.standard_normal(3), r.random_sample(2), r.standard_normal(1), r.standard_normal(2), r.randint(5, 6, size=2).astype(float), r.randint(5, size=3).astype(float), r.randint(0, 1, size=2, dtype=np.int8).astype(float), r.random_sample(1)]).tobytes().hex())(np.random.RandomState(7))",
        ])
        let state = try RandomState(seed: 7)
        let parts = [try state.standardNormal([3]), try state.randomSample([2]), try state.standardNormal([1]),
                     try state.standardNormal([2]), try state.randint(5, 6, [2]).astype(.float64),
                     try state.randint(5, nil, [3]).astype(.float64), try state.randint(0, 1, [2], dtype: .int8).astype(.float64),
                     try state.randomSample([1])]
        let ours = try parts.map(RandomStreamComparison.hex).joined()
        #expect(ours == expected[0])
    }

    @Test("bad arguments raise NumPy's errors")
    func errors() throws {
        let cases: [(String, () throws -> Void)] = [
            ("np.random.RandomState(-1)", { _ = try RandomState(seed: -1) }),
            ("np.random.RandomState(2**32)", { _ = try RandomState(seed: 1 << 32) }),
            ("np.random.RandomState(0).randint(5, 5)", { _ = try RandomState(seed: 0).randint(5, 5) }),
            ("np.random.RandomState(0).randint(0)", { _ = try RandomState(seed: 0).randint(0) }),
            ("np.random.RandomState(0).randint(-1, 300, dtype=np.uint8)", { _ = try RandomState(seed: 0).randint(-1, 300, dtype: .uint8) }),
            ("np.random.RandomState(0).randint(0, 300, dtype=np.uint8)", { _ = try RandomState(seed: 0).randint(0, 300, dtype: .uint8) }),
            ("np.random.RandomState(0).normal(0, -1)", { _ = try RandomState(seed: 0).normal(loc: 0, scale: -1) }),
            ("np.random.RandomState(0).uniform(-1e308, 1e308)", { _ = try RandomState(seed: 0).uniform(low: -1e308, high: 1e308) }),
            ("np.random.RandomState(0).choice(5, 6, replace=False)", { _ = try RandomState(seed: 0).choice(5, [6], replace: false) }),
            ("np.random.RandomState(0).choice(0, 3)", { _ = try RandomState(seed: 0).choice(0, [3]) }),
            ("np.random.RandomState(0).choice(5, -1)", { _ = try RandomState(seed: 0).choice(5, [-1]) }),
            ("np.random.RandomState(0).shuffle(np.array(3.0))", { try RandomState(seed: 0).shuffle(NDArray(3.0)) }),
            ("np.random.RandomState(0).random_sample((-1,))", { _ = try RandomState(seed: 0).randomSample([-1]) }),
            ("np.random.RandomState(0).randint(0, 3, dtype=bool)", { _ = try RandomState(seed: 0).randint(0, 3, dtype: .bool) }),
        ]
        try RandomStreamComparison.expectSameErrors(cases)
    }

    @Test("permutation of a negative count is empty, as NumPy's arange(n) is")
    func negativePermutation() throws {
        let result = try RandomState(seed: 0).permutation(-1)
        #expect(result.shape == [0] && result.dtype == .int64)
    }

    @Test("an unseeded state draws from the system's entropy")
    func unseededStatesDiffer() throws {
        let first = try RandomStreamComparison.hex(RandomState().randomSample([8]))
        let second = try RandomStreamComparison.hex(RandomState().randomSample([8]))
        #expect(first != second)
        let values = try RandomState().randomSample([1000])
        guard case .floating(let maximum) = try values.max().item(), case .floating(let minimum) = try values.min().item() else {
            Issue.record("random_sample is not float64")
            return
        }
        #expect(minimum >= 0 && maximum < 1)
    }
}
