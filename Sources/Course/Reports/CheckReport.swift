import Notebook

/// The results of one `course check`, in exercise order, and what they add up to.
public struct CheckReport: Sendable, Equatable {
    public var results: [ExerciseResult]
    /// How many exercises the course has (a check of some of them still counts against all).
    public var total: Int
    /// Exercises passed in the progress state, the ones checked now included.
    public var done: Int

    public init(results: [ExerciseResult], total: Int, done: Int) {
        self.results = results
        self.total = total
        self.done = done
    }

    /// Every exercise checked passed.
    public var passed: Bool { results.allSatisfy(\.verdict.passed) }

    /// `2/4 done`.
    public var progressLine: String { "\(done)/\(total) done" }

    /// The report for a terminal or a log: per exercise its verdict, message and details,
    /// then the progress.
    public func text(options: RenderOptions) -> String {
        let renderer = TerminalRenderer(options: options)
        return results.map { renderer.text(Self.lines(for: $0)) + "\n" }.joined() + summary(options: options)
    }

    /// The last line: the progress, and the next exercise to work on.
    public func summary(options: RenderOptions) -> String {
        var progress = StyledText(progressLine, style: TextStyle(bold: true))
        if let next = results.first(where: { !$0.verdict.passed }) {
            progress.append("; next: \(next.id) (course hint \(next.id) gives a hint)")
        }
        return TerminalRenderer(options: options).text([progress])
    }

    /// One exercise's verdict as terminal lines.
    public static func lines(for result: ExerciseResult) -> [StyledText] {
        let verdict = result.verdict
        var heading = StyledText(
            "[\(verdict.status.rawValue)]", style: TextStyle(bold: true, color: color(of: verdict.status)))
        heading.append(" \(result.order). \(result.title) (\(result.id))")
        var lines = [heading]
        let indent = "    "
        lines.append(StyledText(indent + verdict.message))
        for detail in verdict.details { lines.append(StyledText(indent + "  " + detail)) }
        if let bonus = verdict.bonus { lines.append(StyledText(indent + bonus, style: TextStyle(color: .cyan))) }
        if !verdict.passed, !verdict.output.isEmpty {
            let printed = AnswerRun.lines(verdict.output)
            lines.append(StyledText(indent + "your answer printed (this never decides the verdict):", style: TextStyle(dim: true)))
            for line in printed.prefix(10) { lines.append(StyledText(indent + "  " + line, style: TextStyle(dim: true))) }
            if printed.count > 10 {
                lines.append(StyledText(indent + "  … \(printed.count - 10) more lines", style: TextStyle(dim: true)))
            }
        }
        return lines
    }

    static func color(of status: Verdict.Status) -> TextStyle.Color {
        switch status {
        case .pass: .green
        case .notStarted: .yellow
        case .fail, .error, .timeout: .red
        }
    }
}
