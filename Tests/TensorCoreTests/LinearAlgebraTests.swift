import Foundation
import Testing
@testable import TensorCore

@Suite("Linear algebra: dot, matmul, inner, vdot, outer")
struct LinearAlgebraTests {
    static func range(_ shape: [Int], _ dtype: DType = .int64, start: Int64 = 0) throws -> NDArray {
        let count = shape.reduce(1, *)
        return try NDArray.arange(.int(start), .int(start + Int64(count)), dtype: dtype).reshaped(shape)
    }

    /// NumPy expressions and TensorCore's result for them.
    static let cases: [(String, @Sendable () throws -> String)] = [
        ("np.arange(6).reshape(2,3) @ np.arange(12).reshape(3,4)", { try NDArray.matmul(range([2, 3]), range([3, 4])).repr() }),
        ("np.arange(3) @ np.arange(12).reshape(3,4)", { try NDArray.matmul(range([3]), range([3, 4])).repr() }),
        ("np.arange(12).reshape(4,3) @ np.arange(3)", { try NDArray.matmul(range([4, 3]), range([3])).repr() }),
        ("np.array(np.arange(3) @ np.arange(3))", { try NDArray.matmul(range([3]), range([3])).repr() }),
        ("np.arange(24.).reshape(2,1,3,4) @ np.arange(40.).reshape(5,4,2)", { try NDArray.matmul(range([2, 1, 3, 4], .float64), range([5, 4, 2], .float64)).repr() }),
        ("np.array([[1,2]],np.int8) @ np.array([[3],[4]],np.uint8)", { try NDArray.matmul(NDArray([[1, 2]], dtype: .int8), NDArray([[3], [4]], dtype: .uint8)).repr() }),
        ("np.array(np.dot(np.array([100,100],np.int8), np.array([2,2],np.int8)))", { try NDArray.dot(NDArray([100, 100], dtype: .int8), NDArray([2, 2], dtype: .int8)).repr() }),
        ("np.array(np.dot(np.array([True,False]), np.array([True,True])))", { try NDArray.dot(NDArray([true, false]), NDArray([true, true])).repr() }),
        ("np.dot(np.arange(24).reshape(2,3,4), np.arange(40).reshape(5,4,2))", { try NDArray.dot(range([2, 3, 4]), range([5, 4, 2])).repr() }),
        ("np.dot(np.arange(6.).reshape(2,3), np.arange(3.))", { try NDArray.dot(range([2, 3], .float64), range([3], .float64)).repr() }),
        ("np.dot(3, np.arange(3))", { try NDArray.dot(NDArray(3), range([3])).repr() }),
        ("np.inner(np.arange(6).reshape(2,3), np.arange(12).reshape(4,3))", { try NDArray.inner(range([2, 3]), range([4, 3])).repr() }),
        ("np.array(np.vdot(np.arange(4).reshape(2,2), np.arange(4)))", { try NDArray.vdot(range([2, 2]), range([4])).repr() }),
        ("np.outer(np.arange(4).reshape(2,2), np.arange(3, dtype=np.float32))", { try NDArray.outer(range([2, 2]), range([3], .float32)).repr() }),
        ("np.ones((2,0)) @ np.ones((0,3))", { try NDArray.matmul(NDArray.ones([2, 0]), NDArray.ones([0, 3])).repr() }),
        ("np.arange(6).reshape(2,3).T @ np.arange(6).reshape(2,3)[:, ::-1]", {
            let a = try range([2, 3])
            return try NDArray.matmul(a.transposed(), a.view(at: [.all, .slice(start: nil, stop: nil, step: -1)])).repr()
        }),
        ("np.ones((2,3)) @ np.ones((2,3))", { try NDArray.matmul(NDArray.ones([2, 3]), NDArray.ones([2, 3])).repr() }),
        ("np.matmul(np.ones(3), np.ones(4))", { try NDArray.matmul(NDArray.ones([3]), NDArray.ones([4])).repr() }),
        ("np.matmul(np.ones(3), np.array(2.0))", { try NDArray.matmul(NDArray.ones([3]), NDArray(2.0)).repr() }),
        ("np.matmul(np.array(2.0), np.ones(3))", { try NDArray.matmul(NDArray(2.0), NDArray.ones([3])).repr() }),
        ("np.matmul(np.ones((2,3,4)), np.ones((5,4,2)))", { try NDArray.matmul(NDArray.ones([2, 3, 4]), NDArray.ones([5, 4, 2])).repr() }),
        ("np.dot(np.ones((2,3)), np.ones((2,3)))", { try NDArray.dot(NDArray.ones([2, 3]), NDArray.ones([2, 3])).repr() }),
        ("np.dot(np.ones(3), np.ones(4))", { try NDArray.dot(NDArray.ones([3]), NDArray.ones([4])).repr() }),
        ("np.inner(np.ones(3), np.ones(4))", { try NDArray.inner(NDArray.ones([3]), NDArray.ones([4])).repr() }),
        ("np.vdot(np.ones(3), np.ones(4))", { try NDArray.vdot(NDArray.ones([3]), NDArray.ones([4])).repr() }),
    ]

    @Test("Products, shapes, dtypes and errors match NumPy", .enabled(if: NumPyOracle.unavailableReason == nil, "python3 with NumPy is not available"))
    func matchesNumPy() throws {
        try NumPyOracle.expectSameAsNumPy(Self.cases)
    }

    @Test("The facts file's matmul messages, without NumPy")
    func messages() {
        #expect(throws: TensorError(.valueError, "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)")) {
            try NDArray.matmul(NDArray.ones([2, 3]), NDArray.ones([2, 3]))
        }
        #expect(throws: TensorError(.valueError, "shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)")) {
            try NDArray.dot(NDArray.ones([2, 3]), NDArray.ones([2, 3]))
        }
    }
}
