import Foundation
import Testing
@testable import TensorCore
import TestSupport

@Suite("Advanced indexing, take, nonzero and JAX's .at[]")
struct AdvancedIndexingTests {
    /// A random index for a (3, 4, 5) array, as a NumPy expression and as TensorCore components.
    static func randomIndex(_ random: inout SplitMix64) throws -> (String, [ArrayIndex]) {
        let shape = [3, 4, 5]
        var python: [String] = []
        var components: [ArrayIndex] = []
        var axis = 0
        var usedEllipsis = false
        let count = Int.random(in: 1...4, using: &random)
        for _ in 0..<count {
            let length = axis < shape.count ? shape[axis] : 1
            switch Int.random(in: 0..<9, using: &random) {
            case 0:
                let value = Int.random(in: -length...(length - 1 + (Int.random(in: 0..<8, using: &random) == 0 ? 2 : 0)), using: &random)
                python.append("\(value)")
                components.append(.integer(value))
                axis += 1
            case 1, 2:
                let values = (0..<Int.random(in: 0...3, using: &random)).map { _ in Int.random(in: -length...(length - 1), using: &random) }
                let shaped = Bool.random(using: &random) && values.count == 2
                python.append(shaped ? "np.array(\(values)).reshape(2, 1)" : "np.array(\(values), dtype=np.int64)")
                let array = try NDArray(.list(values.map { .scalar(.int(Int64($0))) }), dtype: .int64)
                components.append(.array(shaped ? try array.reshaped([2, 1]) : array))
                axis += 1
            case 3:
                let mask = (0..<length).map { _ in Bool.random(using: &random) }
                python.append("np.array([" + mask.map { $0 ? "True" : "False" }.joined(separator: ", ") + "], dtype=bool)")
                components.append(.array(try NDArray(.list(mask.map { .scalar(.bool($0)) }), dtype: .bool)))
                axis += 1
            case 4:
                python.append("None")
                components.append(.newAxis)
            case 5 where !usedEllipsis:
                usedEllipsis = true
                python.append("...")
                components.append(.ellipsis)
                axis = Swift.max(axis, 1)
            default:
                let start = Bool.random(using: &random) ? nil : Int.random(in: -length...length, using: &random)
                let step = Bool.random(using: &random) ? nil : [-2, -1, 1, 2].randomElement(using: &random)!
                python.append("\(start.map(String.init) ?? ""):\(step.map { ":\($0)" } ?? "")")
                components.append(.slice(start: start, stop: nil, step: step))
                axis += 1
            }
        }
        return ("np.s_[" + python.joined(separator: ", ") + ",]", components)
    }

    @Test("Random index expressions read and write like NumPy", .enabled(if: NumPyOracle.unavailableReason == nil, "python3 with NumPy is not available"))
    func randomIndexes() throws {
        var random = SplitMix64(seed: ProcessInfo.processInfo.environment["COURSE_DIFFERENTIAL_SEED"].flatMap { UInt64($0) } ?? 0x1D3)
        var expressions: [String] = []
        var ours: [String] = []
        for _ in 0..<1_500 {
            let (index, components) = try Self.randomIndex(&random)
            let base = try NDArray.arange(60).reshaped([3, 4, 5])
            expressions.append("np.arange(60).reshape(3, 4, 5)[\(index)]")
            do {
                let result = try base.value(at: components)
                // Indexing every axis with an integer gives NumPy a scalar.
                let scalar = result.ndim == 0 && components.allSatisfy { if case .integer = $0 { true } else { false } }
                ours.append(scalar ? ScalarText.repr(try result.item(), dtype: result.dtype) : result.repr())
            } catch {
                ours.append(error.description)
            }
            expressions.append("(lambda a: (a.__setitem__(\(index), -7), a)[1])(np.arange(60).reshape(3, 4, 5))")
            do {
                try base.assign(.scalar(-7), at: components)
                ours.append(base.repr())
            } catch {
                ours.append(error.description)
            }
        }
        let numpy = try NumPyOracle.evaluateExpressions(expressions)
        var failures: [String] = []
        for (index, expression) in expressions.enumerated() where numpy[index] != ours[index] {
            failures.append("\(expression)\n  numpy: \(numpy[index].prefix(200))\n  ours:  \(ours[index].prefix(200))")
        }
        #expect(failures.isEmpty, "\(failures.count) of \(expressions.count) differ:\n\(failures.prefix(6).joined(separator: "\n"))")
    }

