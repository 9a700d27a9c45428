/// Reads a fence's info string: a language, then attributes written as `key=value`,
/// `key="quoted value"`, `key='quoted value'` or bare `flag`.
enum InfoStringParser {
    struct Parsed: Equatable {
        var language: String
        var attributes: [CellAttributes.Attribute]
    }

    /// What is wrong with an info string, in words for the notebook's author.
    struct Failure: Error, Equatable {
        var message: String
    }

    static func parse(_ info: String) -> Result<Parsed, Failure> {
        var scanner = Scanner(Array(info))
        scanner.skipSpaces()
        let language = scanner.word()
        var attributes: [CellAttributes.Attribute] = []
        while true {
            scanner.skipSpaces()
            if scanner.isAtEnd { break }
            let key = scanner.key()
            guard !key.isEmpty else {
                return .failure(Failure(message: "an attribute has '=' but no name before it"))
            }
            var value: String?
            if scanner.take("=") {
                switch scanner.value() {
                case .success(let text): value = text
                case .failure(let failure):
                    return .failure(Failure(message: "in the value of '\(key)': \(failure.message)"))
                }
            }
            if !scanner.isAtEnd, !scanner.atSpace {
                return .failure(Failure(message: "attribute '\(key)' must be followed by a space"))
            }
            attributes.append(CellAttributes.Attribute(key: key, value: value))
        }
        return .success(Parsed(language: language, attributes: attributes))
    }

    private struct Scanner {
        var characters: [Character]
        var position = 0

        init(_ characters: [Character]) { self.characters = characters }

        var isAtEnd: Bool { position >= characters.count }
        var atSpace: Bool { !isAtEnd && characters[position].isWhitespace }

        mutating func skipSpaces() {
            while atSpace { position += 1 }
        }

        mutating func take(_ character: Character) -> Bool {
            guard !isAtEnd, characters[position] == character else { return false }
            position += 1
            return true
        }

        /// Characters up to the next space.
        mutating func word() -> String {
            let start = position
            while !isAtEnd, !atSpace { position += 1 }
            return String(characters[start..<position])
        }

        /// Characters up to the next space or `=`.
        mutating func key() -> String {
            let start = position
            while !isAtEnd, !atSpace, characters[position] != "=" { position += 1 }
            return String(characters[start..<position])
        }

        mutating func value() -> Result<String, Failure> {
            guard !isAtEnd, characters[position] == "\"" || characters[position] == "'" else {
                return .success(word())
            }
            let quote = characters[position]
            position += 1
            var text = ""
            while !isAtEnd {
                let character = characters[position]
                position += 1
                if character == quote { return .success(text) }
                if character == "\\", quote == "\"", !isAtEnd {
                    text.append(characters[position])
                    position += 1
                } else {
                    text.append(character)
                }
            }
            return .failure(Failure(message: "the quote \(quote) is never closed"))
        }
    }
}
