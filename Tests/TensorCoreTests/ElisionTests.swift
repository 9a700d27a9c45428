import Foundation
import Testing
@_spi(Fusion) @testable import TensorCore
import TestSupport

/// Temporary elision: `UFunc.consuming` writes its result into an operand array that nothing
/// else holds, gives what the lending call gives to the byte, and never writes into memory
/// anything else can see.
@Suite("Elementwise calls: temporaries handed over (elision)")
struct ElisionTests {
    /// Ten values repeated past `UFunc.minimumReusedBytes` even for one-byte elements:
    /// smaller arrays are never reused.
    static let count = UFunc.minimumReusedBytes + 6
    static let left: [Double] = (0..<count).map { [-2.5, -1, -0.0, 0, 0.5, 1, 2, 3.75, 1e30, -7][$0 % 10] }
    static let right: [Double] = (0..<count).map { [1.5, -3, 2, -0.0, 4, 0.25, -1, 2, 3, 0][$0 % 10] }

    /// The elements' bytes in C order, for arrays of any shape.
    static func bytes(_ array: NDArray) throws -> [UInt8] {
        CallPathTests.bytes(try array.copy().reshaped([array.size]))
    }

    static func array(_ values: [Double], _ dtype: DType) throws -> NDArray {
        try NDArray(.list(values.map { .scalar(.float($0)) })).astype(dtype)
    }

    /// `function` lent `operands`, then handed a fresh copy of the array at `recipient`, with
    /// the warnings of each call; the handed-over result is expected in that copy's memory
    /// exactly when it has the copy's dtype. Returns whether it was.
    /// With `asArrays`, two arrays go to the overload that takes arrays, not operands.
    static func compare(_ function: UFunc, _ operands: [Operand], recipient: Int, dtype: DType, asArrays: Bool = false) throws -> Bool {
        guard case .array(let source) = operands[recipient] else { return false }
        var address = 0
        // The copy is made and handed over inside the closure: nothing outside it holds the copy.
        let handOver = { () throws(TensorError) -> NDArray in
            let copy = try source.copy()
            address = copy.address
            if asArrays, case .array(let first) = operands[0], case .array(let second) = operands[1] {
                return recipient == 0 ? try function.consuming(consume copy, second) : try function.consuming(first, consume copy)
            }
            let handed = Operand.array(consume copy)
            if operands.count == 1 { return try function.consuming(consume handed) }
            if recipient == 0 { return try function.consuming(consume handed, operands[1]) }
            return try function.consuming(operands[0], consume handed)
        }
        let lent: (value: NDArray, warnings: [TensorWarning])
        do {
            lent = try WarningLog.collecting { () throws(TensorError) -> NDArray in try function.apply(operands) }
        } catch {
            // A call that fails lent fails handed over, with the same error.
            #expect(throws: error) { try handOver() }
            return false
        }
        let (result, warnings) = try WarningLog.collecting(handOver)
        let context = "\(function) \(dtype) recipient \(recipient)"
        #expect(result.dtype == lent.value.dtype && result.shape == lent.value.shape, "\(context)")
        #expect(try bytes(result) == bytes(lent.value), "\(context)")
        #expect(warnings.map(\.description) == lent.warnings.map(\.description), "\(context)")
        let elided = result.address == address
        #expect(elided == (result.dtype == source.dtype), "\(context)")
        return elided
    }

    @Test("every ufunc writes into a handed-over array of the result's dtype, with the lending call's bytes and warnings",
          arguments: [DType.float32, .float64, .int32, .bool])
    func everyFunction(dtype: DType) throws {
        let a = try Self.array(Self.left, dtype)
        let b = try Self.array(Self.right, dtype)
        var elided = 0
        for function in UFunc.allCases {
            let cases: [([Operand], Int, Bool)] = function.arity == 1
                ? [([.array(a)], 0, false)]
                : [([.array(a), .array(b)], 0, false), ([.array(a), .array(b)], 1, false),
                   ([.array(a), .array(b)], 0, true), ([.array(a), .array(b)], 1, true),
                   ([.array(a), .scalar(.int(3))], 0, false), ([.scalar(.float(1.5)), .array(b)], 1, false)]
            for (operands, recipient, asArrays) in cases
            where try Self.compare(function, operands, recipient: recipient, dtype: dtype, asArrays: asArrays) {
                elided += 1
            }
        }
        #expect(elided >= UFunc.allCases.count / 2)
    }

