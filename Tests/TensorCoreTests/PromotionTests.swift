import Foundation
import Testing
@testable import TensorCore

@Suite("Type promotion: NumPy 2 (NEP 50) and JAX")
struct PromotionTests {
    static let names = DType.allCases.map(\.name)

    @Test("np.promote_types and np.can_cast for every pair and rule match NumPy",
          .enabled(if: NumPyOracle.unavailableReason == nil, "python3 with NumPy is not available"))
    func numpyTables() throws {
        var expressions: [String] = []
        var ours: [String] = []
        for a in DType.allCases {
            for b in DType.allCases {
                expressions.append("np.promote_types('\(a.name)', '\(b.name)')")
                ours.append("dtype('\(NumPyPromotion.promoteTypes(a, b).name)')")
                for rule in CastingRule.allCases {
                    expressions.append("np.can_cast('\(a.name)', '\(b.name)', '\(rule.rawValue)')")
                    ours.append(rule.allows(a, b) ? "True" : "False")
                }
            }
        }
        let numpy = try NumPyOracle.evaluateExpressions(expressions)
        for (index, expression) in expressions.enumerated() {
            #expect(ours[index] == numpy[index], "\(expression)")
        }
    }

    @Test("np.result_type with weak Python scalars matches NumPy",
          .enabled(if: NumPyOracle.unavailableReason == nil, "python3 with NumPy is not available"))
    func numpyWeakScalars() throws {
        let scalars: [(String, Scalar)] = [("True", true), ("1", 1), ("-3", -3), ("1.5", 1.5)]
        var expressions: [String] = []
        var ours: [String] = []
        for a in DType.allCases {
            for (text, scalar) in scalars {
                expressions.append("np.result_type(np.\(a.name == "bool" ? "bool" : a.name), \(text))")
                ours.append("dtype('\(NumPyPromotion.resultType([a], weak: [scalar]).name)')")
            }
        }
        for (first, x) in scalars {
            for (second, y) in scalars {
                expressions.append("np.result_type(\(first), \(second))")
                ours.append("dtype('\(NumPyPromotion.resultType([], weak: [x, y]).name)')")
            }
        }
        let numpy = try NumPyOracle.evaluateExpressions(expressions)
        for (index, expression) in expressions.enumerated() {
            #expect(ours[index] == numpy[index], "\(expression)")
        }
    }

    @Test("The facts file's NumPy promotions")
    func numpyFacts() {
        #expect(NumPyPromotion.resultType([.uint8], weak: [1]) == .uint8)
        #expect(NumPyPromotion.resultType([.float32], weak: [3.0]) == .float32)
        #expect(NumPyPromotion.resultType([.float32, .float64]) == .float64)
        #expect(NumPyPromotion.resultType([.int8], weak: [1.5]) == .float64)
        #expect(NumPyPromotion.promoteTypes(.uint8, .int8) == .int16)
        #expect(NumPyPromotion.promoteTypes(.int64, .float32) == .float64)
        #expect(NumPyPromotion.promoteTypes(.int16, .float16) == .float32)
        #expect(NumPyPromotion.promoteTypes(.uint64, .int64) == .float64)
        #expect(NumPyPromotion.resultType([.bool], weak: [true]) == .bool)
        #expect(NumPyPromotion.resultType([.bool], weak: [1]) == .int64)
    }

    struct JAXFixture: Decodable {
        struct ResultType: Decodable {
            var x64: Bool
            var a: String
            var b: String
            var dtype: String
            var weak: Bool
        }
        var jax: String
        /// `jnp.promote_types` tables with x64 off (`x32`) and on (`x64`).
        var promote_types: [String: [String: [String: String]]]
        var result_types: [ResultType]
    }

    static func jaxFixture() throws -> JAXFixture {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/jax-promotion", withExtension: "json"))
        return try JSONDecoder().decode(JAXFixture.self, from: Data(contentsOf: url))
    }

    @Test("jnp.promote_types for every pair, x64 off and on, matches JAX's fixture", arguments: [false, true])
    func jaxTable(x64: Bool) throws {
        let table = try #require(Self.jaxFixture().promote_types[x64 ? "x64" : "x32"])
        for a in DType.allCases {
            for b in DType.allCases {
                #expect(JAXPromotion.promoteTypes(a, b, x64: x64).name == table[a.name]?[b.name], "\(a) \(b)")
            }
        }
    }

    @Test("JAX results with weak Python scalars, with x64 off and on, match JAX's fixture")
    func jaxResultTypes() throws {
        func node(_ name: String, x64: Bool) -> JAXPromotion.Node {
            switch name {
            case "int": .weakInteger
            case "float": .weakFloat
            default: .dtype(JAXPromotion.canonical(DType(named: name)!, x64: x64))
            }
        }
        let fixture = try Self.jaxFixture()
        #expect(fixture.result_types.count == 344)
        for expected in fixture.result_types {
            let result = JAXPromotion.resultType([node(expected.a, x64: expected.x64), node(expected.b, x64: expected.x64)], x64: expected.x64)
            #expect(result.dtype.name == expected.dtype && result.isWeak == expected.weak,
                    "\(expected.a) + \(expected.b) with x64=\(expected.x64): JAX gives \(expected.dtype) weak=\(expected.weak)")
        }
    }
}
