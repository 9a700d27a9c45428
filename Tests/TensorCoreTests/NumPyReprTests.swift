import Foundation
import Testing
@testable import TensorCore

/// TensorCore's results next to the same expression evaluated by NumPy: creation,
/// casting, views, assignment and printing, compared by their `repr`.
@Suite("TensorCore against NumPy expressions")
struct NumPyReprTests {
    /// Pairs of a NumPy expression and TensorCore's value (or error) for it.
    static let cases: [(String, @Sendable () throws -> String)] = [
        ("np.arange(0, 1, 0.1, dtype=np.float32)", { try NDArray.arange(0, 1, step: 0.1, dtype: .float32).repr() }),
        ("np.arange(0.5, 3)", { try NDArray.arange(0.5, 3).repr() }),
        ("np.arange(5, 1)", { try NDArray.arange(5, 1).repr() }),
        ("np.arange(10, dtype=np.uint8)", { try NDArray.arange(10, dtype: .uint8).repr() }),
        ("np.arange(-5, 17, 3)", { try NDArray.arange(-5, 17, step: 3).repr() }),
        ("np.arange(1, 2, 0.3, dtype=np.float16)", { try NDArray.arange(1, 2, step: 0.3, dtype: .float16).repr() }),
        ("np.arange(2000)", { try NDArray.arange(2000).repr() }),
        ("np.arange(2000.).reshape(40, 50)", { try NDArray.arange(2000, dtype: .float64).reshaped([40, 50]).repr() }),
        ("np.linspace(0, 1, 5)", { try NDArray.linspace(0, 1, count: 5).repr() }),
        ("np.linspace(0, 1, 7, endpoint=False)", { try NDArray.linspace(0, 1, count: 7, endpoint: false).repr() }),
        ("np.linspace(0, 10, 4, dtype=int)", { try NDArray.linspace(0, 10, count: 4, dtype: .int64).repr() }),
        ("np.linspace(-1, 1, 50)", { try NDArray.linspace(-1, 1).repr() }),
        ("np.linspace(2, 3, 1)", { try NDArray.linspace(2, 3, count: 1).repr() }),
        ("np.eye(3, 4, k=1, dtype=np.int8)", { try NDArray.eye(3, 4, k: 1, dtype: .int8).repr() }),
        ("np.identity(2)", { try NDArray.identity(2).repr() }),
        ("np.full((2, 2), 7)", { try NDArray.full([2, 2], 7).repr() }),
        ("np.full((2,), 2.5, dtype=np.float32)", { try NDArray.full([2], 2.5, dtype: .float32).repr() }),
        ("np.full((3,), True)", { try NDArray.full([3], true).repr() }),
        ("np.ones((2, 0, 3))", { try NDArray.ones([2, 0, 3]).repr() }),
        ("np.zeros((0,), np.int32)", { try NDArray.zeros([0], dtype: .int32).repr() }),
        ("np.array([], dtype=bool)", { try NDArray(.list([]), dtype: .bool).repr() }),
        ("np.array([[1.5, 2], [3, 4]])", { try NDArray([[1.5, 2], [3, 4]]).repr() }),
        ("np.array([True, 2])", { try NDArray([true, 2]).repr() }),
        ("np.array([2**63])", { try NDArray(.list([.scalar(.uint(1 << 63))])).repr() }),
        ("np.array([1.7, -1.7], dtype=np.int8)", { try NDArray([1.7, -1.7], dtype: .int8).repr() }),
        ("np.array([np.nan, 1.5, -np.inf])", { try NDArray([.scalar(.float(.nan)), 1.5, .scalar(.float(-.infinity))]).repr() }),
        ("np.array([1e6, 1.], dtype=np.float32)", { try NDArray([1e6, 1.0], dtype: .float32).repr() }),
        ("np.array([1., 2.5, 1/3])", { try NDArray([1.0, 2.5, .scalar(.float(1.0 / 3))]).repr() }),
        ("np.array([-0., 0.])", { try NDArray([-0.0, 0.0]).repr() }),
        ("np.array(3.)", { try NDArray(3.0).repr() }),
        ("str:np.array([0.1, 0.3])", { try NDArray([0.1, 0.3]).str() }),
        ("str:np.arange(1001)", { try NDArray.arange(1001).str() }),
        ("str:np.array(3.)", { try NDArray(3.0).str() }),
        ("np.float32(1/3)", { ScalarText.repr(.floating(Double(Float(1.0 / 3))), dtype: .float32) }),
        ("np.float64(0.1)", { ScalarText.repr(.floating(0.1), dtype: .float64) }),
        ("np.float64(1e-05)", { ScalarText.repr(.floating(1e-5), dtype: .float64) }),
        ("np.True_", { ScalarText.repr(.bool(true), dtype: .bool) }),
        ("np.int8(-5)", { ScalarText.repr(.signed(-5), dtype: .int8) }),
        ("np.arange(24).reshape(2, 3, 4)[:, ::-2, 1::2].strides", { strides(try NDArray.arange(24).reshaped([2, 3, 4]).view(at: [.all, .slice(start: nil, stop: nil, step: -2), .slice(start: 1, stop: nil, step: 2)])) }),
        ("np.broadcast_arrays(np.arange(3.), np.zeros((4, 1)))[0].strides", { strides(try NDArray.broadcastArrays([NDArray.arange(3, dtype: .float64), NDArray.zeros([4, 1])])[0]) }),
        ("np.broadcast_arrays(np.arange(3.), np.zeros((4, 1)))[1].strides", { strides(try NDArray.broadcastArrays([NDArray.arange(3, dtype: .float64), NDArray.zeros([4, 1])])[1]) }),
        ("np.broadcast_shapes((3, 1, 4), (3, 4))", { tuple(try Broadcasting.broadcastShapes([[3, 1, 4], [3, 4]])) }),
        ("np.finfo(np.float32).eps", { ScalarText.repr(.floating(DType.float32.floatingInfo!.epsilon), dtype: .float32) }),
        ("np.iinfo(np.int8)", { DType.int8.integerInfo!.description }),
        ("np.arange(0, np.inf)", { try NDArray.arange(0, .float(.infinity)).repr() }),
        ("np.arange(0, np.nan)", { try NDArray.arange(0, .float(.nan)).repr() }),
        ("np.arange(0, 1e300)", { try NDArray.arange(0, 1e300).repr() }),
        ("np.linspace(0, 1, 10**12)", { try NDArray.linspace(0, 1, count: 1_000_000_000_000).repr() }),
        ("np.arange(10)[::-2**63]", { try NDArray.arange(10).view(at: [.slice(start: nil, stop: nil, step: Int.min)]).repr() }),
        ("np.arange(10)[::2**62].strides", { strides(try NDArray.arange(10).view(at: [.slice(start: nil, stop: nil, step: 1 << 62)])) }),
        ("np.iinfo(np.uint64)", { DType.uint64.integerInfo!.description }),
    ]

    @Test("Each expression's repr equals NumPy's", .enabled(if: NumPyOracle.unavailableReason == nil, "python3 with NumPy is not available"))
    func matchesNumPy() throws {
        try NumPyOracle.expectSameAsNumPy(Self.cases)
    }

    static func strides(_ array: NDArray) -> String { tuple(array.strides) }
    static func tuple(_ values: [Int]) -> String { ShapeText.tuple(values) }
}
