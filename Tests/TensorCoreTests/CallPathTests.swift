import Foundation
import Testing
@_spi(Fusion) @testable import TensorCore
import TestSupport

/// The short path a call on C-contiguous arrays takes (no operand array, no broadcasting
/// or layout work) gives what the general path gives, to the byte.
@Suite("Elementwise calls: the contiguous path against the general one")
struct CallPathTests {
    @Test("ordinal is the position in allCases for every ufunc and dtype")
    func ordinals() {
        #expect(UFunc.allCases.enumerated().allSatisfy { $0.element.ordinal == $0.offset })
        #expect(DType.allCases.enumerated().allSatisfy { $0.element.ordinal == $0.offset })
    }

    /// `values` in a C-contiguous array, and the same values as a strided view (every other
    /// element of a larger array), which the contiguous path refuses.
    static func contiguousAndStrided(_ values: [Double], dtype: DType) throws -> (NDArray, NDArray) {
        let contiguous = try NDArray(.list(values.map { .scalar(.float($0)) })).astype(dtype)
        let doubled = try NDArray.zeros([values.count * 2], dtype: dtype)
        let strided = try doubled.view(at: [.slice(start: nil, stop: nil, step: 2)])
        try strided.assign(contiguous)
        #expect(!strided.isCContiguous && contiguous.isCContiguous)
        return (contiguous, strided)
    }

    static func bytes(_ array: NDArray) -> [UInt8] {
        (0..<array.size).flatMap { index in
            let base = array.buffer.base + array.offset + index * array.strides[0]
            return (0..<array.itemSize).map { base.load(fromByteOffset: $0, as: UInt8.self) }
        }
    }

    @Test("every ufunc, on arrays and Python scalars, gives the general path's dtype and bytes",
          arguments: [DType.float32, .float64, .int32, .bool])
    func everyFunction(dtype: DType) throws {
        let left: [Double] = [-2.5, -1, -0.0, 0, 0.5, 1, 2, 3.75, 1e30, -7]
        let right: [Double] = [1.5, -3, 2, -0.0, 4, 0.25, -1, 2, 3, 0]
        let (a, stridedA) = try Self.contiguousAndStrided(left, dtype: dtype)
        let (b, stridedB) = try Self.contiguousAndStrided(right, dtype: dtype)
        var compared = 0
        for function in UFunc.allCases {
            let pairs: [([Operand], [Operand])] = function.arity == 1
                ? [([.array(a)], [.array(stridedA)])]
                : [
                    ([.array(a), .array(b)], [.array(stridedA), .array(stridedB)]),
                    ([.scalar(.float(1.5)), .array(b)], [.scalar(.float(1.5)), .array(stridedB)]),
                    ([.array(a), .scalar(.int(3))], [.array(stridedA), .scalar(.int(3))]),
                ]
            for (short, general) in pairs {
                let expected: NDArray
                do { expected = try function.apply(general) } catch { continue }
                var results = [short.count == 1 ? try function(short[0]) : try function(short[0], short[1])]
                // The overloads that borrow arrays rather than take operands.
                if case .array = short[0] {
                    if short.count == 1 {
                        results.append(try function(a))
                    } else if case .array = short[1] {
                        results.append(try function(a, b))
                    }
                }
                for result in results {
                    #expect(result.dtype == expected.dtype, "\(function) \(dtype)")
                    #expect(result.isCContiguous && result.shape == expected.shape, "\(function) \(dtype)")
                    #expect(Self.bytes(result) == Self.bytes(expected), "\(function) \(dtype)")
                    compared += 1
                }
            }
        }
        #expect(compared > 2 * UFunc.allCases.count)
    }

    @Test("a result shares the layout of an operand that owns its memory, and never takes a view's owner")
    func sharedLayouts() throws {
        let owner = try NDArray.arange(6, dtype: .float32)
        let sum = try UFunc.add(owner, owner)
        #expect(sum.layout === owner.layout && sum.base == nil && sum.ownsData)
        #expect(sum.buffer !== owner.buffer)
        let view = try owner.reshaped([2, 3])
        #expect(view.base != nil && view.isCContiguous)
        for result in [try UFunc.add(view, view), try UFunc.negative(view), try UFunc.add(.array(view), .scalar(.float(1)))] {
            #expect(result.base == nil && result.ownsData && result.layout !== view.layout)
            #expect(result.shape == [2, 3] && result.strides == [12, 4])
        }
        // A result of another item size gets strides of its own.
        let compared = try UFunc.less(owner, owner)
        #expect(compared.dtype == .bool && compared.strides == [1] && compared.layout !== owner.layout)
    }

