import Course
import Foundation
import Interpreter
import TensorCore
import TestSupport
import Testing

/// The Swift reference solutions against the real NumPy, and against the exercises' given
/// cells run by the interpreter: the same numbers, bit for bit.
@Suite("reference solutions")
struct ReferenceSolutionTests {
    static let script = """
        import json, sys
        import numpy as np
        for line in sys.stdin:
            case = json.loads(line)
            if case["kind"] == "pi":
                k = np.arange(case["n"])
                value = np.sqrt(12) * np.sum((-1 / 3) ** k / (2 * k + 1))
                print(json.dumps({"hex": float(value).hex()}))
            elif case["kind"] == "signal":
                np.random.seed(2024)
                time = np.arange(1000) * 0.1
                glitch = np.zeros(1000)
                glitch[100:] = 20 * np.exp(-time[:-100] / 0.3)
                gain = 1 + 0.03 * np.random.standard_normal(8)
                offset = np.arange(8)
                source = 7 * np.sin(2 * np.pi * time / 5)
                noise = 0.7 * np.random.standard_normal((8, 1000))
                signal = gain[:, None] * source + glitch + offset[:, None] + noise
                print(json.dumps({"hex": [float(x).hex() for x in signal.ravel()[::97]]}))
            elif case["kind"] == "shapes":
                out = []
                for a, b in case["pairs"]:
                    try:
                        out.append(list(np.broadcast_shapes(tuple(a), tuple(b))))
                    except ValueError:
                        out.append(None)
                print(json.dumps({"shapes": out}))
        """

    static func oracle(_ cases: [[String: Any]]) throws -> [[String: Any]] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reference-\(UUID().uuidString).py").path
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        return try PythonProcess.evaluate(script: path, cases)
    }

    static func hex(_ value: Double) -> String {
        // Python's float.hex: 0x1.921fb54442d18p+1
        guard value != 0 else { return value.sign == .minus ? "-0x0.0p+0" : "0x0.0p+0" }
        let sign = value < 0 ? "-" : ""
        let magnitude = abs(value)
        var mantissa = String(magnitude.significandBitPattern, radix: 16)
        mantissa = String(repeating: "0", count: 13 - mantissa.count) + mantissa
        return "\(sign)0x1.\(mantissa)p\(magnitude.exponent >= 0 ? "+" : "")\(magnitude.exponent)"
    }

    @Test("Madhava's series equals NumPy's for N = 1 … 40, bit for bit")
    func madhava() throws {
        let terms = Array(1...40)
        let answers = try Self.oracle(terms.map { ["kind": "pi", "n": $0] })
        for (n, answer) in zip(terms, answers) {
            #expect(Self.hex(try MadhavaPi.value(terms: n)) == answer["hex"] as? String, "N = \(n)")
        }
    }

    @Test("The detector signal from the seeded inputs equals NumPy's, bit for bit")
    func detectorSignal() throws {
        let answer = try Self.oracle([["kind": "signal"]])[0]["hex"] as! [String]
        let signal = try DetectorSignal.withBroadcasting(DetectorSignal.Inputs.generate())
        let values = signal.elements.enumerated().filter { $0.offset % 97 == 0 }.map { element -> String in
            guard case .floating(let value) = element.element else { return "" }
            return Self.hex(value)
        }
        #expect(values == answer)
    }

    @Test("Loops and broadcasting agree bit for bit, and so do the given cells run by the interpreter")
    func givenCellsMatchSwiftInputs() throws {
        let sheet = try ExerciseCatalogue.sheet("detector-signal")
        let interpreter = Interpreter { _ in }
        for cell in sheet.givenCells { try interpreter.run(SourceFile(cell.source)) }
        let inputs = try DetectorSignal.Inputs.generate()
        let named = ["gain": inputs.gain, "offset": inputs.offset, "source": inputs.source, "glitch": inputs.glitch, "noise": inputs.noise]
        for (name, expected) in named {
            guard case .array(let array)? = interpreter.value(of: name) else {
                Issue.record("\(name) is not an array")
                continue
            }
            #expect(array.shape == expected.shape && array.dtype == expected.dtype && array.elements == expected.elements, "\(name)")
        }
        #expect(try DetectorSignal.withLoops(inputs).elements == DetectorSignal.withBroadcasting(inputs).elements)
    }

    @Test("The five broadcast results are NumPy's")
    func broadcastShapes() throws {
        let pairs = BroadcastShapes.pairs.map { [$0.0, $0.1] }
        let answer = try Self.oracle([["kind": "shapes", "pairs": pairs]])[0]["shapes"] as! [Any]
        let expected: [[Int]?] = answer.map { $0 as? [Int] }
        #expect(BroadcastShapes.answers == expected)
    }

    @Test("Normalising leaves unit vectors along the last axis in the input's dtype")
    func normalize() throws {
        for dtype in [DType.float32, .float64] {
            let v = try RandomState(seed: 3).standardNormal([2, 3, 4]).astype(dtype)
            let unit = try Normalize.apply(v)
            #expect(unit.dtype == dtype)
            #expect(unit.shape == [2, 3, 4])
            let norms = try UFunc.sqrt(.array(UFunc.multiply(.array(unit), .array(unit)).sum(axis: [-1])))
            for norm in norms.elements {
                guard case .floating(let value) = norm else { continue }
                #expect(abs(value - 1) < (dtype == .float32 ? 1e-6 : 1e-14))
            }
        }
    }
}
