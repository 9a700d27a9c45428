import Course
import Testing

/// An answer cannot change how it is judged: values are read and compared in Swift, in a
/// fresh interpreter per exercise, so rebinding names, printing "PASS" or stopping the
/// interpreter all get the verdict the answer deserves.
@Suite("check: integrity")
struct IntegrityTests {
    static let rightPi = "k = np.arange(N)\npi = np.sqrt(12) * np.sum((-1 / 3) ** k / (2 * k + 1))"

    @Test("Rebinding np, np.allclose, np.isclose, abs or print does not sway the verdict", arguments: [
        ("np.allclose = lambda *args, **kwargs: True\nsignal = np.zeros((8, 1000))", "detector-signal", Verdict.Status.fail),
        ("np.isclose = lambda *args, **kwargs: True\nnp.allclose = np.isclose\nsignal = noise", "detector-signal", .fail),
        ("abs = lambda x: 0\npi = 3.0", "madhava-pi", .fail),
        ("print = None\nlen = None\n" + rightPi, "madhava-pi", .pass),
        (rightPi + "\nimport math\nmath.pi = pi\nnp.pi = pi\nnp = None", "madhava-pi", .pass),
        ("np = None\ndef fast_normalize(v):\n    return v", "normalize", .fail),
        ("isinstance = lambda *a: True\ntype = None\nanswers = [(7, 4), (7, 4), (7, 4), (7, 4), (7, 4)]", "broadcast-shapes", .fail),
    ])
    func rebinding(answer: String, exercise: String, status: Verdict.Status) throws {
        let verdict = try AnswerHarness.verdict(exercise, answer)
        #expect(verdict.status == status, "\(verdict)")
    }

    @Test("Printing PASS or 'All tests passed' is shown as output, never taken as a verdict")
    func printedPass() throws {
        let verdict = try AnswerHarness.verdict("madhava-pi", "print('PASS')\nprint('All tests passed!')\npi = 3.0")
        #expect(verdict.status == .fail)
        #expect(verdict.output == "PASS\nAll tests passed!\n")
        let right = try AnswerHarness.verdict("madhava-pi", "print('FAIL')\n" + Self.rightPi)
        #expect(right.status == .pass)
    }

    @Test("Warnings are output, not a verdict")
    func warnings() throws {
        let verdict = try AnswerHarness.verdict("madhava-pi", "np.zeros(2) / 0\n" + Self.rightPi)
        #expect(verdict.status == .pass)
        #expect(verdict.output.contains("RuntimeWarning: invalid value encountered in divide"), "\(verdict.output)")
    }

    @Test("Raising SystemExit, or calling exit(), is an error, never a pass", arguments: [
        ("raise SystemExit(0)", "your answer raised SystemExit"),
        ("exit(0)", "your answer raised SystemExit"),
        ("quit()", "your answer raised SystemExit"),
        ("raise KeyboardInterrupt", "your answer raised KeyboardInterrupt"),
    ])
    func stopping(answer: String, message: String) throws {
        let verdict = try AnswerHarness.verdict("madhava-pi", answer)
        #expect(verdict.status == .error, "\(verdict)")
        #expect(verdict.message == message)
    }

    @Test("A list where an array is expected fails, even with the right numbers")
    func listForArray() throws {
        let verdict = try AnswerHarness.verdict(
            "normalize", "def fast_normalize(v):\n    return (v / np.linalg.norm(v, axis=-1, keepdims=True)).tolist()")
        #expect(verdict.status == .fail)
        #expect(verdict.message.hasSuffix("returned a list; it must return a NumPy array"))
    }

    @Test("Hard-coding the value for one size fails on the others")
    func hardCoded() throws {
        #expect(try AnswerHarness.verdict("madhava-pi", "pi = 3.141592653589793").status == .fail)
        let normalize = try AnswerHarness.verdict(
            "normalize", "def fast_normalize(v):\n    return v / np.sqrt(v[:, 0] ** 2 + v[:, 1] ** 2 + v[:, 2] ** 2)[:, None]")
        #expect(normalize.status == .fail)
    }

    @Test("Changing the given arrays cannot change the reference")
    func givenArraysModified() throws {
        let verdict = try AnswerHarness.verdict(
            "detector-signal", "noise[:] = 0\nglitch[:] = 0\nsignal = gain[:, None] * source + offset[:, None]")
        #expect(verdict.status == .fail)
        #expect(verdict.message == "signal differs from the reference")
    }

    @Test("An endless answer is a timeout, said plainly")
    func timeout() throws {
        let verdict = try AnswerHarness.verdict(
            "broadcast-shapes", "answers = []\nwhile True:\n    pass", options: CheckOptions(timeout: 0.5))
        #expect(verdict.status == .timeout)
        #expect(verdict.message == "timed out: the answer was still running after 0.5 s")
        let sleeping = try AnswerHarness.verdict(
            "madhava-pi", "import time\ntime.sleep(30)\n" + Self.rightPi, options: CheckOptions(timeout: 0.5))
        #expect(sleeping.status == .timeout, "\(sleeping)")
    }

    @Test("Each exercise runs in a fresh interpreter: one answer's rebinding does not reach another")
    func freshInterpreters() throws {
        let first = try AnswerHarness.verdict("madhava-pi", "np.sqrt = None\nnp.sum = None\npi = 3.0")
        #expect(first.status == .fail)
        let second = try AnswerHarness.verdict("madhava-pi", Self.rightPi)
        #expect(second.status == .pass, "\(second)")
    }

    @Test("An error's traceback names the sheet's own lines")
    func traceback() throws {
        let verdict = try AnswerHarness.verdict("normalize", "def fast_normalize(v):\n    return v / missing_name")
        #expect(verdict.status == .error)
        #expect(verdict.details == [
            "Traceback (most recent call last):",
            "  File \"Exercises/04-normalize.md\", line 39, in fast_normalize",
            "    return v / missing_name",
            "               ^^^^^^^^^^^^",
            "NameError: name 'missing_name' is not defined",
        ])
        let syntax = try AnswerHarness.verdict("madhava-pi", "pi = (1 +")
        #expect(syntax.status == .error)
        #expect(syntax.message == "your answer is not valid Python")
        #expect(syntax.details.first == "  File \"Exercises/01-madhava-pi.md\", line 40", "\(syntax.details)")
    }
}

/// A student who edits the given cells of a sheet is judged on the course's given cells,
/// and told so.
@Suite("check: given cells")
struct GivenCellsTests {
    @Test("Edited given cells are replaced by the course's, with a note")
    func editedGiven() throws {
        var sheet = try AnswerHarness.sheet("madhava-pi", answer: IntegrityTests.rightPi)
        let edited = sheet.text.replacingOccurrences(of: "N = 30\n", with: "N = 3\n")
        #expect(edited != sheet.text)
        sheet = try ExerciseSheet(parsing: edited, path: sheet.path)
        let given = try ExerciseCatalogue.sheet("madhava-pi")
        let verdict = Checker().check(given, answer: .success(sheet), path: sheet.path).verdict
        #expect(verdict.status == .pass, "\(verdict)")
        #expect(verdict.details.last == "note: the given cells of your sheet differ from the course's; the check runs the course's")
    }
}