    @Test("one or two operands for a function of the other arity give NumPy's message")
    func wrongArity() throws {
        let x = try NDArray.zeros([3], dtype: .float32)
        #expect(throws: TensorError(.typeError, "add() takes from 2 to 3 positional arguments but 1 was given")) {
            try UFunc.add(.array(x))
        }
        #expect(throws: TensorError(.typeError, "sqrt() takes from 1 to 2 positional arguments but 2 were given")) {
            try UFunc.sqrt(.array(x), .array(x))
        }
    }

    @Test("a new result of no elements has NumPy's all-zero strides")
    func emptyResults() throws {
        let empty = try NDArray.zeros([0, 3], dtype: .float32)
        let view = try NDArray.zeros([2, 3], dtype: .float32).view(at: [.slice(start: 2, stop: nil, step: nil)])
        for operand in [empty, view] {
            #expect(try UFunc.add(.array(operand), .array(operand)).strides == [0, 0])
            #expect(try UFunc.add(.array(operand), .scalar(.float(1))).strides == [0, 0])
            #expect(try UFunc.negative(.array(operand)).strides == [0, 0])
        }
    }

    @Test("small buffers are aligned to 64 bytes, whatever their size")
    func smallBufferAlignment() {
        for byteCount in [0, 1, 7, 63, 64, 65, 1000, 4096, 4097, BufferPool.minimumPooledBytes - 1] {
            let buffer = ArrayBuffer.allocate(byteCount: byteCount)
            #expect(buffer.address % ArrayBuffer.alignment == 0, "\(byteCount)")
            buffer.base.initializeMemory(as: UInt8.self, repeating: 0xA5, count: Swift.max(byteCount, 1))
        }
    }

    @Test("small buffers, which keep their bytes in the buffer object, never overlap one another or their sizes")
    func inlineBuffersKeepToTheirBytes() {
        var random = SplitMix64(seed: 5)
        var live: [(buffer: ArrayBuffer, byteCount: Int, fill: UInt8)] = []
        func check() {
            for (buffer, byteCount, fill) in live {
                #expect(buffer.byteCount == byteCount)
                let bytes = UnsafeRawBufferPointer(start: buffer.base, count: byteCount)
                #expect(bytes.allSatisfy { $0 == fill }, "\(byteCount) bytes filled with \(fill)")
            }
        }
        for round in 0..<4 {
            for index in 0..<100 {
                let byteCount = Int(random.next() % UInt64(BufferPool.minimumPooledBytes))
                let fill = UInt8(truncatingIfNeeded: round * 100 + index)
                let buffer = ArrayBuffer.allocate(byteCount: byteCount, zeroed: index.isMultiple(of: 2))
                buffer.base.initializeMemory(as: UInt8.self, repeating: fill, count: byteCount)
                live.append((buffer, byteCount, fill))
            }
            check()
            live.removeAll { _ in random.next() % 2 == 0 }
            check()
        }
    }

    @Test("a small call into a fresh array warns for the flags it raises, not for flags other code left set",
          arguments: [1, 1024, UFunc.rerunLimit, UFunc.rerunLimit + 1])
    func flagsLeftByOtherCode(count: Int) throws {
        let ones = try NDArray.full([count], .float(1), dtype: .float32)
        let huge = try NDArray.full([count], .float(3e38), dtype: .float32)
        func floats(_ array: NDArray) -> [Float] {
            Array(UnsafeBufferPointer(start: (array.buffer.base + array.offset).assumingMemoryBound(to: Float.self), count: array.size))
        }
        func warnings(_ body: () throws(TensorError) -> NDArray) throws -> ([String], NDArray) {
            let (value, warnings) = try WarningLog.collecting(body)
            return (warnings.map(\.description), value)
        }
        FloatingPointStatus.raise([.overflow, .invalid])
        let (quiet, sum) = try warnings { () throws(TensorError) -> NDArray in try UFunc.add(ones, ones) }
        #expect(quiet.isEmpty)
        #expect(floats(sum) == Array(repeating: 2, count: count))
        #expect(FloatingPointStatus.read().isEmpty)
        let (loud, product) = try warnings { () throws(TensorError) -> NDArray in try UFunc.multiply(huge, huge) }
        #expect(loud == ["RuntimeWarning: overflow encountered in multiply"])
        #expect(floats(product) == Array(repeating: .infinity, count: count))
        FloatingPointStatus.raise([.divideByZero])
        let (again, _) = try warnings { () throws(TensorError) -> NDArray in try UFunc.multiply(huge, huge) }
        #expect(again == ["RuntimeWarning: overflow encountered in multiply"])
        FloatingPointStatus.clear()
    }

    @Test("floating-point flags raised by hand or by arithmetic are read back, and cleared")
    func floatingPointFlags() {
        FloatingPointStatus.clear()
        #expect(FloatingPointStatus.read().isEmpty)
        FloatingPointStatus.raise([.overflow, .divideByZero])
        #expect(FloatingPointStatus.read() == [.overflow, .divideByZero])
        FloatingPointStatus.clear()
        #expect(FloatingPointStatus.read().isEmpty)
        // Arithmetic the compiler cannot fold: the values come through an opaque call.
        let large = Float(String("3e38"))!
        let zero = Float(String("0"))!
        #expect((large * large).isInfinite && FloatingPointStatus.read() == [.overflow])
        #expect((zero / zero).isNaN && FloatingPointStatus.read() == [.overflow, .invalid])
        FloatingPointStatus.clear()
        #expect(FloatingPointStatus.read().isEmpty)
    }
}
