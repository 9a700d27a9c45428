extension Parser {
    /// Constructs of Python that course cells do not support, by the keyword that starts them.
    static let unsupportedStatements: [String: String] = [
        "async": "'async' is not supported in course cells",
        "await": "'await' is not supported in course cells",
        "match": "'match' statements are not supported in course cells",
    ]

    /// One line's statements (several when separated by `;`) or one compound statement.
    mutating func parseStatement() throws(PythonSyntaxError) -> [StatementNode] {
        let start = current
        if start.is("@") { return [try parseDecorated()] }
        if start.kind == .name, let message = Self.unsupportedStatements[start.text] {
            // `match` is a soft keyword: only a line `match subject:` starts a statement.
            if start.text != "match" || (lineHasBlockColon() && !peek(1).is("=") && !peek(1).is(".")) {
                throw error(message, at: start)
            }
        }
        if start.kind == .name {
            switch start.text {
            case "if": return [try parseIf()]
            case "while": return [try parseWhile()]
            case "for": return [try parseFor()]
            case "def": return [try parseFunction()]
            case "class": return [try parseClass()]
            case "with": return [try parseWith()]
            case "try": return [try parseTry()]
            default: break
            }
        }
        return try parseSimpleStatementLine()
    }

    /// Simple statements separated by `;` up to the end of the line.
    private mutating func parseSimpleStatementLine() throws(PythonSyntaxError) -> [StatementNode] {
        var statements = [try parseSimpleStatement()]
        while accept(";") {
            if current.kind == .newline { break }
            statements.append(try parseSimpleStatement())
        }
        guard current.kind == .newline || current.kind == .end else { throw invalidSyntax() }
        advance()
        return statements
    }

    /// Whether the logical line ends in `:` (a soft keyword then starts a block).
    private func lineHasBlockColon() -> Bool {
        var offset = 0
        while peek(offset).kind != .newline, peek(offset).kind != .end { offset += 1 }
        return offset > 0 && peek(offset - 1).is(":")
    }

    /// An indented block after a compound statement's colon, or statements on the same line.
    mutating func parseBlock(after header: Token, _ name: String) throws(PythonSyntaxError) -> [StatementNode] {
        try expect(":")
        guard current.kind == .newline else { return try parseSimpleStatementLine() }
        let lineEnd = current
        advance()
        guard current.kind == .indent else {
            // CPython points at the next line's first token, or at the header's end when the
            // source ends there.
            throw error(
                .indentationError, "expected an indented block after \(name) on line \(header.start.line)",
                at: current.kind == .end ? lineEnd : current)
        }
        advance()
        var statements: [StatementNode] = []
        while current.kind != .dedent, current.kind != .end {
            if current.kind == .indent { throw unexpectedIndent(current) }
            statements += try parseStatement()
        }
        advance()
        return statements
    }

    mutating func parseIf() throws(PythonSyntaxError) -> StatementNode {
        let header = current
        advance()
        let test = try parseNamedExpression()
        let body = try parseBlock(after: header, header.text == "if" ? "'if' statement" : "'elif' statement")
        var orElse: [StatementNode] = []
        if current.is("elif") {
            orElse = [try parseIf()]
        } else if current.is("else") {
            let elseToken = current
            advance()
            orElse = try parseBlock(after: elseToken, "'else' statement")
        }
        return StatementNode(.ifStatement(test: test, body: body, orElse: orElse), at: header.start)
    }

    mutating func parseWhile() throws(PythonSyntaxError) -> StatementNode {
        let header = current
        advance()
        let test = try parseNamedExpression()
        loopDepth += 1
        let body = try parseBlock(after: header, "'while' statement")
        loopDepth -= 1
        let orElse = try parseElse()
        return StatementNode(.whileLoop(test: test, body: body, orElse: orElse), at: header.start)
    }

    mutating func parseFor() throws(PythonSyntaxError) -> StatementNode {
        let header = current
        advance()
        let target = try parseTargetList()
        try checkTarget(target, assignment: false)
        try expect("in")
        let iterable = try parseExpressionList(allowStarred: true)
        loopDepth += 1
        let body = try parseBlock(after: header, "'for' statement")
        loopDepth -= 1
        let orElse = try parseElse()
        return StatementNode(.forLoop(target: target, iterable: iterable, body: body, orElse: orElse), at: header.start)
    }

    private mutating func parseElse() throws(PythonSyntaxError) -> [StatementNode] {
        guard current.is("else") else { return [] }
        let elseToken = current
        advance()
        return try parseBlock(after: elseToken, "'else' statement")
    }

    mutating func parseFunction() throws(PythonSyntaxError) -> StatementNode {
        let header = current
        advance()
        let name = try expectName()
        try expect("(")
        let parameters = try parseParameters(closing: ")", annotations: true)
        try expect(")")
        if accept("->") { _ = try parseExpression() }
        let (outerFunctions, outerLoops) = (functionDepth, loopDepth)
        functionDepth += 1
        loopDepth = 0
        let body = try parseBlock(after: header, "function definition")
        (functionDepth, loopDepth) = (outerFunctions, outerLoops)
        var docstring: String?
        if case .expression(let first)? = body.first?.kind, case .constant(.string(let text)) = first.kind { docstring = text }
        let definition = FunctionDefinition(name: name, parameters: parameters, body: body, docstring: docstring)
        return StatementNode(.function(definition), at: header.start)
    }

    /// `@decorator` lines, then the `def` or `class` they decorate.
    mutating func parseDecorated() throws(PythonSyntaxError) -> StatementNode {
        var decorators: [ExpressionNode] = []
        while accept("@") {
            decorators.append(try parseNamedExpression())
            guard current.kind == .newline else { throw invalidSyntax() }
            advance()
        }
        var statement: StatementNode
        if current.is("def") {
            statement = try parseFunction()
        } else if current.is("class") {
            statement = try parseClass()
        } else if current.is("async") {
            throw error("'async' is not supported in course cells", at: current)
        } else {
            throw invalidSyntax()
        }
        switch statement.kind {
        case .function(var definition):
            definition.decorators = decorators
            statement.kind = .function(definition)
        case .classDefinition(var definition):
            definition.decorators = decorators
            statement.kind = .classDefinition(definition)
        default:
            break
        }
        return statement
    }

    /// `with item, item: body`, the items optionally in parentheses (3.10+).
    mutating func parseWith() throws(PythonSyntaxError) -> StatementNode {
        let header = current
        advance()
        var items: [WithItem] = []
        // `with (a as x, b):` is a parenthesized item list when the parenthesis closes right
        // before the colon; otherwise the parenthesis belongs to the first expression.
        var parenthesized = false
        if current.is("(") {
            var depth = 0
            var offset = 0
            scan: while true {
                let token = peek(offset)
                if token.kind == .newline || token.kind == .end { break }
                if token.is("(") || token.is("[") || token.is("{") { depth += 1 }
                if token.is(")") || token.is("]") || token.is("}") {
                    depth -= 1
                    if depth == 0 {
                        parenthesized = peek(offset + 1).is(":") && Self.hasTopLevelAsOrComma(self, from: 1, to: offset)
                        break scan
                    }
                }
                offset += 1
            }
        }
        if parenthesized { advance() }
        repeat {
            if parenthesized, current.is(")") { break }
            let context = try parseExpression()
            var target: ExpressionNode?
            if accept("as") {
                target = try parseTargetItem()
                try checkTarget(target!, assignment: false)
            }
            items.append(WithItem(context: context, target: target))
        } while accept(",")
        if parenthesized { try expect(")") }
        let body = try parseBlock(after: header, "'with' statement")
        return StatementNode(.with(items: items, body: body), at: header.start)
    }

    /// Whether tokens `from..<to` after the current one hold, at the top level, an `as` or
    /// a comma (a parenthesized list of `with` items, not one parenthesized expression).
    private static func hasTopLevelAsOrComma(_ parser: Parser, from: Int, to: Int) -> Bool {
        var depth = 0
        for offset in from..<max(from, to) {
            let token = parser.peek(offset)
            if token.is("(") || token.is("[") || token.is("{") { depth += 1 }
            if token.is(")") || token.is("]") || token.is("}") { depth -= 1 }
            if depth == 0, token.is("as") || token.is(",") { return true }
        }
        return false
    }

    /// `class Name(bases): body`.
    mutating func parseClass() throws(PythonSyntaxError) -> StatementNode {
        let header = current
        advance()
        let name = try expectName()
        var arguments: [Argument] = []
        if accept("(") {
            arguments = try parseArguments()
            try expect(")")
        }
        let (outerFunctions, outerLoops) = (functionDepth, loopDepth)
        (functionDepth, loopDepth) = (0, 0)
        let body = try parseBlock(after: header, "class definition")
        (functionDepth, loopDepth) = (outerFunctions, outerLoops)
        var docstring: String?
        if case .expression(let first)? = body.first?.kind, case .constant(.string(let text)) = first.kind { docstring = text }
        return StatementNode(.classDefinition(ClassDefinition(name: name, arguments: arguments, body: body, docstring: docstring)), at: header.start)
    }

    mutating func parseTry() throws(PythonSyntaxError) -> StatementNode {
        let header = current
        advance()
        let body = try parseBlock(after: header, "'try' statement")
        var handlers: [ExceptHandler] = []
        while current.is("except") {
            let exceptToken = current
            advance()
            if current.is("*") { throw error("'except*' is not supported in course cells", at: current) }
            var type: ExpressionNode?
            var name: String?
            if !current.is(":") {
                type = try parseExpression()
                if current.is(",") {
                    throw error("multiple exception types must be parenthesized", at: type!.location)
                }
                if accept("as") { name = try expectName() }
            }
            let handlerBody = try parseBlock(after: exceptToken, "'except' statement")
            handlers.append(ExceptHandler(type: type, name: name, body: handlerBody, location: exceptToken.start))
        }
        var orElse: [StatementNode] = []
        if current.is("else") {
            guard !handlers.isEmpty else { throw invalidSyntax() }
            let elseToken = current
            advance()
            orElse = try parseBlock(after: elseToken, "'else' statement")
        }
        var finally: [StatementNode] = []
        if current.is("finally") {
            let finallyToken = current
            advance()
            finally = try parseBlock(after: finallyToken, "'finally' statement")
        }
        if handlers.isEmpty && finally.isEmpty {
            throw error("expected 'except' or 'finally' block", at: lastLineEnd)
        }
        return StatementNode(.tryStatement(body: body, handlers: handlers, orElse: orElse, finally: finally), at: header.start)
    }

    // MARK: - Simple statements

    mutating func parseSimpleStatement() throws(PythonSyntaxError) -> StatementNode {
        let start = current
        if start.kind == .name {
            switch start.text {
            case "pass":
                advance()
                return StatementNode(.pass, at: start.start)
            case "break":
                guard loopDepth > 0 else { throw error("'break' outside loop", at: start) }
                advance()
                return StatementNode(.breakStatement, at: start.start)
            case "continue":
                guard loopDepth > 0 else { throw error("'continue' not properly in loop", at: start) }
                advance()
                return StatementNode(.continueStatement, at: start.start)
            case "return":
                guard functionDepth > 0 else { throw error("'return' outside function", at: start) }
                advance()
                let value = endsSimpleStatement ? nil : try parseExpressionList(allowStarred: true)
                return StatementNode(.returnStatement(value), at: start.start)
            case "raise":
                advance()
                guard !endsSimpleStatement else { return StatementNode(.raise(nil, cause: nil), at: start.start) }
                let exception = try parseExpression()
                let cause = accept("from") ? try parseExpression() : nil
                return StatementNode(.raise(exception, cause: cause), at: start.start)
            case "assert":
                advance()
                let test = try parseExpression()
                let message = accept(",") ? try parseExpression() : nil
                return StatementNode(.assertion(test, message: message), at: start.start)
            case "del":
                advance()
                var targets: [ExpressionNode] = []
                repeat {
                    if endsSimpleStatement { break }
                    let target = try parseBitwiseOr()
                    try checkDeletable(target)
                    targets.append(target)
                } while accept(",")
                guard !targets.isEmpty else { throw invalidSyntax() }
                return StatementNode(.deletion(targets), at: start.start)
            case "global", "nonlocal":
                advance()
                var names = [try expectName()]
                while accept(",") { names.append(try expectName()) }
                if start.text == "nonlocal", functionDepth == 0 {
                    throw error("nonlocal declaration not allowed at module level", at: start)
                }
                return StatementNode(start.text == "global" ? .global(names) : .nonlocal(names), at: start.start)
            case "import":
                advance()
                var modules: [(module: String, alias: String?)] = []
                repeat {
                    let module = try parseDottedName()
                    modules.append((module, accept("as") ? try expectName() : nil))
                } while accept(",")
                return StatementNode(.importModules(modules), at: start.start)
            case "from":
                return try parseFromImport()
            case "print" where peek(1).kind != .operator && peek(1).kind != .newline && peek(1).kind != .end:
                throw error("Missing parentheses in call to 'print'. Did you mean print(...)?", at: start)
            default:
                break
            }
        }
        return try parseExpressionStatement()
    }

    var endsSimpleStatement: Bool { current.kind == .newline || current.kind == .end || current.is(";") }

    private mutating func parseDottedName() throws(PythonSyntaxError) -> String {
        var name = try expectName()
        while accept(".") { name += "." + (try expectName()) }
        return name
    }

    private mutating func parseFromImport() throws(PythonSyntaxError) -> StatementNode {
        let start = current
        advance()
        if current.is(".") || current.is("...") {
            throw error("relative imports are not supported in course cells", at: current)
        }
        let module = try parseDottedName()
        try expect("import")
        if current.is("*") { throw error("'from \(module) import *' is not supported in course cells", at: current) }
        let parenthesized = accept("(")
        var names: [(name: String, alias: String?)] = []
        repeat {
            if parenthesized, current.is(")") { break }
            let name = try expectName()
            names.append((name, accept("as") ? try expectName() : nil))
        } while accept(",")
        if parenthesized { try expect(")") }
        if !parenthesized, names.isEmpty { throw invalidSyntax() }
        return StatementNode(.importFrom(module: module, names: names), at: start.start)
    }

    /// An expression, an assignment (plain, chained, augmented or annotated).
    private mutating func parseExpressionStatement() throws(PythonSyntaxError) -> StatementNode {
        let start = current
        let first = try parseExpressionListOrYield(allowStarred: true)
        if current.kind == .operator, let operation = Self.augmentedOperators[current.text] {
            try checkAugmentedTarget(first)
            advance()
            let value = try parseExpressionListOrYield(allowStarred: true)
            return StatementNode(.augmentedAssignment(target: first, operation, value: value), at: start.start)
        }
        if current.is(":") {
            advance()
            let annotation = try parseExpression()
            switch first.kind {
            case .name, .attribute, .subscript: break
            case .tuple: throw error("only single target (not tuple) can be annotated", at: first.location)
            case .list: throw error("only single target (not list) can be annotated", at: first.location)
            default: throw error("illegal target for annotation", at: first.location)
            }
            let value = accept("=") ? try parseExpressionListOrYield(allowStarred: true) : nil
            return StatementNode(.annotatedAssignment(target: first, annotation: annotation, value: value), at: start.start)
        }
        guard current.is("=") else {
            if case .starred = first.kind { throw error("can't use starred expression here", at: first.location) }
            return StatementNode(.expression(first), at: start.start)
        }
        var targets = [first]
        var value = first
        while accept("=") {
            value = try parseExpressionListOrYield(allowStarred: true)
            if case .starred = value.kind { throw error("can't use starred expression here", at: value.location) }
            targets.append(value)
        }
        targets.removeLast()
        for target in targets { try checkTarget(target, assignment: true) }
        return StatementNode(.assignment(targets: targets, value: value), at: start.start)
    }

    static let augmentedOperators: [String: BinaryOperator] = [
        "+=": .add, "-=": .subtract, "*=": .multiply, "/=": .divide, "//=": .floorDivide, "%=": .modulo,
        "**=": .power, "@=": .matrixMultiply, "<<=": .leftShift, ">>=": .rightShift, "&=": .bitAnd,
        "|=": .bitOr, "^=": .bitXor,
    ]

    // MARK: - Targets

    /// What CPython calls an expression that cannot be a target.
    static func describe(_ expression: ExpressionNode) -> String {
        switch expression.kind {
        case .constant(.none): "None"
        case .constant(.bool(let value)): value ? "True" : "False"
        case .constant(.ellipsis): "ellipsis"
        case .constant: "literal"
        case .formatted: "f-string expression"
        case .call: "function call"
        case .unary, .binary, .boolean: "expression"
        case .comparison: "comparison"
        case .conditional: "conditional expression"
        case .lambda: "lambda"
        case .namedExpression: "named expression"
        case .listComprehension: "list comprehension"
        case .setComprehension: "set comprehension"
        case .dictionaryComprehension: "dict comprehension"
        case .generator: "generator expression"
        case .set: "set display"
        case .dictionary: "dict literal"
        default: "expression"
        }
    }

    /// Checks an assignment or `for` target, as CPython's compiler does.
    func checkTarget(_ target: ExpressionNode, assignment: Bool) throws(PythonSyntaxError) {
        switch target.kind {
        case .name, .attribute, .subscript:
            return
        case .starred(let inner):
            try checkTarget(inner, assignment: false)
        case .tuple(let items), .list(let items):
            if items.filter({ if case .starred = $0.kind { true } else { false } }).count > 1 {
                throw error("multiple starred expressions in assignment", at: target.location)
            }
            for item in items { try checkTarget(item, assignment: false) }
        default:
            let what = Self.describe(target)
            if assignment, ["literal", "function call", "expression", "comparison"].contains(what) || what == "None" || what == "True" || what == "False" {
                if what == "None" || what == "True" || what == "False" {
                    throw error("cannot assign to \(what)", at: target.location)
                }
                throw error("cannot assign to \(what) here. Maybe you meant '==' instead of '='?", at: target.location)
            }
            throw error("cannot assign to \(what)", at: target.location)
        }
    }

    private func checkAugmentedTarget(_ target: ExpressionNode) throws(PythonSyntaxError) {
        switch target.kind {
        case .name, .attribute, .subscript: return
        case .tuple: throw error("'tuple' is an illegal expression for augmented assignment", at: target.location)
        case .list: throw error("'list' is an illegal expression for augmented assignment", at: target.location)
        default: throw error("'\(Self.describe(target))' is an illegal expression for augmented assignment", at: target.location)
        }
    }

    private func checkDeletable(_ target: ExpressionNode) throws(PythonSyntaxError) {
        switch target.kind {
        case .name, .attribute, .subscript: return
        case .tuple(let items), .list(let items):
            for item in items { try checkDeletable(item) }
        default:
            throw error("cannot delete \(Self.describe(target))", at: target.location)
        }
    }
}
