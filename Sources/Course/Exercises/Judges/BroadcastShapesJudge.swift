import Interpreter
import TensorCore

/// `broadcast-shapes`: `answers`, five entries, each a shape tuple or None. One verdict
/// line per pair that says right or not, and gives the expected shape only with `--reveal`.
struct BroadcastShapesJudge: ExerciseJudge {
    let id = "broadcast-shapes"
    /// Functions that would work the answer out instead of the student.
    static let shortcuts: Set<String> = ["broadcast_shapes", "broadcast_arrays", "broadcast_to", "broadcast"]

    func judge(_ answer: ExerciseSheet, given: ExerciseSheet, inspection: AnswerInspection, options: CheckOptions) -> Verdict {
        if let call = inspection.attributeCalls.first(where: { Self.shortcuts.contains($0.name) })
            ?? inspection.names.first(where: { Self.shortcuts.contains($0.name) })
        {
            return Verdict(
                .fail, "\(answer.path), line \(call.line) uses \(call.name); work the shapes out by hand with the rules",
                details: ["The point of the exercise is to apply the broadcasting rules yourself."])
        }
        let run = AnswerRun(exercise: id, limit: options.timeout)
        do {
            try run.runGiven(given)
            try run.runAnswer(answer.answerCells, path: answer.path)
            let value = try run.required("answers")
            let entries: [PythonValue]
            switch value {
            case .list(let items), .tuple(let items): entries = items
            default:
                return Verdict(.fail, "answers is a \(value.typeName); it must be a list of five entries", output: run.output)
            }
            let expected = BroadcastShapes.answers
            guard entries.count == expected.count else {
                return Verdict(
                    .fail, "answers has \(entries.count) entr\(entries.count == 1 ? "y" : "ies"); it must have \(expected.count), one per pair of shapes",
                    output: run.output)
            }
            if entries.allSatisfy(Self.isPlaceholder) {
                return Verdict(.notStarted, "every entry of answers is still the placeholder ...", output: run.output)
            }
            var lines: [String] = []
            var right = 0
            for (index, entry) in entries.enumerated() {
                let pair = BroadcastShapes.pairs[index]
                let label = "\(index + 1). \(BroadcastShapes.text(pair.0)) and \(BroadcastShapes.text(pair.1)): "
                let expectedText = expected[index].map(BroadcastShapes.text) ?? "None (cannot broadcast)"
                if Self.isPlaceholder(entry) {
                    lines.append(label + "not answered yet (still ...)")
                    continue
                }
                guard let shape = Self.shape(entry) else {
                    lines.append(label + "not a shape: write a tuple of ints such as (2, 3), or None; got \(Self.describe(entry))")
                    continue
                }
                if shape == expected[index] {
                    right += 1
                    lines.append(label + "right")
                } else if options.reveal {
                    lines.append(label + "not right: expected \(expectedText), got \(shape.map(BroadcastShapes.text) ?? "None")")
                } else {
                    lines.append(label + "not right")
                }
            }
            if right == expected.count {
                return Verdict(.pass, "all \(right) shapes are right", details: lines, output: run.output)
            }
            var details = lines
            if !options.reveal { details.append("course check broadcast-shapes --reveal shows the expected shapes.") }
            return Verdict(.fail, "\(right) of \(expected.count) shapes are right", details: details, output: run.output)
        } catch {
            return error.verdict
        }
    }

    static func isPlaceholder(_ entry: PythonValue) -> Bool {
        if case .other("ellipsis", _) = entry { return true }
        return false
    }

    /// A tuple of non-negative ints as a shape (`.some(nil)` for None), or nil when the
    /// entry is neither.
    static func shape(_ entry: PythonValue) -> [Int]?? {
        switch entry {
        case .none: return .some(nil)
        case .tuple(let items):
            var shape: [Int] = []
            for item in items {
                guard case .int(let size) = item, size >= 0 else { return nil }
                shape.append(size)
            }
            return .some(shape)
        default: return nil
        }
    }

    static func describe(_ entry: PythonValue) -> String {
        switch entry {
        case .list: "a list (shapes are tuples)"
        case .string(let text): "the string '\(text)'"
        case .other(_, let repr): repr
        default: "a \(entry.typeName)"
        }
    }
}
