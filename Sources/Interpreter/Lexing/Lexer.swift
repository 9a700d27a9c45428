import Foundation

/// Splits Python source into tokens as CPython's tokenizer does: indentation becomes
/// INDENT and DEDENT tokens, lines are joined inside brackets and after a backslash,
/// comments and blank lines vanish, and every literal is read with its value.
public struct Lexer {
    let source: SourceFile
    var position = 0
    var tokens: [Token] = []
    /// The indentation columns of the open blocks (tabs to multiples of 8), and the same
    /// with tabs counted as one column: CPython calls indentation inconsistent (TabError)
    /// when the two disagree about the order of levels.
    var indents: [Int] = [0]
    var alternateIndents: [Int] = [0]
    /// The open brackets and where they opened.
    var brackets: [(scalar: Unicode.Scalar, offset: Int)] = []
    var atLineStart = true

    init(_ source: SourceFile) { self.source = source }

    /// The tokens of `source`, ending with NEWLINE, the pending DEDENTs and the end marker.
    public static func tokenize(_ source: SourceFile) throws(PythonSyntaxError) -> [Token] {
        var lexer = Lexer(source)
        try lexer.run()
        return lexer.tokens
    }

    var scalars: [Unicode.Scalar] { source.scalars }

    func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        let index = position + ahead
        return index < scalars.count ? scalars[index] : nil
    }

    mutating func run() throws(PythonSyntaxError) {
        while true {
            if atLineStart, brackets.isEmpty {
                guard try readIndentation() else { break }
            }
            guard let scalar = peek() else { break }
            switch scalar {
            case " ", "\t", "\u{0C}":
                position += 1
            case "#":
                while let next = peek(), next != "\n", next != "\r" { position += 1 }
            case "\\":
                try joinLines()
            case "\n", "\r":
                let start = position
                position += scalar == "\r" && peek(1) == "\n" ? 2 : 1
                if brackets.isEmpty {
                    append(.newline, from: start, text: text(from: start, to: position))
                    atLineStart = true
                }
            case "0"..."9":
                try readNumber()
            case "." where peek(1).map { ("0"..."9").contains($0) } ?? false:
                try readNumber()
            case "'", "\"":
                try readString(prefixStart: position)
            default:
                if Self.isIdentifierStart(scalar) {
                    try readNameOrPrefixedString()
                } else {
                    try readOperator(scalar)
                }
            }
        }
        try finish()
    }

    /// Reads a line's indentation and emits INDENT or DEDENTs; skips blank and comment-only
    /// lines. Returns false at the end of the source.
    mutating func readIndentation() throws(PythonSyntaxError) -> Bool {
        while true {
            var column = 0
            var alternate = 0
            let lineStart = position
            while let scalar = peek() {
                if scalar == " " {
                    column += 1
                    alternate += 1
                } else if scalar == "\t" {
                    column = (column / 8 + 1) * 8
                    alternate += 1
                } else if scalar == "\u{0C}" {
                    column = 0
                    alternate = 0
                } else {
                    break
                }
                position += 1
            }
            guard let next = peek() else { return false }
            if next == "#" || next == "\n" || next == "\r" {
                while let scalar = peek(), scalar != "\n", scalar != "\r" { position += 1 }
                if peek() == "\r" { position += 1 }
                if peek() == "\n" { position += 1 }
                continue
            }
            atLineStart = false
            try indent(to: column, alternate: alternate, lineStart: lineStart)
            return true
        }
    }

    private mutating func indent(to column: Int, alternate: Int, lineStart: Int) throws(PythonSyntaxError) {
        if column == indents.last! {
            if alternate != alternateIndents.last! { throw inconsistentTabs() }
            return
        }
        if column > indents.last! {
            if alternate <= alternateIndents.last! { throw inconsistentTabs() }
            indents.append(column)
            alternateIndents.append(alternate)
            append(.indent, from: lineStart, text: text(from: lineStart, to: position))
            return
        }
        while column < indents.last! {
            indents.removeLast()
            alternateIndents.removeLast()
            append(.dedent, from: position, text: "")
        }
        guard column == indents.last! else {
            // CPython points at the end of the offending line.
            var lineEnd = position
            while lineEnd < scalars.count, scalars[lineEnd] != "\n", scalars[lineEnd] != "\r" { lineEnd += 1 }
            throw error(.indentationError, "unindent does not match any outer indentation level", at: lineEnd)
        }
        if alternate != alternateIndents.last! { throw inconsistentTabs() }
    }

    /// CPython points at the start of the offending line.
    private func inconsistentTabs() -> PythonSyntaxError {
        var lineStart = position
        while lineStart > 0, scalars[lineStart - 1] != "\n", scalars[lineStart - 1] != "\r" { lineStart -= 1 }
        return error(.tabError, "inconsistent use of tabs and spaces in indentation", at: lineStart)
    }

    /// A backslash: joins the next line to this one, or is misplaced.
    mutating func joinLines() throws(PythonSyntaxError) {
        let backslash = position
        position += 1
        if peek() == "\r" { position += 1 }
        if peek() == "\n" {
            position += 1
            if peek() == nil { throw error("unexpected EOF while parsing", at: backslash + 1) }
            return
        }
        if peek() == nil { throw error("unexpected EOF while parsing", at: backslash + 1) }
        throw error("unexpected character after line continuation character", at: backslash + 1)
    }

    /// The end of the source: an unclosed bracket is an error; otherwise the last NEWLINE,
    /// the DEDENTs of the open blocks and the end marker.
    mutating func finish() throws(PythonSyntaxError) {
        if let open = brackets.last {
            throw error("'\(open.scalar)' was never closed", at: open.offset)
        }
        if let last = tokens.last, last.kind != .newline, last.kind != .dedent, last.kind != .indent {
            append(.newline, from: position, text: "")
        }
        let end = source.location(of: position)
        let endLine = end.column == 0 ? end.line : end.line + 1
        for _ in indents.dropFirst() {
            tokens.append(Token(kind: .dedent, text: "", start: SourceLocation(line: endLine, column: 0), end: SourceLocation(line: endLine, column: 0)))
        }
        tokens.append(Token(kind: .end, text: "", start: SourceLocation(line: endLine, column: 0), end: SourceLocation(line: endLine, column: 0)))
    }

    // MARK: - Names and operators

    static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            || (scalar.value > 127 && scalar.properties.isXIDStart)
    }

    static func isIdentifierContinue(_ scalar: Unicode.Scalar) -> Bool {
        isIdentifierStart(scalar) || ("0"..."9").contains(scalar) || (scalar.value > 127 && scalar.properties.isXIDContinue)
    }

    mutating func readNameOrPrefixedString() throws(PythonSyntaxError) {
        let start = position
        while let scalar = peek(), Self.isIdentifierContinue(scalar) { position += 1 }
        let name = text(from: start, to: position)
        if let quote = peek(), quote == "'" || quote == "\"", Self.stringPrefixes.contains(name.lowercased()) {
            try readString(prefixStart: start)
            return
        }
        append(.name, from: start, text: name.precomposedStringWithCompatibilityMappingIfNeeded)
    }

    /// Operators and delimiters, longest first.
    static let operators: [String] = [
        "**=", "//=", ">>=", "<<=", "...",
        "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":=",
        "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=",
    ]

    mutating func readOperator(_ scalar: Unicode.Scalar) throws(PythonSyntaxError) {
        for candidate in Self.operators where matches(candidate) {
            let start = position
            position += candidate.unicodeScalars.count
            try track(bracket: candidate, at: start)
            append(.operator, from: start, text: candidate)
            return
        }
        if scalar.value > 127 && !scalar.properties.isWhitespace {
            throw error("invalid character '\(Character(scalar))' (U+\(Self.hex(scalar.value)))", at: position)
        }
        if scalar.properties.isWhitespace && scalar.value > 127 {
            throw error("invalid non-printable character U+\(Self.hex(scalar.value))", at: position)
        }
        if scalar.value < 32 || scalar.value == 127 {
            throw error("invalid non-printable character U+\(Self.hex(scalar.value))", at: position)
        }
        throw error("invalid syntax", at: position)
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: Swift.max(0, 4 - digits.count)) + digits
    }

    private func matches(_ candidate: String) -> Bool {
        var index = position
        for scalar in candidate.unicodeScalars {
            guard index < scalars.count, scalars[index] == scalar else { return false }
            index += 1
        }
        return true
    }

    private mutating func track(bracket: String, at offset: Int) throws(PythonSyntaxError) {
        let closing: [String: Unicode.Scalar] = [")": "(", "]": "[", "}": "{"]
        switch bracket {
        case "(", "[", "{":
            brackets.append((bracket.unicodeScalars.first!, offset))
        case ")", "]", "}":
            guard let open = brackets.popLast() else { throw error("unmatched '\(bracket)'", at: offset) }
            if open.scalar != closing[bracket]! {
                let openLine = source.location(of: open.offset).line
                let closeLine = source.location(of: offset).line
                let message = openLine == closeLine
                    ? "closing parenthesis '\(bracket)' does not match opening parenthesis '\(open.scalar)'"
                    : "closing parenthesis '\(bracket)' does not match opening parenthesis '\(open.scalar)' on line \(openLine)"
                throw error(message, at: offset)
            }
        default:
            break
        }
    }

    // MARK: - Helpers

    func text(from start: Int, to end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    mutating func append(_ kind: Token.Kind, from start: Int, text: String) {
        tokens.append(Token(kind: kind, text: text, start: source.location(of: start), end: source.location(of: position)))
    }

    func error(_ message: String, at offset: Int) -> PythonSyntaxError {
        error(.syntaxError, message, at: offset)
    }

    func error(_ kind: PythonSyntaxError.Kind, _ message: String, at offset: Int) -> PythonSyntaxError {
        let location = source.location(of: Swift.min(offset, scalars.count))
        return PythonSyntaxError(kind, message, file: source.name, location: location, lineText: source.line(location.line))
    }
}

extension String {
    /// Identifiers are compared in NFKC form, as CPython normalizes them; ASCII names are
    /// already normalized.
    var precomposedStringWithCompatibilityMappingIfNeeded: String {
        guard unicodeScalars.contains(where: { $0.value > 127 }) else { return self }
        return precomposedStringWithCompatibilityMapping
    }
}
