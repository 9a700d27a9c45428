/// Python source as HTML with `<span>` classes for keywords, built-in names, strings,
/// numbers and comments: enough for reading course cells, not a full lexer.
enum PythonHighlighter {
    static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "break", "class", "continue", "def", "del", "elif", "else", "except",
        "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
        "return", "try", "while", "with", "yield",
    ]
    static let builtins: Set<String> = [
        "print", "len", "range", "enumerate", "zip", "map", "filter", "sorted", "reversed", "sum", "min", "max", "abs", "round",
        "int", "float", "str", "repr", "bool", "list", "tuple", "dict", "set", "isinstance", "type", "id", "any", "all",
    ]

    static func html(_ source: String) -> String {
        let characters = Array(source)
        var output = ""
        var index = 0
        func span(_ kind: String, _ text: String) { output += "<span class=\"\(kind)\">\(HTMLText.escape(text))</span>" }
        while index < characters.count {
            let character = characters[index]
            if character == "#" {
                var end = index
                while end < characters.count, characters[end] != "\n" { end += 1 }
                span("comment", String(characters[index..<end]))
                index = end
            } else if character == "\"" || character == "'" || (isStringPrefix(characters, index) != nil) {
                let start = index
                index += isStringPrefix(characters, index) ?? 0
                let quote = characters[index]
                let triple = index + 2 < characters.count && characters[index + 1] == quote && characters[index + 2] == quote
                index += triple ? 3 : 1
                while index < characters.count {
                    if characters[index] == "\\" { index += 2; continue }
                    if triple, index + 2 < characters.count, characters[index] == quote, characters[index + 1] == quote, characters[index + 2] == quote {
                        index += 3
                        break
                    }
                    if !triple, characters[index] == quote || characters[index] == "\n" { index += 1; break }
                    index += 1
                }
                span("string", String(characters[start..<min(index, characters.count)]))
            } else if character.isNumber {
                let start = index
                while index < characters.count, characters[index].isNumber || characters[index].isLetter || "._".contains(characters[index]) { index += 1 }
                span("number", String(characters[start..<index]))
            } else if character.isLetter || character == "_" {
                let start = index
                while index < characters.count, characters[index].isLetter || characters[index].isNumber || characters[index] == "_" { index += 1 }
                let word = String(characters[start..<index])
                if keywords.contains(word) {
                    span("keyword", word)
                } else if builtins.contains(word) {
                    span("builtin", word)
                } else {
                    output += HTMLText.escape(word)
                }
            } else {
                output += HTMLText.escape(String(character))
                index += 1
            }
        }
        return output
    }

    /// The length of a string prefix (`f`, `r`, `rb`, ...) directly followed by a quote.
    private static func isStringPrefix(_ characters: [Character], _ index: Int) -> Int? {
        if index > 0, characters[index - 1].isLetter || characters[index - 1].isNumber || characters[index - 1] == "_" { return nil }
        for length in [1, 2] where index + length < characters.count {
            let prefix = String(characters[index..<index + length]).lowercased()
            if ["f", "r", "b", "u", "rb", "br", "fr", "rf"].contains(prefix), characters[index + length] == "\"" || characters[index + length] == "'" {
                return length
            }
        }
        return nil
    }
}

/// Escaping for HTML text and attribute values.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
