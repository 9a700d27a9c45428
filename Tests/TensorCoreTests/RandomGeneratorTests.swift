import Foundation
import Testing
@testable import TensorCore

/// NumPy's `Generator` (`default_rng`: SeedSequence and PCG64) against the real NumPy.
@Suite("np.random.default_rng streams")
struct RandomGeneratorTests {
    typealias Stream = RandomStreamComparison.Stream<RandomGenerator>

    static let streams: [Stream] = [
        Stream(python: "random(10000)") { try $0.random([10000]) },
        Stream(python: "random((3, 4))") { try $0.random([3, 4]) },
        Stream(python: "uniform(-3, 5, 10000)") { try $0.uniform(low: -3, high: 5, [10000]) },
        Stream(python: "standard_normal(10000)") { try $0.standardNormal([10000]) },
        Stream(python: "normal(2.5, 0.5, (100, 100))") { try $0.normal(loc: 2.5, scale: 0.5, [100, 100]) },
        Stream(python: "integers(10, size=10000)") { try $0.integers(10, nil, [10000]) },
        Stream(python: "integers(-7, 2**40, size=10000)") { try $0.integers(-7, 1 << 40, [10000]) },
        Stream(python: "integers(0, 2**32, size=1000)") { try $0.integers(0, 1 << 32, [1000]) },
        Stream(python: "integers(-2**63, 2**63 - 1, size=1000, endpoint=True)") {
            try $0.integers(Int64.min, Int64.max, [1000], endpoint: true)
        },
        Stream(python: "integers(3, 1000, size=10001, dtype=np.int32)") { try $0.integers(3, 1000, [10001], dtype: .int32) },
        Stream(python: "integers(1, 6, size=10000, endpoint=True)") { try $0.integers(1, 6, [10000], endpoint: true) },
        Stream(python: "integers(-5, 100, size=10001, dtype=np.int16)") { try $0.integers(-5, 100, [10001], dtype: .int16) },
        Stream(python: "integers(0, 65536, size=10001, dtype=np.uint16)") { try $0.integers(0, 65536, [10001], dtype: .uint16) },
        Stream(python: "integers(1, 7, size=10001, dtype=np.int8)") { try $0.integers(1, 7, [10001], dtype: .int8) },
        Stream(python: "integers(0, 256, size=10001, dtype=np.uint8)") { try $0.integers(0, 256, [10001], dtype: .uint8) },
        Stream(python: "integers(0, 2, size=10001, dtype=bool)") { try $0.integers(0, 2, [10001], dtype: .bool) },
        Stream(python: "integers(0, 2**32, size=1000, dtype=np.uint32)") { try $0.integers(0, 1 << 32, [1000], dtype: .uint32) },
        Stream(python: "integers(5, 2**40, size=1000, dtype=np.uint64)") { try $0.integers(5, 1 << 40, [1000], dtype: .uint64) },
    ]

    @Test("the first 10,000 draws of every method equal NumPy's for 20 seeds")
    func streamsMatchNumPy() throws {
        let seeds: [Int64] = [0, 1, 2, 42, 1234, 2_147_483_647, 4_294_967_295, 1 << 40, Int64.max]
            + (1...11).map { Int64($0) * 987_654_321_123 }
        try RandomStreamComparison.expectEqual(streams: Self.streams, seeds: seeds, constructor: "np.random.default_rng") {
            try RandomGenerator(seed: $0)
        }
    }

    @Test("a generator's stream continues across calls, sharing PCG64's 32-bit half")
    func callsShareTheStream() throws {
        let expected = try NumPyOracle.evaluateExpressions([
            "str:(lambda g: np.concatenate([g.integers(5, size=3), g.random(2).view(np.int64), g.integers(7, size=1), g.integers(3, 4, size=2), g.integers(0, 1, size=2, dtype=np.int8).astype(np.int64), g.standard_normal(3).view(np.int64), g.integers(2**40, size=2)]).tobytes().hex())(np.random.default_rng(7))",
        ])
        let generator = try RandomGenerator(seed: 7)
        let parts = [try generator.integers(5, nil, [3]), try generator.random([2]), try generator.integers(7, nil, [1]),
                     try generator.integers(3, 4, [2]), try generator.integers(0, 1, [2], dtype: .int8).astype(.int64),
                     try generator.standardNormal([3]), try generator.integers(1 << 40, nil, [2])]
        #expect(try parts.map(RandomStreamComparison.hex).joined() == expected[0])
    }

    @Test("bad arguments raise NumPy's errors")
    func errors() throws {
        let cases: [(String, () throws -> Void)] = [
            ("np.random.default_rng(-1)", { _ = try RandomGenerator(seed: -1) }),
            ("np.random.default_rng(0).integers(5, 5)", { _ = try RandomGenerator(seed: 0).integers(5, 5) }),
            ("np.random.default_rng(0).integers(5, 4, endpoint=True)", { _ = try RandomGenerator(seed: 0).integers(5, 4, endpoint: true) }),
            ("np.random.default_rng(0).integers(0)", { _ = try RandomGenerator(seed: 0).integers(0) }),
            ("np.random.default_rng(0).integers(-1, endpoint=True)", { _ = try RandomGenerator(seed: 0).integers(-1, endpoint: true) }),
            ("np.random.default_rng(0).integers(0, 5, dtype=np.float64)", { _ = try RandomGenerator(seed: 0).integers(0, 5, dtype: .float64) }),
            ("np.random.default_rng(0).integers(0, 300, dtype=np.uint8)", { _ = try RandomGenerator(seed: 0).integers(0, 300, dtype: .uint8) }),
            ("np.random.default_rng(0).normal(0, -1)", { _ = try RandomGenerator(seed: 0).normal(loc: 0, scale: -1) }),
            ("np.random.default_rng(0).uniform(-1e308, 1e308)", { _ = try RandomGenerator(seed: 0).uniform(low: -1e308, high: 1e308) }),
            ("np.random.default_rng(0).integers(0, 2**31 + 1, dtype=np.int32)", { _ = try RandomGenerator(seed: 0).integers(0, 1 << 31 + 1, dtype: .int32) }),
        ]
        try RandomStreamComparison.expectSameErrors(cases)
    }

    @Test("an unseeded generator draws from the system's entropy")
    func unseededGeneratorsDiffer() throws {
        #expect(try RandomStreamComparison.hex(RandomGenerator().random([8])) != RandomStreamComparison.hex(RandomGenerator().random([8])))
    }
}
