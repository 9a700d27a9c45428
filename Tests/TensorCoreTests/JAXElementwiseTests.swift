import Foundation
import Testing
@testable import TensorCore

/// `jax.numpy` semantics against facts recorded from JAX 0.10 (x64 off): result dtype,
/// weak type, values (where they do not depend on XLA's math library) and errors.
@Suite("Elementwise functions with JAX's semantics")
struct JAXElementwiseTests {
    struct Fixture: Decodable {
        struct Case: Decodable {
            var function: String
            /// The dtype of the operands.
            var input: String
            var other: String
            /// The dtype of JAX's result.
            var result: String?
            var weak: Bool?
            var values: [Value]?
            var error: String?
        }
        /// A number, a boolean, or "nan", "inf", "-inf", as the fixture script wrote JAX's values.
        enum Value: Decodable, Equatable {
            case number(Double), flag(Bool), nan
            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let flag = try? container.decode(Bool.self) {
                    self = .flag(flag)
                } else if let number = try? container.decode(Double.self) {
                    self = .number(number)
                } else {
                    switch try container.decode(String.self) {
                    case "inf": self = .number(.infinity)
                    case "-inf": self = .number(-.infinity)
                    default: self = .nan
                    }
                }
            }
        }
        var jax: String
        var left: [Int64]
        var right: [Int64]
        var cases: [Case]
    }

    @Test("Every recorded call gives JAX's dtype, weak type, values or error")
    func fixture() throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/jax-ufuncs", withExtension: "json"))
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
        #expect(fixture.cases.count == 708)
        for testCase in fixture.cases {
            let label = "\(testCase.function)(\(testCase.input), \(testCase.other))"
            let function = try #require(UFunc.allCases.first { $0.jaxName == testCase.function || $0.name == testCase.function }, "\(label)")
            let dtype = try #require(DType(named: testCase.input))
            let left = try NDArray(.list(fixture.left.map { .scalar(.int($0)) }), dtype: .int64).astype(dtype)
            var operands: [JAXOperand] = [.array(left)]
            if function.arity == 2 {
                switch testCase.other {
                case "array": operands.append(.array(try NDArray(.list(fixture.right.map { .scalar(.int($0)) }), dtype: .int64).astype(dtype)))
                case "int": operands.append(.scalar(3))
                case "float": operands.append(.scalar(1.5))
                default: operands.append(.scalar(1000))
                }
            }
            do {
                let result = try function.applyJAX(operands)
                #expect(testCase.error == nil, "\(label): JAX raised \(testCase.error ?? "")")
                #expect(result.array.dtype.name == testCase.result, "\(label)")
                #expect(result.isWeak == testCase.weak, "\(label) weak")
                if let expected = testCase.values {
                    let ours: [Fixture.Value] = result.array.elements.map { value in
                        switch value {
                        case .bool(let b): .flag(b)
                        case .signed(let v): .number(Double(v))
                        case .unsigned(let v): .number(Double(v))
                        case .floating(let d): d.isNaN ? .nan : .number(d)
                        }
                    }
                    #expect(ours == expected, "\(label) values")
                }
            } catch {
                #expect(error.description == testCase.error, "\(label)")
            }
        }
    }
}

