import Dispatch
import Interpreter
import TensorCore

/// `detector-signal`: `signal` computed with broadcasting, no loop, comprehension or call
/// of the given loop version, equal to the reference within `np.allclose`, and faster than
/// the loops when both are timed (within a bounded budget).
struct DetectorSignalJudge: ExerciseJudge {
    let id = "detector-signal"
    static let inputNames = ["gain", "offset", "source", "glitch", "noise"]

    func judge(_ answer: ExerciseSheet, given: ExerciseSheet, inspection: AnswerInspection, options: CheckOptions) -> Verdict {
        if let verdict = inspection.loopVerdict(
            path: answer.path, advice: "broadcast the per-detector arrays as columns against the per-sample rows instead")
        {
            return verdict
        }
        if let use = inspection.names.first(where: { $0.name == "signal_with_loops" }) {
            return Verdict(
                .fail, "\(answer.path), line \(use.line) uses signal_with_loops; the answer must replace the loops, not call them")
        }
        let run = AnswerRun(exercise: id, limit: options.timeout)
        do {
            try run.runGiven(given)
            let inputs = try Self.inputs(of: run)
            try run.runAnswer(answer.answerCells, path: answer.path)
            let expected = try DetectorSignal.withBroadcasting(inputs)
            let got: NDArray
            switch try run.required("signal") {
            case .array(let array): got = array
            case .other("ellipsis", _): return Verdict(.notStarted, "signal is still the placeholder ...", output: run.output)
            case .jaxArray: return Verdict(.fail, "signal is a JAX array; compute it with NumPy from the given arrays", output: run.output)
            case let other:
                return Verdict(.fail, "signal is a \(other.typeName); it must be a NumPy array of shape (8, 1000)", output: run.output)
            }
            if let differences = ArrayComparison().differences(got: got, expected: expected, name: "signal") {
                return Verdict(.fail, "signal differs from the reference", details: differences, output: run.output)
            }
            // What the answer printed once; the timing runs it again many times.
            let output = run.output
            let timing = try Self.time(answer: answer, given: given, run: run, budget: options.timingBudget)
            let speed = "your answer \(Self.duration(timing.answer)), the loops \(Self.duration(timing.loops))"
            guard timing.answer < timing.loops else {
                return Verdict(
                    .fail, "signal is right, but your answer is not faster than the loops (\(speed))",
                    details: ["One broadcast expression over the whole (8, 1000) array should be hundreds of times faster."],
                    output: output)
            }
            let ratio = timing.loops / timing.answer
            return Verdict(
                .pass, "signal matches the reference, \(Self.factor(ratio)) faster than the loops (\(speed))", output: output)
        } catch let stopped as AnswerRun.Stopped {
            return stopped.verdict
        } catch {
            return Verdict(.error, "the checker could not compute the reference: \(error)", output: run.output)
        }
    }

    /// Copies of the given arrays, taken before the answer runs, so the reference cannot
    /// be changed by an answer that modifies them.
    static func inputs(of run: AnswerRun) throws(AnswerRun.Stopped) -> DetectorSignal.Inputs {
        var arrays: [String: NDArray] = [:]
        for name in inputNames {
            guard case .array(let array)? = run.interpreter.value(of: name), let copy = try? array.copy() else {
                throw AnswerRun.Stopped(verdict: Verdict(.error, "the given setup did not define the array '\(name)'; this is a fault in the course"))
            }
            arrays[name] = copy
        }
        return DetectorSignal.Inputs(
            gain: arrays["gain"]!, offset: arrays["offset"]!, source: arrays["source"]!, glitch: arrays["glitch"]!,
            noise: arrays["noise"]!)
    }

    /// The best time of the answer cells run again, and of the given loops called in an
    /// interpreter of their own, sharing `budget` seconds.
    static func time(answer: ExerciseSheet, given: ExerciseSheet, run: AnswerRun, budget: Double) throws(AnswerRun.Stopped) -> (answer: Double, loops: Double) {
        // The loops are the course's code: their time is not charged to the answer's limit.
        let loopsRun = AnswerRun(exercise: "detector-signal", limit: budget + 30)
        try loopsRun.runGiven(given)
        let loops = try best(within: budget / 2, runs: 3) { () throws(AnswerRun.Stopped) in
            _ = try loopsRun.call("signal_with_loops", with: [], describing: "signal_with_loops()")
        }
        let sources = answer.answerCells.map {
            SourceFile($0.source, name: answer.path, firstLine: $0.sourceLines.lowerBound)
        }
        let mine = try best(within: budget / 2, runs: 50) { () throws(AnswerRun.Stopped) in
            for source in sources { try run.run(source) }
        }
        return (mine, loops)
    }

    /// The shortest of up to `runs` timed calls, stopping early when `seconds` are spent
    /// (always at least one call).
    static func best(within seconds: Double, runs: Int, _ body: () throws(AnswerRun.Stopped) -> Void) throws(AnswerRun.Stopped) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        var best = Double.infinity
        for _ in 0..<runs {
            let before = DispatchTime.now().uptimeNanoseconds
            try body()
            let after = DispatchTime.now().uptimeNanoseconds
            best = min(best, Double(after - before) / 1e9)
            if Double(after - start) / 1e9 > seconds { break }
        }
        return best
    }

    /// `45.2 µs`, `21.3 ms`, `1.20 s`.
    static func duration(_ seconds: Double) -> String {
        if seconds < 1e-3 { return String(format: "%.1f µs", seconds * 1e6) }
        if seconds < 1 { return String(format: "%.1f ms", seconds * 1e3) }
        return String(format: "%.2f s", seconds)
    }

    /// `480×`, `3.2×`.
    static func factor(_ ratio: Double) -> String {
        ratio >= 10 ? String(format: "%.0f×", ratio) : String(format: "%.1f×", ratio)
    }
}