    static let cases: [(String, @Sendable () throws -> String)] = [
        ("np.arange(24).reshape(2,3,4)[:, [0,1], [0,1]].shape", { ShapeText.tuple(try NDArray.arange(24).reshaped([2, 3, 4]).value(at: [.all, .array(NDArray([0, 1])), .array(NDArray([0, 1]))]).shape) }),
        ("np.arange(24).reshape(2,3,4)[[0,1], :, [0,1]].shape", { ShapeText.tuple(try NDArray.arange(24).reshaped([2, 3, 4]).value(at: [.array(NDArray([0, 1])), .all, .array(NDArray([0, 1]))]).shape) }),
        ("np.arange(24).reshape(2,3,4)[[0,1],[0,1,2]]", { try NDArray.arange(24).reshaped([2, 3, 4]).value(at: [.array(NDArray([0, 1])), .array(NDArray([0, 1, 2]))]).repr() }),
        ("np.arange(24).reshape(2,3,4)[np.array([True,False,True])]", { try NDArray.arange(24).reshaped([2, 3, 4]).value(at: [.array(NDArray([true, false, true]))]).repr() }),
        ("np.arange(24).reshape(2,3,4)[np.array([1.0])]", { try NDArray.arange(24).reshaped([2, 3, 4]).value(at: [.array(NDArray([1.0]))]).repr() }),
        ("np.arange(24).reshape(2,3,4)[np.arange(24).reshape(2,3,4) > 20]", {
            let a = try NDArray.arange(24).reshaped([2, 3, 4])
            return try a.value(at: [.array(UFunc.greater(.array(a), .scalar(20)))]).repr()
        }),
        ("(lambda b: (b.__setitem__(([0,0],), [1,2]), b)[1])(np.zeros(3))", {
            let b = try NDArray.zeros([3])
            try b.assign(.array(NDArray([1, 2])), at: [.array(NDArray([0, 0]))])
            return b.repr()
        }),
        ("(lambda b: (b.__setitem__(([0,1],), [1,2,3]), b)[1])(np.zeros(3))", {
            let b = try NDArray.zeros([3])
            try b.assign(.array(NDArray([1, 2, 3])), at: [.array(NDArray([0, 1]))])
            return b.repr()
        }),
        ("(lambda b: (b.__setitem__(([0],), 300), b)[1])(np.zeros(3, np.uint8))", {
            let b = try NDArray.zeros([3], dtype: .uint8)
            try b.assign(.scalar(300), at: [.array(NDArray([0]))])
            return b.repr()
        }),
        ("np.take(np.arange(3), [5])", { try NDArray.arange(3).take(NDArray([5])).repr() }),
        ("np.take(np.arange(12).reshape(3, 4), [[0, 2]], axis=1)", { try NDArray.arange(12).reshaped([3, 4]).take(NDArray([[0, 2]]), axis: 1).repr() }),
        ("np.nonzero(np.array([[1, 0], [0, 3]]))[1]", { try NDArray([[1, 0], [0, 3]]).nonzero()[1].repr() }),
        ("np.nonzero(np.array(3))", { try NDArray(3).nonzero()[0].repr() }),
        ("np.where(np.array([0., 2., 0., 1.]))[0]", { try NDArray.where(NDArray([0.0, 2, 0, 1]))[0].repr() }),
    ]

    @Test("Indexing examples and messages match NumPy", .enabled(if: NumPyOracle.unavailableReason == nil, "python3 with NumPy is not available"))
    func examples() throws {
        try NumPyOracle.expectSameAsNumPy(Self.cases)
    }

    @Test(".at[] updates and reads match JAX (fixture)")
    func jaxAt() throws {
        struct Fixture: Decodable {
            var results: [String: AnyValue]
            var immutable: String
        }
        /// A nested list of numbers, or a number.
        indirect enum AnyValue: Decodable, Equatable {
            case number(Double), list([AnyValue])
            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let number = try? container.decode(Double.self) { self = .number(number) } else { self = .list(try container.decode([AnyValue].self)) }
            }
        }
        func value(_ array: NDArray) -> AnyValue {
            func build(_ elements: ArraySlice<CastValue>, _ shape: ArraySlice<Int>) -> AnyValue {
                guard let first = shape.first else {
                    if case .floating(let d) = elements.first! { return .number(d) }
                    return .number(.nan)
                }
                let step = shape.dropFirst().reduce(1, *)
                return .list((0..<first).map { i in
                    build(elements[(elements.startIndex + i * step)..<(elements.startIndex + (i + 1) * step)], shape.dropFirst())
                })
            }
            return build(ArraySlice(array.elements), ArraySlice(array.shape))
        }
        let url = try #require(Bundle.module.url(forResource: "Fixtures/jax-at", withExtension: "json"))
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
        let x = try NDArray.arange(6, dtype: .float32).reshaped([2, 3])
        let ours: [String: NDArray] = [
            "set_element": try x.jaxAtUpdated([.integer(0), .integer(1)], .set, .scalar(10.0)),
            "set_row": try x.jaxAtUpdated([.integer(1)], .set, .array(NDArray([7.0, 8.0, 9.0]))),
            "add_repeated": try x.jaxAtUpdated([.array(NDArray([0, 0, 1])), .integer(2)], .add, .scalar(1.0)),
            "multiply_column": try x.jaxAtUpdated([.all, .integer(1)], .multiply, .scalar(3.0)),
            "min_mask": try x.jaxAtUpdated([.array(UFunc.greater(.array(x), .scalar(2)))], .min, .scalar(3.5)),
            "max_slice": try x.jaxAtUpdated([.integer(0), .slice(start: nil, stop: nil, step: 2)], .max, .scalar(1.5)),
            "set_out_of_range": try x.jaxAtUpdated([.array(NDArray([0, 5]))], .set, .scalar(-1.0)),
            "get_out_of_range": try x.jaxAtGet([.array(NDArray([1, 7]))]),
            "get_negative": try x.jaxAtGet([.integer(-1), .integer(-2)]),
        ]
        for (name, expected) in fixture.results {
            let result = try #require(ours[name], "\(name)")
            #expect(value(result) == expected, "\(name)")
            #expect(result.dtype == .float32 || name.hasPrefix("get"), "\(name) keeps x's dtype")
        }
        #expect(NDArray.jaxImmutableAssignmentMessage == fixture.immutable)
        #expect(x.repr() == "array([[0., 1., 2.],\n       [3., 4., 5.]], dtype=float32)", ".at[] leaves x unchanged")
    }
}
