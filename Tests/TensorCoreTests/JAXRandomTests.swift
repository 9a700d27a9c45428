import Foundation
import Testing
@testable import TensorCore

/// `jax.random` on threefry2x32 against streams recorded from JAX 0.10.2
/// (`Fixtures/jax-random.json`, made by `tools/make_jax_fixtures.py`).
@Suite("jax.random streams")
struct JAXRandomTests {
    struct Fixture: Decodable {
        struct Case: Decodable {
            var seed: Int64
            var key: [UInt32]
            var prng_key: [UInt32]
            var split: [String: [[UInt32]]]
            var split_shaped: [[[UInt32]]]
            var fold_in: [String: [UInt32]]
            var bits: [UInt32]
            var bits_shaped: [[UInt32]]
            var bits_uint8: [UInt8]
            var uniform: [UInt32]
            var uniform_range: [UInt32]
            var normal: [UInt32]
        }
        var cases: [Case]
        var reprs: [String: String]
    }

    static let fixture: Fixture = {
        let url = Bundle.module.url(forResource: "Fixtures/jax-random", withExtension: "json")!
        return try! JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }()

    static func words(_ array: NDArray) -> [UInt32] { array.contiguousWords() }

    static func floatBits(_ array: NDArray) -> [UInt32] {
        (0..<array.size).map { index in
            guard case .floating(let value) = array.loadCast(atByteOffset: index * 4) else { return 0 }
            return Float(value).bitPattern
        }
    }

    @Test("keys, splits and fold_in equal JAX's for every recorded seed")
    func keys() throws {
        for item in Self.fixture.cases {
            let key = try JAXKey(seed: item.seed)
            #expect(Self.words(key.data) == item.key, "key(\(item.seed))")
            #expect(try Self.words(JAXKey(seed: item.seed, typed: false).data) == item.prng_key)
            for (count, expected) in item.split {
                let split = try JAXRandom.split(key, shape: [Int(count)!])
                #expect(split.shape == [Int(count)!])
                #expect(Self.words(split.data) == expected.flatMap { $0 }, "split(key(\(item.seed)), \(count))")
            }
            let shaped = try JAXRandom.split(key, shape: [2, 3])
            #expect(Self.words(shaped.data) == item.split_shaped.flatMap { $0.flatMap { $0 } })
            for (data, expected) in item.fold_in {
                #expect(try Self.words(JAXRandom.foldIn(key, Int64(data)!).data) == expected, "fold_in(key(\(item.seed)), \(data))")
            }
        }
    }

    @Test("bits and uniform equal JAX's bit for bit")
    func bitsAndUniform() throws {
        for item in Self.fixture.cases {
            let key = try JAXKey(seed: item.seed)
            #expect(try Self.words(JAXRandom.bits(key, shape: [1000])) == item.bits, "bits, seed \(item.seed)")
            #expect(try Self.words(JAXRandom.bits(key, shape: [3, 4])) == item.bits_shaped.flatMap { $0 })
            let small = try JAXRandom.bits(key, shape: [20], dtype: .uint8)
            #expect(small.dtype == .uint8)
            #expect((0..<20).map { small.loadCast(atByteOffset: $0) } == item.bits_uint8.map { .unsigned(UInt64($0)) })
            #expect(try Self.floatBits(JAXRandom.uniform(key, shape: [1000])) == item.uniform, "uniform, seed \(item.seed)")
            #expect(try Self.floatBits(JAXRandom.uniform(key, shape: [100], minval: -2, maxval: 3)) == item.uniform_range)
        }
    }

    /// `normal` goes through XLA's own `log`, `log1p` and `erf_inv` (`XLAMath`), so it is
    /// bit-identical too.
    @Test("normal equals JAX's 10,000 draws of every recorded seed bit for bit")
    func normal() throws {
        for item in Self.fixture.cases {
            let ours = try Self.floatBits(JAXRandom.normal(JAXKey(seed: item.seed), shape: [10000]))
            let differing = zip(ours, item.normal).filter { $0 != $1 }
            #expect(differing.isEmpty, "seed \(item.seed): \(differing.count) of 10000 differ, first \(differing.prefix(3))")
        }
    }

