import Foundation
import Interpreter
import TensorCore

/// `madhava-pi`: `pi` within 1e-15 of π with the given N = 30, computed without loops or
/// comprehensions, and equal to the series for other values of N too (so a hard-coded π,
/// or a term too few, fails).
struct MadhavaPiJudge: ExerciseJudge {
    let id = "madhava-pi"
    static let tolerance = 1e-15
    /// The other term counts the answer is run with.
    static let otherTerms = [5, 12]

    func judge(_ answer: ExerciseSheet, given: ExerciseSheet, inspection: AnswerInspection, options: CheckOptions) -> Verdict {
        if let verdict = inspection.loopVerdict(
            path: answer.path, advice: "compute every term at once with np.arange and array operations")
        {
            return verdict
        }
        if let binding = inspection.bindings.first(where: { $0.name == "N" }) {
            return Verdict(
                .fail, "\(answer.path), line \(binding.line) sets N; use the N of the given cell",
                details: ["The checker runs your answer with other values of N, and the answer must follow them."])
        }
        let run = AnswerRun(exercise: id, limit: options.timeout)
        do {
            try run.runGiven(given)
            try run.runAnswer(answer.answerCells, path: answer.path)
            let value = try Self.number(run.required("pi"), output: run.output)
            let error = abs(value - Double.pi)
            guard error <= Self.tolerance else {
                return Verdict(
                    .fail, "pi is \(ArrayComparison.number(value)), \(Self.scientific(error)) away from π; it must be within 1e-15",
                    details: [
                        "π is \(Double.pi); the first \(MadhavaPi.terms) terms of the series give \(try MadhavaPi.value())",
                        "Check the terms: k runs from 0 to N − 1, and each term is (−1/3)^k / (2k + 1).",
                    ], output: run.output)
            }
            for terms in Self.otherTerms {
                let other = AnswerRun(exercise: id, limit: max(run.remaining, 0.001))
                try other.runGiven(given)
                other.interpreter.setValue(.int(terms), of: "N")
                try other.runAnswer(answer.answerCells, path: answer.path)
                let got = try Self.number(other.required("pi"), output: other.output)
                let expected = try MadhavaPi.value(terms: terms)
                guard abs(got - expected) <= 1e-12 * abs(expected) else {
                    return Verdict(
                        .fail, "pi does not follow N: with N = \(terms), pi is \(ArrayComparison.number(got)), but the first \(terms) terms give \(ArrayComparison.number(expected))",
                        details: ["Build the terms from N (np.arange(N)), not from a number of your own or a value of π."],
                        output: run.output)
                }
            }
            return Verdict(
                .pass,
                "pi = \(ArrayComparison.number(value)), \(Self.scientific(error)) from π, and it follows N (checked with N = \(Self.otherTerms.map(String.init).joined(separator: " and ")))",
                output: run.output)
        } catch let stopped as AnswerRun.Stopped {
            return stopped.verdict
        } catch {
            return Verdict(.error, "the checker could not compute the reference: \(error)", output: run.output)
        }
    }

    /// A single real number out of a float, an int, a NumPy scalar or a 0-d array.
    static func number(_ value: PythonValue, output: String) throws(AnswerRun.Stopped) -> Double {
        switch value {
        case .float(let number): return number
        case .int(let number): return Double(number)
        case .bool: break
        case .numpyScalar(let array), .array(let array), .jaxArray(let array):
            if array.ndim == 0, array.dtype.kind != .boolean, let item = try? array.item() { return item.doubleValue }
            if array.ndim > 0 {
                throw AnswerRun.Stopped(verdict: Verdict(
                    .fail, "pi is an array of shape \(BroadcastShapes.text(array.shape)); it must be a single number",
                    details: ["Add the terms up with np.sum."], output: output))
            }
        case .other(let typeName, _) where typeName == "ellipsis":
            throw AnswerRun.Stopped(verdict: Verdict(.notStarted, "pi is still the placeholder ...", output: output))
        default: break
        }
        throw AnswerRun.Stopped(verdict: Verdict(.fail, "pi is a \(value.typeName); it must be a number", output: output))
    }

    /// `4.4e-16`, as Python's `f"{x:.1e}"` writes it.
    static func scientific(_ value: Double) -> String {
        value == 0 ? "0" : String(format: "%.1e", value)
    }
}
