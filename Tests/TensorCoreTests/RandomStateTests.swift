import Foundation
import Testing
@testable import TensorCore

/// NumPy's legacy `RandomState`, compared byte for byte with the real NumPy: every method,
/// many seeds, and the error messages for bad arguments.
@Suite("np.random.RandomState streams")
struct RandomStateTests {
    /// One stream to compare: the NumPy expression (after `RandomState(seed).`) and ours.
    struct Stream: Sendable {
        var python: String
        var ours: @Sendable (RandomState) throws -> NDArray
    }

    static let streams: [Stream] = [
        Stream(python: "random_sample(1000)") { try $0.randomSample([1000]) },
        Stream(python: "random_sample((3, 4))") { try $0.randomSample([3, 4]) },
        Stream(python: "standard_normal(1001)") { try $0.standardNormal([1001]) },
        Stream(python: "normal(2.5, 0.5, (7, 3))") { try $0.normal(loc: 2.5, scale: 0.5, [7, 3]) },
        Stream(python: "uniform(-3, 5, 500)") { try $0.uniform(low: -3, high: 5, [500]) },
        Stream(python: "randint(10, size=300)") { try $0.randint(10, nil, [300]) },
        Stream(python: "randint(-7, 2**40, size=300)") { try $0.randint(-7, 1 << 40, [300]) },
        Stream(python: "randint(-2**63, 2**63 - 1, size=50)") { try $0.randint(Int64.min, Int64.max, [50]) },
        Stream(python: "randint(0, 2**32, size=50)") { try $0.randint(0, 1 << 32, [50]) },
        Stream(python: "randint(3, 1000, size=300, dtype=np.int32)") { try $0.randint(3, 1000, [300], dtype: .int32) },
        Stream(python: "randint(-5, 100, size=301, dtype=np.int16)") { try $0.randint(-5, 100, [301], dtype: .int16) },
        Stream(python: "randint(0, 65536, size=301, dtype=np.uint16)") { try $0.randint(0, 65536, [301], dtype: .uint16) },
        Stream(python: "randint(1, 7, size=301, dtype=np.int8)") { try $0.randint(1, 7, [301], dtype: .int8) },
        Stream(python: "randint(0, 2, size=301, dtype=bool)") { try $0.randint(0, 2, [301], dtype: .bool) },
        Stream(python: "permutation(257)") { try $0.permutation(257) },
        Stream(python: "permutation(np.arange(24.0).reshape(6, 4))") { try $0.permutation(NDArray.arange(24, dtype: .float64).reshaped([6, 4])) },
        Stream(python: "choice(50, 20)") { try $0.choice(50, [20]) },
        Stream(python: "choice(50, (4, 5), replace=False)") { try $0.choice(50, [4, 5], replace: false) },
    ]

    static func hex(_ array: NDArray) throws -> String {
        let contiguous = try array.copy()
        let bytes = UnsafeRawBufferPointer(start: contiguous.buffer.base + contiguous.offset, count: contiguous.byteCount)
        return bytes.map { String(format: "%02x", $0) }.joined()
    }

    @Test("every method gives NumPy's bytes for many seeds")
    func streamsMatchNumPy() throws {
        let seeds: [Int64] = [0, 1, 2, 42, 1234, 2_147_483_647, 4_294_967_295] + (0..<5).map { Int64($0) * 987_654_321 % 4_294_967_296 }
        var expressions: [String] = []
        for seed in seeds {
            for stream in Self.streams {
                expressions.append("str:(lambda a: a.dtype.str + ' ' + str(a.shape) + ' ' + a.tobytes().hex())(np.random.RandomState(\(seed)).\(stream.python))")
            }
        }
        let expected = try NumPyOracle.evaluateExpressions(expressions)
        var index = 0
        for seed in seeds {
            for stream in Self.streams {
                let array = try stream.ours(RandomState(seed: seed))
                let shape = array.shape.count == 1 ? "(\(array.shape[0]),)" : "(" + array.shape.map(String.init).joined(separator: ", ") + ")"
                let ours = "\(array.dtype.typeString) \(shape) \(try Self.hex(array))"
                #expect(ours == expected[index], "seed \(seed): \(stream.python)")
                index += 1
            }
        }
    }

    @Test("a stream continues across calls, with the polar method's cached normal")
    func callsShareTheStream() throws {
        let expected = try NumPyOracle.evaluateExpressions([
            "str:(lambda r: np.concatenate([r.standard_normal(3), r.random_sample(2), r.standard_normal(1), r.standard_normal(2), r.randint(5, size=3).astype(float)]).tobytes().hex())(np.random.RandomState(7))",
        ])
        let state = try RandomState(seed: 7)
        let parts = [try state.standardNormal([3]), try state.randomSample([2]), try state.standardNormal([1]),
                     try state.standardNormal([2]), try state.randint(5, nil, [3]).astype(.float64)]
        let ours = try parts.map(Self.hex).joined()
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
        ]
        let expected = try NumPyOracle.evaluateExpressions(cases.map(\.0))
        for ((python, body), numpy) in zip(cases, expected) {
            var ours = "no error"
            do { try body() } catch let error as TensorError { ours = error.description }
            #expect(ours == numpy, "\(python)")
        }
    }

    @Test("an unseeded state draws from the system's entropy")
    func unseededStatesDiffer() throws {
        let first = try Self.hex(RandomState().randomSample([8]))
        let second = try Self.hex(RandomState().randomSample([8]))
        #expect(first != second)
        let values = try RandomState().randomSample([1000])
        guard case .floating(let maximum) = try values.max().item(), case .floating(let minimum) = try values.min().item() else {
            Issue.record("random_sample is not float64")
            return
        }
        #expect(minimum >= 0 && maximum < 1)
    }
}
