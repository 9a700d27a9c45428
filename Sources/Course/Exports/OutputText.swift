/// A cell's outputs as plain text, in order: what it wrote (as written, but for the line
/// break ending it, which the joining gives back), `Out:` and the result, errors and the
/// runner's notes (figures are left to the caller).
enum OutputText {
    static func plain(_ outcome: CellOutcome) -> String {
        var parts: [String] = []
        for output in outcome.outputs {
            switch output {
            case .stream(_, let text): parts.append(text.hasSuffix("\n") ? String(text.dropLast()) : text)
            case .error(let text), .note(let text): parts.append(text.trimmingBlankLines())
            case .result(let text): parts.append("Out: " + text)
            case .figure: break
            }
        }
        return parts.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}
