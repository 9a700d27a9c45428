/// Checks a cell's attributes: known ones must be well formed (errors), unknown ones
/// are reported as warnings with a suggestion when one is close.
enum CellAttributeValidator {
    struct Outcome {
        var attributes: CellAttributes
        var warnings: [String]
    }

    static func validate(_ attributes: [CellAttributes.Attribute]) -> Result<Outcome, InfoStringParser.Failure> {
        var seen: Set<String> = []
        var warnings: [String] = []
        for attribute in attributes {
            guard seen.insert(attribute.key).inserted else {
                return failure("cell attribute '\(attribute.key)' is given twice")
            }
            if let problem = problem(with: attribute) {
                return failure(problem)
            }
            if !CellAttributes.known.contains(where: { $0.key == attribute.key }) {
                warnings.append(unknownAttributeWarning(attribute.key))
            }
        }
        return .success(Outcome(attributes: CellAttributes(attributes), warnings: warnings))
    }

    private static func failure(_ message: String) -> Result<Outcome, InfoStringParser.Failure> {
        .failure(InfoStringParser.Failure(message: message))
    }

    private static func problem(with attribute: CellAttributes.Attribute) -> String? {
        let key = attribute.key
        switch key {
        case "skip":
            return attribute.value == nil ? nil : "cell attribute 'skip' is a flag and takes no value"
        case "only":
            return attribute.value.flatMap(CellAttributes.RunKind.init(rawValue:)) != nil ? nil
                : "cell attribute 'only' takes quick or full, as in only=full"
        case "id", "exercise", "raises", "timeout":
            guard let value = attribute.value, !value.isEmpty else {
                let example = ["id": "id=NAME", "exercise": "exercise=ID", "raises": "raises=ValueError",
                               "timeout": "timeout=10"][key]!
                return "cell attribute '\(key)' needs a value, as in \(example)"
            }
            switch key {
            case "id", "exercise":
                return isName(value) ? nil
                    : "cell \(key == "id" ? "id" : "exercise id") '\(value)' may hold only letters, digits, '_', '-' and '.'"
            case "raises":
                return isDottedIdentifier(value) ? nil
                    : "'raises' needs an exception name such as ValueError, got '\(value)'"
            default:
                guard let seconds = Double(value), seconds.isFinite, seconds > 0 else {
                    return "'timeout' needs a positive number of seconds, got '\(value)'"
                }
                return nil
            }
        default:
            return nil
        }
    }

    private static func isName(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_-.".unicodeScalars.contains(scalar)
        }
    }

    private static func isDottedIdentifier(_ text: String) -> Bool {
        text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
            guard let first = part.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
            return part.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
        }
    }

    private static func unknownAttributeWarning(_ key: String) -> String {
        let names = CellAttributes.known.map(\.key)
        var message = "unknown cell attribute '\(key)'"
        if let suggestion = names.min(by: { editDistance($0, key) < editDistance($1, key) }),
            editDistance(suggestion, key) <= 2
        {
            message += "; did you mean '\(suggestion)'?"
        }
        return message + " (known: \(names.joined(separator: ", ")))"
    }

    /// Levenshtein distance between two short strings.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
