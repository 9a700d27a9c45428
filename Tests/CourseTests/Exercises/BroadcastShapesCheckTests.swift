import Course
import Testing

/// `broadcast-shapes`: five entries judged one by one, without giving the answers away
/// unless `--reveal`.
@Suite("check: broadcast-shapes")
struct BroadcastShapesCheckTests {
    static let right = [
        "1. (7, 1) and (7, 4): right", "2. (7,) and (4, 7): right", "3. (3, 3) and (2, 3): right",
        "4. (1, 1, 1, 8) and (1, 9, 1): right", "5. (4, 1, 9) and (3, 1): right",
    ]

    @Test("Correct answers pass, however they are written", arguments: [
        "answers = [(7, 4), (4, 7), None, (1, 1, 9, 8), (4, 3, 9)]",
        "answers = ((7, 4), (4, 7), None, (1, 1, 9, 8), (4, 3, 9))",
        "first = (7, 4)\nanswers = [first, first[::-1], None, (1, 1, 9, 8), (4, 3, 9)]",
        "answers = [\n    (7, 4),  # the 1 stretches\n    (4, 7),\n    None,  # 3 against 2\n    (1, 1, 9, 8),\n    (4, 3, 9),\n]",
        "answers = []\nanswers.append((7, 4))\nanswers.append((4, 7))\nanswers.append(None)\nanswers += [(1, 1, 9, 8), (4, 3, 9)]",
        "answers = [tuple([7, 4]), (4, 7), None, (1,) * 2 + (9, 8), (4, 3, 9)]",
    ])
    func correct(answer: String) throws {
        let verdict = try AnswerHarness.verdict("broadcast-shapes", answer)
        #expect(verdict.status == .pass, "\(verdict)")
        #expect(verdict.message == "all 5 shapes are right")
        #expect(verdict.details == Self.right)
    }

    @Test("Wrong answers fail with a verdict per entry", arguments: [
        ("answers = [(7, 4), (4, 7), (3, 3), (1, 1, 9, 8), (4, 3, 9)]", Verdict.Status.fail, "4 of 5 shapes are right",
         "3. (3, 3) and (2, 3): not right"),
        ("answers = [[7, 4], (4, 7), None, (1, 1, 9, 8), (4, 3, 9)]", .fail, "4 of 5 shapes are right",
         "1. (7, 1) and (7, 4): not a shape: write a tuple of ints such as (2, 3), or None; got a list (shapes are tuples)"),
        ("answers = [(7, 4), (4, 7), None, (1, 1, 9, 8)]", .fail,
         "answers has 4 entries; it must have 5, one per pair of shapes", nil),
        ("answers = [np.broadcast_shapes((7, 1), (7, 4)), (4, 7), None, (1, 1, 9, 8), (4, 3, 9)]", .fail,
         "Exercises/02-broadcast-shapes.md, line 38 uses broadcast_shapes; work the shapes out by hand with the rules", nil),
        ("answers = [(7, 4), (4, 7), 'cannot', (1, 9, 8), (4, 3, 9)]", .fail, "3 of 5 shapes are right",
         "3. (3, 3) and (2, 3): not a shape: write a tuple of ints such as (2, 3), or None; got the string 'cannot'"),
        ("answers = [(7, 4), ..., None, ..., ...]", .fail, "2 of 5 shapes are right",
         "2. (7,) and (4, 7): not answered yet (still ...)"),
        ("answers = None", .fail, "answers is a NoneType; it must be a list of five entries", nil),
        ("answers = [(7, 7), (7, 4), None, (9, 8), (4, 1, 9)]", .fail, "1 of 5 shapes are right",
         "4. (1, 1, 1, 8) and (1, 9, 1): not right"),
        ("answers = [..., ..., ..., ..., ...]", .notStarted,
         "Exercises/02-broadcast-shapes.md, line 38 still holds the placeholder ...; write your answer there", nil),
        ("answers = [(7, 4), (4, 7), None, (1, 1, 9, 8), (4, 3, 9)][10]", .error, "your answer raised IndexError", nil),
    ] as [(String, Verdict.Status, String, String?)])
    func wrong(answer: String, status: Verdict.Status, message: String, detail: String?) throws {
        let verdict = try AnswerHarness.verdict("broadcast-shapes", answer)
        #expect(verdict.status == status, "\(verdict)")
        #expect(verdict.message == message)
        if let detail { #expect(verdict.details.contains(detail), "\(verdict.details)") }
        #expect(!verdict.details.joined().contains("expected ("), "the answers stay hidden without --reveal")
        #expect(!verdict.details.joined().contains("expected None"), "the answers stay hidden without --reveal")
    }

    @Test("--reveal gives the expected shape of each wrong entry")
    func reveal() throws {
        let verdict = try AnswerHarness.verdict(
            "broadcast-shapes", "answers = [(7, 4), (7, 4), (3, 3), (1, 1, 9, 8), (4, 3, 9)]", options: CheckOptions(reveal: true))
        #expect(verdict.status == .fail)
        #expect(verdict.details == [
            "1. (7, 1) and (7, 4): right", "2. (7,) and (4, 7): not right: expected (4, 7), got (7, 4)",
            "3. (3, 3) and (2, 3): not right: expected None (cannot broadcast), got (3, 3)",
            "4. (1, 1, 1, 8) and (1, 9, 1): right", "5. (4, 1, 9) and (3, 1): right",
        ])
    }
}