    @Test("keys and draws print as JAX prints them")
    func printing() throws {
        let key = try JAXKey(seed: 0)
        let halves = try JAXRandom.split(key)
        let first = JAXKey(data: try halves.data.view(at: [.integer(0)]).copy(), isTyped: true)
        let second = JAXKey(data: try halves.data.view(at: [.integer(1)]).copy(), isTyped: true)
        let ours: [String: String] = [
            "key": key.repr(),
            "split": halves.repr(),
            "split_3": try JAXRandom.split(key, shape: [3]).repr(),
            "prng_key": try JAXKey(seed: 42, typed: false).repr(),
            "prng_split": try JAXRandom.split(JAXKey(seed: 42, typed: false), shape: [3]).repr(),
            "normal_3": try JAXRandom.normal(key, shape: [3]).jaxRepr(),
            "normal_first": try JAXRandom.normal(first, shape: [3]).jaxRepr(),
            "normal_second": try JAXRandom.normal(second, shape: [3]).jaxRepr(),
            "uniform_2x2": try JAXRandom.uniform(key, shape: [2, 2]).jaxRepr(),
        ]
        for (name, expected) in Self.fixture.reprs {
            #expect(ours[name] == expected, "\(name)")
        }
    }

    @Test("64-bit dtypes are truncated to 32 bits with JAX's warning while x64 is off")
    func truncatedDtypes() throws {
        let key = try JAXKey(seed: 0)
        let log = WarningLog()
        let (uniform, bits) = try WarningLog.$current.withValue(log) {
            (try JAXRandom.uniform(key, shape: [4], dtype: .float64), try JAXRandom.bits(key, shape: [4], dtype: .uint64))
        }
        #expect(uniform.dtype == .float32 && bits.dtype == .uint32)
        #expect(try Self.floatBits(uniform) == Self.floatBits(JAXRandom.uniform(key, shape: [4])))
        #expect(log.warnings.map(\.description) == [
            "UserWarning: Explicitly requested dtype float64 is not available, and will be truncated to dtype float32. To enable more dtypes, set the jax_enable_x64 configuration option or the JAX_ENABLE_X64 shell environment variable. See https://github.com/jax-ml/jax#current-gotchas for more.",
            "UserWarning: Explicitly requested dtype uint64 is not available, and will be truncated to dtype uint32. To enable more dtypes, set the jax_enable_x64 configuration option or the JAX_ENABLE_X64 shell environment variable. See https://github.com/jax-ml/jax#current-gotchas for more.",
        ])
    }

    @Test("bad arguments raise JAX's errors")
    func errors() throws {
        let keys = try JAXRandom.split(JAXKey(seed: 0))
        let key = try JAXKey(seed: 0)
        func message(_ body: () throws -> Void) -> String {
            do { try body() } catch let error as TensorError { return error.description } catch { return "\(error)" }
            return "no error"
        }
        #expect(message { _ = try JAXRandom.split(keys) }
            == "ValueError: split accepts a single key, but was given a key array of shape (2,) != (). Use jax.vmap for batching.")
        #expect(message { _ = try JAXRandom.normal(keys, shape: [2]) }
            == "ValueError: normal accepts a single key, but was given a key array of shape (2,) != (). Use jax.vmap for batching.")
        #expect(message { _ = try JAXRandom.bits(key, shape: [2], dtype: .int32) }
            == "ValueError: dtype argument to `bits` must be an unsigned int dtype, got int32")
        #expect(message { _ = try JAXRandom.uniform(key, shape: [2], dtype: .int32) }
            == "ValueError: dtype argument to `uniform` must be a float dtype, got int32")
        #expect(message { _ = try JAXRandom.normal(key, shape: [2], dtype: .int32) }
            == "ValueError: dtype argument to `normal` must be a float or complex dtype, got int32")
        #expect(message { _ = try JAXRandom.foldIn(keys, 1) }
            == "ValueError: fold_in accepts a single key, but was given a key array of shape (2,) != (). Use jax.vmap for batching.")
    }
}
