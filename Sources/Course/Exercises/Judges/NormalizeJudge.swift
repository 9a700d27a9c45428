import Interpreter
import TensorCore

/// `normalize`: `fast_normalize(v)` returns v divided by the norms of its vectors along
/// the last axis, without loops, in v's dtype, leaving v unchanged; checked on float32 and
/// float64 arrays of shapes (10, 3), (1, 3) and (5, 4) (a zero vector included, which must
/// give nan as NumPy's division does). Shapes (4, 5, 3) and (2, 3, 4, 5) decide the bonus.
struct NormalizeJudge: ExerciseJudge {
    let id = "normalize"

    /// One call the check makes.
    struct Case {
        var shape: [Int]
        var dtype: DType
        /// The row (in C order over the leading axes) set to zeros, if any.
        var zeroRow: Int?

        var label: String { "shape \(BroadcastShapes.text(shape)) \(dtype.name)" }
    }

    static let required: [Case] = [
        Case(shape: [10, 3], dtype: .float64, zeroRow: 3), Case(shape: [10, 3], dtype: .float32, zeroRow: nil),
        Case(shape: [1, 3], dtype: .float64, zeroRow: nil), Case(shape: [1, 3], dtype: .float32, zeroRow: nil),
        Case(shape: [5, 4], dtype: .float64, zeroRow: nil),
    ]
    static let bonus: [Case] = [
        Case(shape: [4, 5, 3], dtype: .float64, zeroRow: nil), Case(shape: [4, 5, 3], dtype: .float32, zeroRow: nil),
        Case(shape: [2, 3, 4, 5], dtype: .float64, zeroRow: 7), Case(shape: [2, 3, 4, 5], dtype: .float32, zeroRow: nil),
    ]

    func judge(_ answer: ExerciseSheet, given: ExerciseSheet, inspection: AnswerInspection, options: CheckOptions) -> Verdict {
        if let verdict = inspection.loopVerdict(
            path: answer.path, advice: "reduce along the last axis with one array expression instead")
        {
            return verdict
        }
        let run = AnswerRun(exercise: id, limit: options.timeout)
        do {
            try run.runGiven(given)
            try run.runAnswer(answer.answerCells, path: answer.path)
            switch try run.required("fast_normalize") {
            case .callable: break
            case let other:
                return Verdict(.fail, "fast_normalize is a \(other.typeName); it must be a function", output: run.output)
            }
            let random = try RandomState(seed: 7)
            for test in Self.required {
                if let verdict = try check(test, run: run, random: random) { return verdict }
            }
            var bonus = "bonus (any rank): earned, shapes (4, 5, 3) and (2, 3, 4, 5) are normalised along the last axis"
            for test in Self.bonus {
                if let verdict = try check(test, run: run, random: random) {
                    if verdict.status == .timeout { return verdict }
                    bonus = "bonus (any rank): not yet; for \(test.label): \(verdict.message)"
                    break
                }
            }
            return Verdict(
                .pass, "fast_normalize is right for shapes (10, 3), (1, 3) and (5, 4) in float32 and float64, zero vector included",
                bonus: bonus, output: run.output)
        } catch let stopped as AnswerRun.Stopped {
            return stopped.verdict
        } catch {
            return Verdict(.error, "the checker could not compute the reference: \(error)", output: run.output)
        }
    }

    /// Calls the answer on one case; nil when it is right, else the verdict that says why.
    private func check(_ test: Case, run: AnswerRun, random: RandomState) throws -> Verdict? {
        let input = try random.standardNormal(test.shape).astype(test.dtype)
        if let row = test.zeroRow {
            let last = test.shape.last!
            let rows = try input.reshaped([input.size / last, last])
            try rows.assign(.float(0), at: [IndexComponent.integer(row)])
        }
        let pristine = try input.copy()
        let expected = try Normalize.apply(pristine)
        let call = "fast_normalize(v) with v of \(test.label)"
        let result: PythonValue
        do {
            result = try run.call("fast_normalize", with: [.array(input)], describing: call)
        } catch {
            return error.verdict
        }
        let got: NDArray
        switch result {
        case .array(let array): got = array
        case .other("ellipsis", _): return Verdict(.notStarted, "fast_normalize still returns the placeholder ...", output: run.output)
        case .jaxArray: return Verdict(.fail, "\(call) returned a JAX array; return a NumPy array", output: run.output)
        case let other: return Verdict(.fail, "\(call) returned a \(other.typeName); it must return a NumPy array", output: run.output)
        }
        if ArrayComparison(rtol: 0, atol: 0).differences(got: input, expected: pristine, name: "v") != nil {
            return Verdict(
                .fail, "\(call) changed v in place; return a new array and leave v as it was", output: run.output)
        }
        guard var differences = ArrayComparison().differences(got: got, expected: expected, name: "the result") else { return nil }
        if let row = test.zeroRow, got.shape == expected.shape, got.dtype == expected.dtype {
            let gotRow = try Self.row(row, of: got)
            if gotRow.contains(where: { !$0.isNaN }) {
                differences.append(
                    "row \(row) of v is a zero vector: NumPy's division gives nan there, the result has \(gotRow.map(ArrayComparison.number).joined(separator: ", "))")
            }
        }
        return Verdict(.fail, "\(call) differs from the reference", details: differences, output: run.output)
    }

    private static func row(_ row: Int, of array: NDArray) throws -> [Double] {
        let last = array.shape.last!
        let rows = try array.reshaped([array.size / last, last])
        return try rows.view(at: [IndexComponent.integer(row)]).elements.map(\.doubleValue)
    }
}
