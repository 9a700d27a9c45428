extension Lexer {
    /// The prefixes a string literal may have, lowercased.
    static let stringPrefixes: Set<String> = ["r", "u", "f", "b", "br", "rb", "fr", "rf"]

    /// Reads a string literal whose prefix (possibly empty) starts at `prefixStart` and
    /// whose opening quote is at the current position.
    mutating func readString(prefixStart: Int) throws(PythonSyntaxError) {
        let prefix = text(from: prefixStart, to: position).lowercased()
        let raw = prefix.contains("r")
        let formatted = prefix.contains("f")
        let bytes = prefix.contains("b")
        let quote = peek()!
        let triple = peek(1) == quote && peek(2) == quote
        let quoteLength = triple ? 3 : 1
        let bodyStart = position + quoteLength
        position = bodyStart
        // Find the closing quote: a backslash always takes the next character with it.
        while true {
            guard let scalar = peek() else {
                let lastLine = source.location(of: Swift.max(scalars.count - 1, 0)).line
                throw error(
                    triple
                        ? "unterminated triple-quoted string literal (detected at line \(lastLine))"
                        : "unterminated string literal (detected at line \(source.location(of: position).line))",
                    at: prefixStart)
            }
            if scalar == "\\" {
                position += peek(1) == "\r" && peek(2) == "\n" ? 3 : 2
                continue
            }
            if !triple, scalar == "\n" || scalar == "\r" {
                throw error("unterminated string literal (detected at line \(source.location(of: position).line))", at: prefixStart)
            }
            if scalar == quote, !triple || (peek(1) == quote && peek(2) == quote) { break }
            position += 1
        }
        let bodyEnd = position
        position += quoteLength
        let literal: StringLiteral
        if formatted {
            literal = .formatted(try formatPieces(bodyStart, bodyEnd, raw: raw, depth: 0, stringStart: prefixStart))
        } else if bytes {
            var values: [UInt8] = []
            for scalar in try decode(bodyStart, bodyEnd, raw: raw, bytes: true, stringStart: prefixStart).unicodeScalars {
                guard scalar.value < 128 || scalar.value < 256 && !raw else {
                    throw error("bytes can only contain ASCII literal characters", at: prefixStart)
                }
                values.append(UInt8(scalar.value))
            }
            literal = .bytes(values)
        } else {
            literal = .plain(try decode(bodyStart, bodyEnd, raw: raw, bytes: false, stringStart: prefixStart))
        }
        append(.string(literal), from: prefixStart, text: text(from: prefixStart, to: position))
    }

    /// The value of the literal text between `start` and `end`: escapes replaced unless
    /// the string is raw; line breaks as `\n`.
    /// Errors in a literal's contents point just after the literal, as CPython's do.
    var errorOffset: Int { position }

    func decode(_ start: Int, _ end: Int, raw: Bool, bytes: Bool, stringStart: Int) throws(PythonSyntaxError) -> String {
        var result = String.UnicodeScalarView()
        var index = start
        while index < end {
            let scalar = scalars[index]
            if scalar == "\r" {
                result.append("\n")
                index += index + 1 < end && scalars[index + 1] == "\n" ? 2 : 1
                continue
            }
            guard scalar == "\\", !raw, index + 1 < end else {
                if scalar == "\\", raw, index + 1 < end {
                    result.append(scalar)
                    result.append(scalars[index + 1])
                    index += 2
                    continue
                }
                result.append(scalar)
                index += 1
                continue
            }
            index += 1
            let escape = scalars[index]
            index += 1
            switch escape {
            case "\n": break
            case "\r": if index < end, scalars[index] == "\n" { index += 1 }
            case "\\": result.append("\\")
            case "'": result.append("'")
            case "\"": result.append("\"")
            case "a": result.append("\u{07}")
            case "b": result.append("\u{08}")
            case "f": result.append("\u{0C}")
            case "n": result.append("\n")
            case "r": result.append("\r")
            case "t": result.append("\t")
            case "v": result.append("\u{0B}")
            case "0"..."7":
                var value = escape.value - 48
                var digits = 1
                while digits < 3, index < end, ("0"..."7").contains(scalars[index]) {
                    value = value * 8 + scalars[index].value - 48
                    index += 1
                    digits += 1
                }
                result.append(Unicode.Scalar(value)!)
            case "x", "u", "U" where !bytes || escape == "x":
                let count = escape == "x" ? 2 : escape == "u" ? 4 : 8
                var value: UInt32 = 0
                for offset in 0..<count {
                    guard index + offset < end, let digit = Character(scalars[index + offset]).hexDigitValue,
                        scalars[index + offset].isASCII
                    else {
                        let codec = bytes ? "invalid \\x escape at position \(index - start - 2)"
                            : "(unicode error) 'unicodeescape' codec can't decode bytes in position \(index - start - 2)-\(index - start - 1 + offset): truncated \\\(escape)\(String(repeating: "X", count: count)) escape"
                        throw error(bytes ? "(value error) " + codec : codec, at: errorOffset)
                    }
                    value = value * 16 + UInt32(digit)
                }
                index += count
                guard let decoded = Unicode.Scalar(value) else {
                    throw error(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position \(index - start - count - 2)-\(index - start - 1): illegal Unicode character",
                        at: errorOffset)
                }
                result.append(decoded)
            case "N" where !bytes:
                guard index < end, scalars[index] == "{", let close = scalars[index..<end].firstIndex(of: "}"),
                    let named = Self.namedCharacter(text(from: index + 1, to: close))
                else {
                    throw error(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position \(index - start - 2)-\(index - start - 1): malformed \\N character escape",
                        at: errorOffset)
                }
                result.append(named)
                index = close + 1
            default:
                // CPython keeps an unknown escape as written (and only warns).
                result.append("\\")
                result.append(escape)
            }
        }
        return String(result)
    }

    /// The character `\N{name}` names: looked up among the Unicode names of the scalars
    /// of the common blocks (Latin through the mathematical and Greek ranges).
    static func namedCharacter(_ name: String) -> Unicode.Scalar? {
        let wanted = name.uppercased()
        for range in [0x20...0x2FFF, 0x1D400...0x1D7FF] {
            for value in range {
                guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
                if scalar.properties.name == wanted || scalar.properties.nameAlias == wanted { return scalar }
            }
        }
        return nil
    }

    // MARK: - f-strings

    /// The pieces of an f-string body (or of a format spec inside one).
    func formatPieces(_ start: Int, _ end: Int, raw: Bool, depth: Int, stringStart: Int) throws(PythonSyntaxError) -> [FormatPiece] {
        var pieces: [FormatPiece] = []
        var textStart = start
        var text = ""
        var index = start
        func flush(upTo stop: Int) throws(PythonSyntaxError) {
            text += try decode(textStart, stop, raw: raw, bytes: false, stringStart: stringStart)
        }
        while index < end {
            let scalar = scalars[index]
            if scalar == "\\", !raw, index + 1 < end {
                index += 2
                continue
            }
            if scalar == "{" {
                try flush(upTo: index)
                if index + 1 < end, scalars[index + 1] == "{" {
                    text += "{"
                    index += 2
                    textStart = index
                    continue
                }
                if !text.isEmpty { pieces.append(.text(text)) }
                text = ""
                let (field, next) = try formatField(from: index + 1, end, raw: raw, depth: depth, stringStart: stringStart)
                pieces.append(.field(field))
                index = next
                textStart = index
                continue
            }
            if scalar == "}" {
                try flush(upTo: index)
                guard index + 1 < end, scalars[index + 1] == "}" else {
                    throw error("f-string: single '}' is not allowed", at: errorOffset)
                }
                text += "}"
                index += 2
                textStart = index
                continue
            }
            index += 1
        }
        try flush(upTo: end)
        if !text.isEmpty { pieces.append(.text(text)) }
        return pieces
    }

    /// A replacement field whose expression starts at `start`; returns it and the
    /// position after its closing brace.
    private func formatField(from start: Int, _ end: Int, raw: Bool, depth: Int, stringStart: Int) throws(PythonSyntaxError) -> (FormatField, Int) {
        guard depth < 2 else { throw error("f-string: expressions nested too deeply", at: errorOffset) }
        var index = start
        var nesting = 0
        var quote: Unicode.Scalar?
        var expressionEnd: Int?
        var selfDocumenting: String?
        while index < end {
            let scalar = scalars[index]
            // CPython 3.11 rejects a backslash anywhere in the expression, quoted or not.
            if scalar == "\\" { throw error("f-string expression part cannot include a backslash", at: errorOffset) }
            if let open = quote {
                if scalar == open { quote = nil }
                index += 1
                continue
            }
            if scalar == "#" { throw error("f-string expression part cannot include '#'", at: errorOffset) }
            if scalar == "'" || scalar == "\"" {
                quote = scalar
            } else if scalar == "(" || scalar == "[" || scalar == "{" {
                nesting += 1
            } else if scalar == ")" || scalar == "]" || (scalar == "}" && nesting > 0) {
                nesting -= 1
            } else if nesting == 0 {
                let next = index + 1 < end ? scalars[index + 1] : nil
                let previous = index > start ? scalars[index - 1] : nil
                if scalar == "}" || scalar == ":" || (scalar == "!" && next != "=") {
                    expressionEnd = index
                    break
                }
                if scalar == "=", next != "=", !["=", "!", "<", ">"].contains(previous) {
                    expressionEnd = index
                    var after = index + 1
                    while after < end, scalars[after] == " " { after += 1 }
                    selfDocumenting = text(from: start, to: after)
                    index = after
                    break
                }
            }
            index += 1
        }
        guard let expressionEnd, index < end else { throw error("f-string: expecting '}'", at: errorOffset) }
        let expression = text(from: start, to: expressionEnd)
        if expression.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" }) {
            throw error("f-string: empty expression not allowed", at: errorOffset)
        }
        var conversion: Character?
        if scalars[index] == "!" {
            guard index + 1 < end, let letter = Optional(scalars[index + 1]), ["s", "r", "a"].contains(letter) else {
                if index + 1 < end, scalars[index + 1] != "}", scalars[index + 1] != ":" {
                    throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'", at: errorOffset)
                }
                throw error("f-string: missing conversion character: expected 's', 'r', or 'a'", at: errorOffset)
            }
            conversion = Character(letter)
            index += 2
            guard index < end, scalars[index] == "}" || scalars[index] == ":" else {
                throw error("f-string: expecting '}'", at: errorOffset)
            }
        }
        var spec: [FormatPiece] = []
        if scalars[index] == ":" {
            let specStart = index + 1
            var braces = 0
            var specEnd = specStart
            while specEnd < end {
                if scalars[specEnd] == "{" { braces += 1 }
                if scalars[specEnd] == "}" {
                    if braces == 0 { break }
                    braces -= 1
                }
                specEnd += 1
            }
            guard specEnd < end else { throw error("f-string: expecting '}'", at: errorOffset) }
            spec = try formatPieces(specStart, specEnd, raw: raw, depth: depth + 1, stringStart: stringStart)
            index = specEnd
        }
        guard index < end, scalars[index] == "}" else { throw error("f-string: expecting '}'", at: errorOffset) }
        let field = FormatField(
            expression: expression, location: source.location(of: start), selfDocumenting: selfDocumenting,
            conversion: conversion, spec: spec)
        return (field, index + 1)
    }
}
