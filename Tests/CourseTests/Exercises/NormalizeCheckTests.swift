import Course
import Testing

/// `normalize`: any correct formulation passes (the bonus on its own line), and each
/// classic mistake fails with its reason.
@Suite("check: normalize")
struct NormalizeCheckTests {
    static let pass = "fast_normalize is right for shapes (10, 3), (1, 3) and (5, 4) in float32 and float64, zero vector included"
    static let bonus = "bonus (any rank): earned, shapes (4, 5, 3) and (2, 3, 4, 5) are normalised along the last axis"

    @Test("Correct answers pass with the bonus, however they are written", arguments: [
        "def fast_normalize(v):\n    return v / np.sqrt(np.sum(v ** 2, axis=-1, keepdims=True))",
        "def fast_normalize(v):\n    return v / np.linalg.norm(v, axis=-1, keepdims=True)",
        "def fast_normalize(v):\n    return v / np.sqrt((v * v).sum(axis=-1))[..., np.newaxis]",
        "def fast_normalize(v):\n    return v / np.sqrt(np.add.reduce(v * v, axis=-1, keepdims=True))",
        "def fast_normalize(v):\n    norms = np.sqrt(np.square(v).sum(-1, keepdims=True))\n    return v / norms",
        "fast_normalize = lambda v: v / np.linalg.norm(v, axis=v.ndim - 1, keepdims=True)",
    ])
    func correct(answer: String) throws {
        let verdict = try AnswerHarness.verdict("normalize", answer)
        #expect(verdict.status == .pass, "\(verdict)")
        #expect(verdict.message == Self.pass)
        #expect(verdict.bonus == Self.bonus)
    }

    @Test("A rank-2 answer passes without the bonus, which says why")
    func rankTwoOnly() throws {
        let verdict = try AnswerHarness.verdict("normalize", "def fast_normalize(v):\n    return v / np.sqrt(np.sum(v ** 2, axis=1))[:, None]")
        #expect(verdict.status == .pass, "\(verdict)")
        #expect(verdict.bonus == "bonus (any rank): not yet; for shape (4, 5, 3) float64: fast_normalize(v) with v of shape (4, 5, 3) float64 differs from the reference")
    }

    @Test("Wrong answers fail with the reason", arguments: [
        ("def fast_normalize(v):\n    return v / np.sqrt(np.sum(v ** 2, axis=-1))", Verdict.Status.error,
         "fast_normalize(v) with v of shape (10, 3) float64 raised ValueError"),
        ("def fast_normalize(v):\n    return v / np.sqrt(np.sum(v ** 2, axis=0, keepdims=True))", .fail,
         "fast_normalize(v) with v of shape (10, 3) float64 differs from the reference"),
        ("def fast_normalize(v):\n    result = v.copy()\n    for row in result:\n        row /= np.sqrt(np.sum(row ** 2))\n    return result", .fail,
         "Exercises/04-normalize.md, line 40 uses a for loop; reduce along the last axis with one array expression instead"),
        ("def fast_normalize(v):\n    return v.astype(np.float64) / np.linalg.norm(v, axis=-1, keepdims=True)", .fail,
         "fast_normalize(v) with v of shape (10, 3) float32 differs from the reference"),
        ("def fast_normalize(v):\n    return (v / np.linalg.norm(v, axis=-1, keepdims=True)).tolist()", .fail,
         "fast_normalize(v) with v of shape (10, 3) float64 returned a list; it must return a NumPy array"),
        ("def fast_normalize(v):\n    v /= np.linalg.norm(v, axis=-1, keepdims=True)\n    return v", .fail,
         "fast_normalize(v) with v of shape (10, 3) float64 changed v in place; return a new array and leave v as it was"),
        ("def fast_normalize(v):\n    return v / np.sqrt(v[:, 0] ** 2 + v[:, 1] ** 2 + v[:, 2] ** 2)[:, None]", .fail,
         "fast_normalize(v) with v of shape (5, 4) float64 differs from the reference"),
        ("def fast_normalize(v):\n    n = np.linalg.norm(v, axis=-1, keepdims=True)\n    return v / np.where(n == 0, 1, n)", .fail,
         "fast_normalize(v) with v of shape (10, 3) float64 differs from the reference"),
        ("fast_normalize = 3", .fail, "fast_normalize is a int; it must be a function"),
        ("def normalize(v):\n    return v / np.linalg.norm(v, axis=-1, keepdims=True)", .fail, "your answer does not define 'fast_normalize'"),
        ("import jax.numpy as jnp\ndef fast_normalize(v):\n    return jnp.asarray(v) / jnp.linalg.norm(v, axis=-1, keepdims=True)", .error,
         "fast_normalize(v) with v of shape (10, 3) float64 raised AttributeError"),
        ("def fast_normalize(v):\n    return ...", .notStarted,
         "Exercises/04-normalize.md, line 39 still holds the placeholder ...; write your answer there"),
    ])
    func wrong(answer: String, status: Verdict.Status, message: String) throws {
        let verdict = try AnswerHarness.verdict("normalize", answer)
        #expect(verdict.status == status, "\(verdict)")
        #expect(verdict.message == message)
    }

    @Test("A zero vector must give nan, and the verdict says so")
    func zeroVector() throws {
        let verdict = try AnswerHarness.verdict(
            "normalize", "def fast_normalize(v):\n    n = np.linalg.norm(v, axis=-1, keepdims=True)\n    return v / np.where(n == 0, 1, n)")
        #expect(verdict.details.last == "row 3 of v is a zero vector: NumPy's division gives nan there, the result has 0.0, 0.0, 0.0")
        let dtype = try AnswerHarness.verdict(
            "normalize", "def fast_normalize(v):\n    return v.astype(np.float64) / np.linalg.norm(v, axis=-1, keepdims=True)")
        #expect(dtype.details == ["the result has dtype float64, expected float32"])
    }
}
