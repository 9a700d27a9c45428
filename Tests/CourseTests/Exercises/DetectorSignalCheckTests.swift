import Course
import Testing

/// `detector-signal`: the broadcast signal equals the reference within allclose and beats
/// the loops; loops, calls of the loop version and wrong expressions fail.
@Suite("check: detector-signal")
struct DetectorSignalCheckTests {
    @Test("Correct answers pass and report the speed-up", arguments: [
        "signal = gain[:, np.newaxis] * source + glitch + offset[:, np.newaxis] + noise",
        "signal = gain[:, None] * source[None, :] + glitch[None, :] + offset[:, None] + noise",
        "signal = (gain.reshape(-1, 1) * source + offset.reshape(-1, 1)) + glitch + noise",
        "signal = np.outer(gain, source) + glitch + offset[:, None] + noise",
        "g = gain[:, None]\no = offset[:, None]\nsignal = g * source + glitch + o + noise",
        "signal = noise + glitch + (gain * source[:, None]).T + offset[:, None]",
    ])
    func correct(answer: String) throws {
        let verdict = try AnswerHarness.verdict("detector-signal", answer)
        #expect(verdict.status == .pass, "\(verdict)")
        #expect(verdict.message.hasPrefix("signal matches the reference, "), "\(verdict.message)")
        #expect(verdict.message.contains("faster than the loops (your answer "))
    }

    @Test("Wrong answers fail with the reason", arguments: [
        ("signal = np.empty((NDETECTOR, NSAMPLE))\nfor d in range(NDETECTOR):\n    signal[d] = gain[d] * source + glitch + offset[d] + noise[d]",
         Verdict.Status.fail,
         "Exercises/03-detector-signal.md, line 69 uses a for loop; broadcast the per-detector arrays as columns against the per-sample rows instead"),
        ("signal = signal_with_loops()", .fail,
         "Exercises/03-detector-signal.md, line 68 uses signal_with_loops; the answer must replace the loops, not call them"),
        ("signal = np.array([gain[d] * source + glitch + offset[d] + noise[d] for d in range(NDETECTOR)])", .fail,
         "Exercises/03-detector-signal.md, line 68 uses a list comprehension; broadcast the per-detector arrays as columns against the per-sample rows instead"),
        ("signal = gain[:, None] * source + glitch + offset[:, None]", .fail, "signal differs from the reference"),
        ("signal = gain[:, None] * source + glitch + offset + noise", .error, "your answer raised ValueError"),
        ("signal = gain * source[:, None] + glitch[:, None] + offset + noise.T", .fail, "signal differs from the reference"),
        ("signal = (gain[:, None] * source + glitch + offset[:, None] + noise).tolist()", .fail,
         "signal is a list; it must be a NumPy array of shape (8, 1000)"),
        ("signal = np.zeros((8, 1000))", .fail, "signal differs from the reference"),
        ("signal = (gain[:, None] * source + glitch + offset[:, None] + noise).astype(np.float32)", .fail,
         "signal differs from the reference"),
        ("signal = ...", .notStarted,
         "Exercises/03-detector-signal.md, line 68 still holds the placeholder ...; write your answer there"),
    ])
    func wrong(answer: String, status: Verdict.Status, message: String) throws {
        let verdict = try AnswerHarness.verdict("detector-signal", answer)
        #expect(verdict.status == status, "\(verdict)")
        #expect(verdict.message == message)
    }

    @Test("A wrong signal says where it differs and by how much")
    func differences() throws {
        let verdict = try AnswerHarness.verdict("detector-signal", "signal = gain[:, None] * source + glitch + offset[:, None]")
        #expect(verdict.details.count == 3)
        #expect(verdict.details.first?.hasPrefix("8000 of 8000 elements differ (np.allclose with rtol=1e-05, atol=1e-08)") == true
            || verdict.details.first?.contains("of 8000 elements differ") == true, "\(verdict.details)")
        #expect(verdict.details[1].hasPrefix("first at index (0, 0): got "), "\(verdict.details)")
        #expect(verdict.details[2].hasPrefix("largest absolute error "))
        let shape = try AnswerHarness.verdict("detector-signal", "signal = gain * source[:, None] + glitch[:, None] + offset + noise.T")
        #expect(shape.details == ["signal has shape (1000, 8), expected (8, 1000)"])
        let dtype = try AnswerHarness.verdict(
            "detector-signal", "signal = (gain[:, None] * source + glitch + offset[:, None] + noise).astype(np.float32)")
        #expect(dtype.details == ["signal has dtype float32, expected float64"])
    }

    /// The limit is ten times what the answer's own runs take in a debug build and well below
    /// the loops' timing (runs of about 0.6 s each until a second has passed), which would
    /// exceed it if charged.
    @Test("The checker's timing of the loops is not charged to the answer's time limit")
    func loopsNotCharged() throws {
        let verdict = try AnswerHarness.verdict(
            "detector-signal", "signal = gain[:, None] * source + glitch + offset[:, None] + noise", options: CheckOptions(timeout: 1))
        #expect(verdict.status == .pass, "\(verdict)")
    }

    @Test("What the answer prints is shown once, though the timing runs it many times")
    func printedOnce() throws {
        let verdict = try AnswerHarness.verdict(
            "detector-signal", "print('computing')\nsignal = gain[:, None] * source + glitch + offset[:, None] + noise")
        #expect(verdict.status == .pass)
        #expect(verdict.output == "computing\n")
    }

    /// The answer sleeps 6 s; the loops take about 0.6 s in a debug build, and 2.7 s was seen
    /// with the suite running beside two busy processes (when a 2.5 s sleep was not enough).
    /// It runs twice (once, then timed), hence the longer limit.
    @Test("An answer slower than the loops fails, and says both times")
    func slower() throws {
        let verdict = try AnswerHarness.verdict(
            "detector-signal", "import time\ntime.sleep(6)\nsignal = gain[:, None] * source + glitch + offset[:, None] + noise",
            options: CheckOptions(timeout: 60))
        #expect(verdict.status == .fail, "\(verdict)")
        #expect(verdict.message.hasPrefix("signal is right, but your answer is not faster than the loops (your answer 6."), "\(verdict)")
        #expect(verdict.message.contains(", the loops "), "\(verdict)")
    }
}