    @Test("a broadcast call writes into the handed-over array that has the result's shape, never into a smaller one")
    func broadcasting() throws {
        let rows = UFunc.minimumReusedBytes / 12 + 1
        let matrix = try NDArray.arange(rows * 3, dtype: .float32).reshaped([rows, 3]).copy()
        let row = try NDArray.arange(3, dtype: .float32)
        let column = try NDArray.arange(rows, dtype: .float32).reshaped([rows, 1]).copy()
        for function in [UFunc.add, .subtract, .multiply, .trueDivide, .maximum, .arctan2] {
            #expect(try Self.compare(function, [.array(matrix), .array(row)], recipient: 0, dtype: .float32))
            #expect(try Self.compare(function, [.array(row), .array(matrix)], recipient: 1, dtype: .float32))
            let rowCopy = try row.copy()
            let address = rowCopy.address
            let result = try function.consuming(.array(consume rowCopy), .array(column))
            #expect(result.shape == [rows, 3] && result.address != address)
            let lent = try function(.array(row), .array(column))
            #expect(try Self.bytes(result) == Self.bytes(lent))
            // A smaller temporary in first place does not keep the full-shape one from taking it.
            for asArrays in [false, true] {
                let (rowTemporary, matrixTemporary) = (try row.copy(), try matrix.copy())
                let matrixAddress = matrixTemporary.address
                let handed = asArrays
                    ? try function.consuming(consume rowTemporary, consume matrixTemporary)
                    : try function.consuming(.array(consume rowTemporary), .array(consume matrixTemporary))
                #expect(handed.address == matrixAddress, "\(function)")
                #expect(try Self.bytes(handed) == Self.bytes(try function(.array(row), .array(matrix))), "\(function)")
            }
        }
    }

    @Test("an array that anything else holds is never written: a variable, a view, its base, a second operand, a read-only array")
    func sharedArraysAreKept() throws {
        let held = try NDArray.arange(Self.count, dtype: .float32)
        let before = CallPathTests.bytes(held)
        let first = try UFunc.add.consuming(.array(held), .scalar(.float(1)))
        #expect(first.address != held.address && CallPathTests.bytes(held) == before)

        // Both operands the same temporary: it is held twice, so neither position is written.
        let twice = try held.copy()
        let address = twice.address
        let doubled = try UFunc.add.consuming(.array(twice), .array(twice))
        #expect(doubled.address != address)

        // A view keeps its base's memory, and the base keeps the view's.
        let base = try held.copy()
        let view = try base.reshaped([2, Self.count / 2])
        let fromView = try UFunc.negative.consuming(.array(view))
        let fromBase = try UFunc.negative.consuming(.array(base))
        #expect(fromView.address != base.address && fromBase.address != base.address)
        #expect(CallPathTests.bytes(base) == before)

        var readOnly = try held.copy()
        try readOnly.setWriteable(false)
        let readOnlyAddress = readOnly.address
        let fromReadOnly = try UFunc.negative.consuming(.array(consume readOnly))
        #expect(fromReadOnly.address != readOnlyAddress)
    }

    @Test("an array under minimumReusedBytes is not reused, and gives the same result")
    func smallArraysAreNotReused() throws {
        let small = try NDArray.arange(UFunc.minimumReusedBytes / 4 - 1, dtype: .float32)
        let expected = try UFunc.multiply(small, small)
        for asArrays in [false, true] {
            let copy = try small.copy()
            let address = copy.address
            let result = asArrays
                ? try UFunc.multiply.consuming(consume copy, small)
                : try UFunc.multiply.consuming(.array(consume copy), .array(small))
            #expect(result.address != address)
            #expect(try Self.bytes(result) == Self.bytes(expected))
        }
    }

    @Test("work split across threads writes in place the bytes one thread writes")
    func threads() throws {
        let count = 3 * Parallelism.minimumSplitElements + 5
        let x = try NDArray.linspace(-3, 5, count: count, dtype: .float32)
        let y = try NDArray.linspace(1, 2, count: count, dtype: .float32)
        let expected = try Parallelism.$threadLimit.withValue(1) { try UFunc.multiply(.array(x), .array(y)) }
        try Parallelism.$thresholdOverride.withValue(Parallelism.minimumSplitElements) {
            #expect(Parallelism.threads(forElements: count) > 1 || Parallelism.availableCores == 1)
            let copy = try x.copy()
            let address = copy.address
            let result = try UFunc.multiply.consuming(.array(consume copy), .array(y))
            #expect(result.address == address)
            #expect(CallPathTests.bytes(result) == CallPathTests.bytes(expected))
        }
    }
}
