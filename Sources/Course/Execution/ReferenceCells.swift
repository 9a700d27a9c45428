import Interpreter
import Notebook
import TensorCore

/// `course run --solutions`: an exercise cell replaced by the course's Swift reference
/// solution, which binds the names the answer would bind and says what it gave.
public enum ReferenceCells {
    /// The outcome of the reference solution for an exercise cell, or nil for any other cell
    /// (which then runs as usual).
    public static func solution(for cell: Cell, executor: CellExecutor) -> CellOutcome? {
        guard let exercise = cell.attributes.exercise else { return nil }
        let interpreter = executor.interpreter
        do {
            let text: String
            switch exercise {
            case "madhava-pi":
                var terms = MadhavaPi.terms
                if case .int(let n)? = interpreter.value(of: "N"), n > 0 { terms = n }
                let pi = try MadhavaPi.value(terms: terms)
                interpreter.setValue(.int(terms), of: "N")
                interpreter.setValue(.float(pi), of: "pi")
                text = "pi = \(pi) from N = \(terms) terms (math.pi = \(Double.pi))"
            case "broadcast-shapes":
                let answers = BroadcastShapes.answers
                interpreter.setValue(.list(answers.map { $0.map { .tuple($0.map(PythonValue.int)) } ?? .none }), of: "answers")
                text = "answers = [" + answers.map { $0.map(BroadcastShapes.text) ?? "None" }.joined(separator: ", ") + "]"
            case "detector-signal":
                func array(_ name: String) throws(ReferenceError) -> NDArray {
                    guard case .array(let value)? = interpreter.value(of: name) else { throw ReferenceError("the setup cell did not define the array \(name)") }
                    return value
                }
                let inputs = DetectorSignal.Inputs(
                    gain: try array("gain"), offset: try array("offset"), source: try array("source"), glitch: try array("glitch"),
                    noise: try array("noise"))
                let signal = try DetectorSignal.withBroadcasting(inputs)
                interpreter.setValue(.array(signal), of: "signal")
                text = "signal: shape \(BroadcastShapes.text(signal.shape)), computed with broadcasting (no loop)"
            case "normalize":
                interpreter.setFunction("fast_normalize") { arguments throws(Interpreter.SwiftFunctionError) in
                    guard arguments.count == 1, case .array(let v) = arguments[0] else {
                        throw Interpreter.SwiftFunctionError("fast_normalize() takes one NumPy array")
                    }
                    do throws(TensorError) {
                        return .array(try Normalize.apply(v))
                    } catch {
                        throw Interpreter.SwiftFunctionError(error.message)
                    }
                }
                text = "fast_normalize(v) divides every vector along the last axis by its Euclidean norm, for any rank"
            default:
                return nil
            }
            return CellOutcome(status: .passed, outputs: [.note("reference solution of '\(exercise)'"), .stream(.stdout, text + "\n")])
        } catch let error as ReferenceError {
            return CellOutcome(status: .failed, outputs: [.error("reference solution of '\(exercise)': \(error.message)\n")])
        } catch let error as TensorError {
            return CellOutcome(status: .failed, outputs: [.error("reference solution of '\(exercise)': \(error.message)\n")])
        } catch {
            return CellOutcome(status: .failed, outputs: [.error("reference solution of '\(exercise)': \(error)\n")])
        }
    }

    struct ReferenceError: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }
}
