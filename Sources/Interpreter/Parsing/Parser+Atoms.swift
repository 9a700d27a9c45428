extension Parser {
    /// Names, literals, displays, comprehensions and parenthesized expressions.
    mutating func parseAtom() throws(PythonSyntaxError) -> ExpressionNode {
        let token = current
        switch token.kind {
        case .name:
            if let message = Self.unsupportedStatements[token.text], token.text == "yield" || token.text == "await" {
                throw error(message, at: token)
            }
            switch token.text {
            case "None": advance(); return ExpressionNode(.constant(.none), at: token.start)
            case "True": advance(); return ExpressionNode(.constant(.bool(true)), at: token.start)
            case "False": advance(); return ExpressionNode(.constant(.bool(false)), at: token.start)
            default:
                guard token.isIdentifier else { throw invalidSyntax() }
                advance()
                return ExpressionNode(.name(token.text), at: token.start)
            }
        case .number(let literal):
            advance()
            switch literal {
            case .integer(let digits, let radix): return ExpressionNode(.constant(.integer(digits: digits, radix: radix)), at: token.start)
            case .float(let value): return ExpressionNode(.constant(.float(value)), at: token.start)
            case .imaginary(let value): return ExpressionNode(.constant(.imaginary(value)), at: token.start)
            }
        case .string:
            return try parseStrings()
        case .operator:
            switch token.text {
            case "(": return try parseParenthesized()
            case "[": return try parseListDisplay()
            case "{": return try parseBraceDisplay()
            case "...": advance(); return ExpressionNode(.constant(.ellipsis), at: token.start)
            default: throw invalidSyntax()
            }
        default:
            throw invalidSyntax()
        }
    }

    /// Adjacent string literals, joined; f-strings among them make the whole an f-string.
    private mutating func parseStrings() throws(PythonSyntaxError) -> ExpressionNode {
        let start = current
        var parts: [FormattedPart] = []
        var isFormatted = false
        var bytes: [UInt8]?
        var sawText = false
        while case .string(let literal) = current.kind {
            let token = current
            switch literal {
            case .plain(let text):
                if bytes != nil { throw error("cannot mix bytes and nonbytes literals", at: start) }
                sawText = true
                parts.append(.text(text))
            case .bytes(let values):
                if sawText || isFormatted { throw error("cannot mix bytes and nonbytes literals", at: start) }
                bytes = (bytes ?? []) + values
            case .formatted(let pieces):
                if bytes != nil { throw error("cannot mix bytes and nonbytes literals", at: start) }
                isFormatted = true
                parts += try formattedParts(pieces, in: token)
            }
            advance()
        }
        if let bytes { return ExpressionNode(.constant(.bytes(bytes)), at: start.start) }
        guard isFormatted else {
            let text = parts.map { part -> String in
                if case .text(let text) = part { return text }
                return ""
            }.joined()
            return ExpressionNode(.constant(.string(text)), at: start.start)
        }
        return ExpressionNode(.formatted(parts), at: start.start)
    }

    /// An f-string's pieces with each field's expression parsed.
    private func formattedParts(_ pieces: [FormatPiece], in token: Token) throws(PythonSyntaxError) -> [FormattedPart] {
        var parts: [FormattedPart] = []
        for piece in pieces {
            switch piece {
            case .text(let text):
                parts.append(.text(text))
            case .field(let field):
                let expression = try parseFieldExpression(field, in: token)
                parts.append(.field(
                    expression, conversion: field.conversion, spec: try formattedParts(field.spec, in: token),
                    selfDocumenting: field.selfDocumenting))
            }
        }
        return parts
    }

    /// A replacement field's expression, parsed as if parenthesized (so it may span lines).
    private func parseFieldExpression(_ field: FormatField, in token: Token) throws(PythonSyntaxError) -> ExpressionNode {
        let inner = SourceFile("(" + field.expression + ")", name: source.name, firstLine: field.location.line)
        let innerTokens: [Token]
        do throws(PythonSyntaxError) {
            innerTokens = try Lexer.tokenize(inner)
        } catch {
            throw self.error("f-string: " + error.message, at: token)
        }
        var parser = Parser(source: inner, tokens: innerTokens)
        parser.functionDepth = functionDepth
        do throws(PythonSyntaxError) {
            let expression = try parser.parseExpressionList(allowStarred: false)
            guard parser.current.kind == .newline || parser.current.kind == .end else { throw parser.invalidSyntax() }
            return expression
        } catch {
            throw self.error("f-string: " + error.message, at: token)
        }
    }

    private mutating func parseParenthesized() throws(PythonSyntaxError) -> ExpressionNode {
        let open = current
        advance()
        if accept(")") { return ExpressionNode(.tuple([]), at: open.start) }
        if current.is("yield") {
            let value = try parseYield()
            try expect(")")
            return value
        }
        let first: ExpressionNode
        if current.is("*") {
            let star = current.start
            advance()
            first = ExpressionNode(.starred(try parseBitwiseOr()), at: star)
        } else {
            first = try parseNamedExpression()
        }
        if current.is("for") {
            let generator = ExpressionNode(.generator(first, try parseComprehensions()), at: open.start)
            try expect(")")
            return generator
        }
        guard current.is(",") else {
            if !current.is(")"), startsExpression(current) {
                throw error("invalid syntax. Perhaps you forgot a comma?", at: first.location)
            }
            try expect(")")
            if case .starred = first.kind { throw error("cannot use starred expression here", at: first.location) }
            return first
        }
        var items = [first]
        while accept(",") {
            if current.is(")") { break }
            if current.is("*") {
                let star = current.start
                advance()
                items.append(ExpressionNode(.starred(try parseBitwiseOr()), at: star))
            } else {
                items.append(try parseNamedExpression())
            }
        }
        try expectClosing(")", items: items)
        return ExpressionNode(.tuple(items), at: open.start)
    }

    /// Whether `token` can begin an expression (so a missing comma is the likely mistake).
    func startsExpression(_ token: Token) -> Bool {
        switch token.kind {
        case .number, .string: return true
        case .name: return token.isIdentifier || ["None", "True", "False", "not", "lambda"].contains(token.text)
        case .operator: return ["(", "[", "{", "-", "+", "~", "..."].contains(token.text)
        default: return false
        }
    }

    private mutating func expectClosing(_ closing: String, items: [ExpressionNode]) throws(PythonSyntaxError) {
        guard accept(closing) else {
            if current.kind != .newline, current.kind != .end {
                throw error("invalid syntax. Perhaps you forgot a comma?", at: items.last?.location ?? current.start)
            }
            throw invalidSyntax()
        }
    }

    private mutating func parseStarredOrNamed() throws(PythonSyntaxError) -> ExpressionNode {
        guard current.is("*") else { return try parseNamedExpression() }
        let star = current.start
        advance()
        return ExpressionNode(.starred(try parseBitwiseOr()), at: star)
    }

    private mutating func parseListDisplay() throws(PythonSyntaxError) -> ExpressionNode {
        let open = current
        advance()
        if accept("]") { return ExpressionNode(.list([]), at: open.start) }
        let first = try parseStarredOrNamed()
        if current.is("for") {
            if case .starred = first.kind { throw error("iterable unpacking cannot be used in comprehension", at: first.location) }
            let comprehension = ExpressionNode(.listComprehension(first, try parseComprehensions()), at: open.start)
            try expect("]")
            return comprehension
        }
        var items = [first]
        while accept(",") {
            if current.is("]") { break }
            items.append(try parseStarredOrNamed())
        }
        try expectClosing("]", items: items)
        return ExpressionNode(.list(items), at: open.start)
    }

    private mutating func parseBraceDisplay() throws(PythonSyntaxError) -> ExpressionNode {
        let open = current
        advance()
        if accept("}") { return ExpressionNode(.dictionary([]), at: open.start) }
        if accept("**") {
            var pairs: [(key: ExpressionNode?, value: ExpressionNode)] = [(nil, try parseBitwiseOr())]
            try parseDictionaryRest(into: &pairs)
            return ExpressionNode(.dictionary(pairs), at: open.start)
        }
        let first = try parseStarredOrNamed()
        if accept(":") {
            let value = try parseExpression()
            if current.is("for") {
                let comprehension = ExpressionNode(
                    .dictionaryComprehension(key: first, value: value, try parseComprehensions()), at: open.start)
                try expect("}")
                return comprehension
            }
            var pairs: [(key: ExpressionNode?, value: ExpressionNode)] = [(first, value)]
            try parseDictionaryRest(into: &pairs)
            return ExpressionNode(.dictionary(pairs), at: open.start)
        }
        if current.is("for") {
            let comprehension = ExpressionNode(.setComprehension(first, try parseComprehensions()), at: open.start)
            try expect("}")
            return comprehension
        }
        var items = [first]
        while accept(",") {
            if current.is("}") { break }
            items.append(try parseStarredOrNamed())
        }
        try expectClosing("}", items: items)
        return ExpressionNode(.set(items), at: open.start)
    }

    private mutating func parseDictionaryRest(into pairs: inout [(key: ExpressionNode?, value: ExpressionNode)]) throws(PythonSyntaxError) {
        while accept(",") {
            if current.is("}") { break }
            if accept("**") {
                pairs.append((nil, try parseBitwiseOr()))
                continue
            }
            let key = try parseExpression()
            guard accept(":") else { throw error("':' expected after dictionary key", at: key.location) }
            pairs.append((key, try parseExpression()))
        }
        try expect("}")
    }
}
