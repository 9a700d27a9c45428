import Foundation
import Testing
@testable import TensorCore

@Suite("Printing: print options and JAX arrays")
struct PrintingTests {
    /// `np.array2string` with options, against TensorCore's layout with the same options.
    static let optionCases: [(String, @Sendable () throws -> String)] = [
        ("str:np.array2string(np.array([1/3, 2/3]), precision=3, separator=', ')", {
            var options = PrintOptions()
            options.precision = 3
            return ArrayTextLayout(array: try NDArray([.scalar(.float(1.0 / 3)), .scalar(.float(2.0 / 3))]), options: options, separator: ", ").text(prefix: "", suffixLength: 0)
        }),
        ("str:np.array2string(np.array([1e-10, 1.0]), suppress_small=True)", {
            var options = PrintOptions()
            options.suppressSmall = true
            return ArrayTextLayout(array: try NDArray([1e-10, 1.0]), options: options, separator: " ").text(prefix: "", suffixLength: 0)
        }),
        ("str:np.array2string(np.array([1e-10, 1.0]))", {
            ArrayTextLayout(array: try NDArray([1e-10, 1.0]), options: PrintOptions(), separator: " ").text(prefix: "", suffixLength: 0)
        }),
        ("str:np.array2string(np.arange(10), threshold=5, edgeitems=2)", {
            var options = PrintOptions()
            options.threshold = 5
            options.edgeItems = 2
            return ArrayTextLayout(array: try NDArray.arange(10), options: options, separator: " ").text(prefix: "", suffixLength: 0)
        }),
        ("str:np.array2string(np.arange(30), max_line_width=20)", {
            var options = PrintOptions()
            options.lineWidth = 20
            return ArrayTextLayout(array: try NDArray.arange(30), options: options, separator: " ").text(prefix: "", suffixLength: 0)
        }),
        ("str:(np.set_printoptions(precision=4, linewidth=40), repr(np.linspace(0, 1, 7)), np.set_printoptions(precision=8, linewidth=75))[1]", {
            var options = PrintOptions()
            options.precision = 4
            options.lineWidth = 40
            return try NDArray.linspace(0, 1, count: 7).repr(options: options)
        }),
        ("str:(np.set_printoptions(threshold=10, edgeitems=1), repr(np.arange(24).reshape(2, 3, 4)), np.set_printoptions(threshold=1000, edgeitems=3))[1]", {
            var options = PrintOptions()
            options.threshold = 10
            options.edgeItems = 1
            return try NDArray.arange(24).reshaped([2, 3, 4]).repr(options: options)
        }),
    ]

    @Test("Print options match NumPy's array2string and set_printoptions", .enabled(if: NumPyOracle.unavailableReason == nil, "python3 with NumPy is not available"))
    func options() throws {
        let numpy = try NumPyOracle.evaluateExpressions(Self.optionCases.map(\.0))
        for ((expression, compute), expected) in zip(Self.optionCases, numpy) {
            #expect(try compute() == expected, "\(expression)")
        }
    }

    @Test("JAX arrays print as JAX 0.10 prints them (fixture)")
    func jaxRepr() throws {
        struct Fixture: Decodable { var jax: String; var reprs: [String: String] }
        let url = try #require(Bundle.module.url(forResource: "Fixtures/jax-repr", withExtension: "json"))
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
        let sevenths = try UFunc.trueDivide(.array(NDArray.arange(30, dtype: .float32).reshaped([5, 6])), .scalar(7))
        let ours: [String: String] = [
            "float_vector": try NDArray([1.0, 2.0], dtype: .float32).jaxRepr(),
            "weak_scalar": try NDArray(1.0, dtype: .float32).jaxRepr(weakType: true),
            "weak_sum": try NDArray(2.0, dtype: .float32).jaxRepr(weakType: true),
            "empty_matrix": try NDArray.zeros([0, 3], dtype: .float32).jaxRepr(),
            "bool_vector": try NDArray([true, false]).jaxRepr(),
            "long_range": try NDArray.arange(2000, dtype: .int32).jaxRepr(),
            "sevenths": sevenths.jaxRepr(),
            "int_matrix": try NDArray.arange(6, dtype: .int8).reshaped([2, 3]).jaxRepr(),
        ]
        #expect(Set(ours.keys) == Set(fixture.reprs.keys))
        for (name, expected) in fixture.reprs {
            #expect(ours[name] == expected, "\(name)")
        }
    }

    @Test("Arrays from broadcast_arrays warn when read for writeability and when written")
    func broadcastArrayWarnings() throws {
        let log = WarningLog()
        try WarningLog.$current.withValue(log) {
            let views = try NDArray.broadcastArrays([NDArray.arange(3, dtype: .float64), NDArray.zeros([4, 1])])
            #expect(views[0].writeableFlag)
            try views[0].assign(5, at: [.integer(0), .integer(0)])
        }
        #expect(log.warnings.map(\.category) == ["FutureWarning", "DeprecationWarning"])
        #expect(log.warnings[1].message.hasPrefix("Numpy has detected that you (may be) writing to an array with\noverlapping memory"))
    }
}

/// Every kernel family gives the same values whatever the operands' memory layout:
/// contiguous, transposed, strided with steps, reversed, or broadcast.
@Suite("Kernels with every layout")
struct LayoutTests {
    /// The same 3×4 values in different layouts.
    static func layouts(of contiguous: NDArray) throws -> [(String, NDArray)] {
        let transposed = try contiguous.transposed().copy().transposed()
        let doubled = try NDArray.zeros([3, 8], dtype: contiguous.dtype)
        try doubled.assign(contiguous, at: [.all, .slice(start: nil, stop: nil, step: 2)])
        let stepped = try doubled.view(at: [.all, .slice(start: nil, stop: nil, step: 2)])
        let reversedStorage = try contiguous.view(at: [.slice(start: nil, stop: nil, step: -1)]).copy()
        let reversed = try reversedStorage.view(at: [.slice(start: nil, stop: nil, step: -1)])
        return [("contiguous", contiguous), ("transposed", transposed), ("stepped", stepped), ("reversed", reversed)]
    }

    @Test("Each family agrees across layouts", arguments: [UFunc.add, .floorDivide, .maximum, .less, .logicalXor, .bitwiseAnd, .leftShift, .sqrt, .negative, .isnan])
    func family(function: UFunc) throws {
        let dtype: DType = function.family == .bitwise || function.family == .shift ? .int32 : .float64
        let a = try NDArray.arange(-5, 7, dtype: dtype).reshaped([3, 4])
        let b = try NDArray.arange(1, 13, dtype: dtype).reshaped([3, 4])
        let row = try NDArray.arange(1, 5, dtype: dtype)
        let expected: NDArray
        if function.arity == 1 {
            expected = try function(.array(a))
        } else {
            expected = try function(.array(a), .array(b))
        }
        for (nameA, left) in try Self.layouts(of: a) {
            for (nameB, right) in try Self.layouts(of: b) {
                let result = function.arity == 1 ? try function(.array(left)) : try function(.array(left), .array(right))
                #expect(result.repr() == expected.repr(), "\(function.name) \(nameA) × \(nameB)")
            }
            if function.arity == 2 {
                let broadcast = try function(.array(left), .array(row))
                let reference = try function(.array(a), .array(row.broadcast(to: [3, 4]).copy()))
                #expect(broadcast.repr() == reference.repr(), "\(function.name) \(nameA) × broadcast row")
            }
        }
    }
}
