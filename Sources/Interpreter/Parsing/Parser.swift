/// Reads tokens into statements by recursive descent over Python's grammar, for the
/// subset course cells use; constructs outside it are syntax errors that say so.
public struct Parser {
    let source: SourceFile
    let tokens: [Token]
    var index = 0
    /// Enclosing function and loop depth, for `return`, `break` and `continue` checks.
    var functionDepth = 0
    var loopDepth = 0

    init(source: SourceFile, tokens: [Token]) {
        self.source = source
        self.tokens = tokens
    }

    /// The statements of a whole source (a cell or a script).
    public static func parse(_ source: SourceFile) throws(PythonSyntaxError) -> [StatementNode] {
        var parser = Parser(source: source, tokens: try Lexer.tokenize(source))
        return try parser.parseModule()
    }

    mutating func parseModule() throws(PythonSyntaxError) -> [StatementNode] {
        var statements: [StatementNode] = []
        while current.kind != .end {
            if current.kind == .newline {
                advance()
                continue
            }
            if current.kind == .indent { throw unexpectedIndent(current) }
            statements += try parseStatement()
        }
        return statements
    }

    // MARK: - Tokens

    var current: Token { tokens[index] }

    func peek(_ ahead: Int) -> Token { tokens[Swift.min(index + ahead, tokens.count - 1)] }

    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    /// Consumes the keyword or operator `text` if it is next.
    mutating func accept(_ text: String) -> Bool {
        guard current.is(text) else { return false }
        advance()
        return true
    }

    mutating func expect(_ text: String) throws(PythonSyntaxError) {
        guard accept(text) else {
            if text == ":" { throw error("expected ':'", at: current) }
            throw invalidSyntax()
        }
    }

    mutating func expectName() throws(PythonSyntaxError) -> String {
        guard current.isIdentifier else { throw invalidSyntax() }
        defer { advance() }
        return current.text
    }

    func error(_ message: String, at token: Token) -> PythonSyntaxError {
        error(.syntaxError, message, at: token)
    }

    func error(_ kind: PythonSyntaxError.Kind, _ message: String, at token: Token) -> PythonSyntaxError {
        error(kind, message, at: token.start)
    }

    func error(_ message: String, at location: SourceLocation) -> PythonSyntaxError {
        error(.syntaxError, message, at: location)
    }

    func error(_ kind: PythonSyntaxError.Kind, _ message: String, at location: SourceLocation) -> PythonSyntaxError {
        PythonSyntaxError(kind, message, file: source.name, location: location, lineText: source.line(location.line))
    }

    /// `node` with its end set to the end of the last token read.
    func ended(_ node: ExpressionNode, anchor: (start: SourceLocation, end: SourceLocation)? = nil) -> ExpressionNode {
        var node = node
        node.end = tokens[Swift.max(index - 1, 0)].end
        if let anchor { node.anchor = anchor }
        return node
    }

    /// Where the last complete line ended (its NEWLINE token), for errors found after it.
    var lastLineEnd: Token {
        var offset = index - 1
        while offset > 0, tokens[offset].kind != .newline { offset -= 1 }
        return tokens[Swift.max(offset, 0)]
    }

    /// CPython points an unexpected indent at the indentation's last character.
    func unexpectedIndent(_ token: Token) -> PythonSyntaxError {
        error(.indentationError, "unexpected indent", at: SourceLocation(line: token.end.line, column: Swift.max(token.end.column - 1, 0)))
    }

    /// CPython's generic complaint, at the token where reading stopped.
    func invalidSyntax() -> PythonSyntaxError {
        if current.kind == .indent { return unexpectedIndent(current) }
        return error("invalid syntax", at: current)
    }
}
