import Course
import Testing

/// `madhava-pi`: right answers written differently pass; a term short, loops,
/// comprehensions, hard-coded values and answers that set N fail with their reason.
@Suite("check: madhava-pi")
struct MadhavaPiCheckTests {
    @Test("Correct answers pass, however they are written", arguments: [
        "k = np.arange(N)\npi = np.sqrt(12) * np.sum((-1 / 3) ** k / (2 * k + 1))",
        "pi = np.sqrt(12) * ((-1/3) ** np.arange(N) / (2 * np.arange(N) + 1)).sum()",
        "k = np.arange(N, dtype=float)\npi = 2 * np.sqrt(3) * np.sum((-3.0) ** -k / (2 * k + 1))",
        "import math\nk = np.arange(N)\npi = math.sqrt(12) * float(np.sum(np.power(-1/3, k) / (2*k + 1)))",
        "terms = np.power(-3.0, -np.arange(N)) / np.arange(1, 2 * N, 2)\npi = np.sqrt(12) * terms.sum()",
        "k = np.arange(N)\npi = (np.sqrt(12) * (-1/3) ** k / (2 * k + 1)).sum()",
    ])
    func correct(answer: String) throws {
        let verdict = try AnswerHarness.verdict("madhava-pi", answer)
        #expect(verdict.status == .pass, "\(verdict)")
        #expect(verdict.message.hasPrefix("pi = 3.14159265358979"), "\(verdict.message)")
        #expect(verdict.message.hasSuffix("and it follows N (checked with N = 5 and 12)"))
    }

    @Test("Wrong answers fail with the reason", arguments: [
        ("k = np.arange(N - 1)\npi = np.sqrt(12) * np.sum((-1 / 3) ** k / (2 * k + 1))", Verdict.Status.fail,
         "pi does not follow N: with N = 5, pi is 3.1378528915956805, but the first 5 terms give 3.1426047456630846"),
        ("pi = 0\nfor k in range(N):\n    pi += np.sqrt(12) * (-1 / 3) ** k / (2 * k + 1)", .fail,
         "Exercises/01-madhava-pi.md, line 41 uses a for loop; compute every term at once with np.arange and array operations"),
        ("pi = np.sqrt(12) * sum([(-1/3)**k / (2*k + 1) for k in range(N)])", .fail,
         "Exercises/01-madhava-pi.md, line 40 uses a list comprehension; compute every term at once with np.arange and array operations"),
        ("k = 0\nwhile k < N:\n    k += 1\npi = 3.141592653589793", .fail,
         "Exercises/01-madhava-pi.md, line 41 uses a while loop; compute every term at once with np.arange and array operations"),
        ("pi = 3.141592653589793", .fail,
         "pi does not follow N: with N = 5, pi is 3.141592653589793, but the first 5 terms give 3.1426047456630846"),
        ("import math\npi = math.pi", .fail,
         "pi does not follow N: with N = 5, pi is 3.141592653589793, but the first 5 terms give 3.1426047456630846"),
        ("k = np.arange(1, N + 1)\npi = np.sqrt(12) * np.sum((-1 / 3) ** k / (2 * k + 1))", .fail,
         "pi is -0.32250896154796127, 3.5e+00 away from π; it must be within 1e-15"),
        ("N = 30\nk = np.arange(N)\npi = np.sqrt(12) * np.sum((-1 / 3) ** k / (2 * k + 1))", .fail,
         "Exercises/01-madhava-pi.md, line 40 sets N; use the N of the given cell"),
        ("k = np.arange(N)\npi = np.sqrt(12) * (-1 / 3) ** k / (2 * k + 1)", .fail,
         "pi is an array of shape (30,); it must be a single number"),
        ("k = np.arange(N, dtype=np.float32)\npi = np.float32(np.sqrt(12)) * np.sum(np.float32(-1/3) ** k / (2 * k + 1))", .fail,
         "pi is 3.141592502593994, 1.5e-07 away from π; it must be within 1e-15"),
        ("pi = np.sqrt(12) * np.sum(terms)", .error, "your answer raised NameError"),
        ("pi = ...", .notStarted, "Exercises/01-madhava-pi.md, line 40 still holds the placeholder ...; write your answer there"),
        ("pi = 'π'", .fail, "pi is a str; it must be a number"),
    ])
    func wrong(answer: String, status: Verdict.Status, message: String) throws {
        let verdict = try AnswerHarness.verdict("madhava-pi", answer)
        #expect(verdict.status == status, "\(verdict)")
        #expect(verdict.message == message)
    }
}
