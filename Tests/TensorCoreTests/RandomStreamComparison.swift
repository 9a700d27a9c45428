import Foundation
import Testing
@testable import TensorCore

/// Compares random streams with NumPy's: each array is summarised as dtype, shape, its
/// first 16 bytes and the CRC-32 of all its bytes, so 10,000 draws compare as one line.
enum RandomStreamComparison {
    /// One stream: the NumPy call made on a freshly seeded generator, and ours.
    struct Stream<State>: Sendable {
        var python: String
        var ours: @Sendable (State) throws -> NDArray
    }

    /// CRC-32 with zlib's polynomial.
    static func crc32(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        let table: [UInt32] = (0..<256).map { byte in
            (0..<8).reduce(UInt32(byte)) { value, _ in value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        }
        return ~bytes.reduce(UInt32.max) { table[Int(($0 ^ UInt32($1)) & 0xFF)] ^ ($0 >> 8) }
    }

    /// The array's bytes in C order, in hex.
    static func hex(_ array: NDArray) throws -> String {
        let contiguous = try array.copy()
        let bytes = UnsafeRawBufferPointer(start: contiguous.buffer.base + contiguous.offset, count: contiguous.byteCount)
        return bytes.map { String(format: "%02x", $0) }.joined()
    }

    /// dtype, shape, the first 16 bytes in hex and the CRC-32 of all of them.
    static func summary(_ array: NDArray) throws -> String {
        let contiguous = try array.copy()
        let bytes = UnsafeRawBufferPointer(start: contiguous.buffer.base + contiguous.offset, count: contiguous.byteCount)
        let shape = array.shape.count == 1 ? "(\(array.shape[0]),)" : "(" + array.shape.map(String.init).joined(separator: ", ") + ")"
        let head = bytes.prefix(16).map { String(format: "%02x", $0) }.joined()
        return "\(array.dtype.typeString) \(shape) \(head) \(crc32(bytes))"
    }

    /// Runs every stream for every seed here and in NumPy (`constructor(seed).call`) and
    /// records each difference.
    static func expectEqual<State>(
        streams: [Stream<State>], seeds: [Int64], constructor: String, make: (Int64) throws -> State
    ) throws {
        var expressions: [String] = []
        for seed in seeds {
            for stream in streams {
                expressions.append("str:(lambda a: f'{a.dtype.str} {a.shape} {a.tobytes()[:16].hex()} {__import__(\"zlib\").crc32(a.tobytes())}')(\(constructor)(\(seed)).\(stream.python))")
            }
        }
        var expected = try NumPyOracle.evaluateExpressions(expressions).makeIterator()
        for seed in seeds {
            for stream in streams {
                let ours = try summary(stream.ours(make(seed)))
                #expect(ours == expected.next(), "seed \(seed): \(stream.python)")
            }
        }
    }

    /// Runs each Python statement in NumPy and each body here, and expects the same
    /// `Kind: message` (or "no error" from both).
    static func expectSameErrors(_ cases: [(String, () throws -> Void)]) throws {
        let expected = try NumPyOracle.evaluateExpressions(cases.map(\.0))
        for ((python, body), numpy) in zip(cases, expected) {
            var ours = "no error"
            do { try body() } catch let error as TensorError { ours = error.description }
            #expect(ours == numpy, "\(python)")
        }
    }
}
