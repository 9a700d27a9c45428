extension Parser {
    /// `a, b, *c` as a tuple, or a single expression when there is no comma.
    mutating func parseExpressionList(allowStarred: Bool) throws(PythonSyntaxError) -> ExpressionNode {
        let start = current.start
        let first = try parseListItem(allowStarred: allowStarred)
        guard current.is(",") else { return first }
        var items = [first]
        while accept(",") {
            if endsExpressionList { break }
            items.append(try parseListItem(allowStarred: allowStarred))
        }
        return ExpressionNode(.tuple(items), at: start)
    }

    /// A `for` target: names, attributes, subscripts, starred names, as a tuple when commas
    /// separate them (stopping before `in`).
    mutating func parseTargetList() throws(PythonSyntaxError) -> ExpressionNode {
        let start = current.start
        let first = try parseTargetItem()
        guard current.is(",") else { return first }
        var items = [first]
        while accept(",") {
            if current.is("in") || current.is("=") { break }
            items.append(try parseTargetItem())
        }
        return ExpressionNode(.tuple(items), at: start)
    }

    mutating func parseTargetItem() throws(PythonSyntaxError) -> ExpressionNode {
        if current.is("*") {
            let star = current.start
            advance()
            return ExpressionNode(.starred(try parseBitwiseOr()), at: star)
        }
        return try parseBitwiseOr()
    }

    private var endsExpressionList: Bool {
        current.kind == .newline || current.kind == .end || current.is("=") || current.is(")") || current.is("]")
            || current.is("}") || current.is(";") || current.is(":") || current.is("in")
            || (current.kind == .operator && Self.augmentedOperators[current.text] != nil)
    }

    private mutating func parseListItem(allowStarred: Bool) throws(PythonSyntaxError) -> ExpressionNode {
        if current.is("*") {
            let star = current
            guard allowStarred else { throw error("can't use starred expression here", at: star) }
            advance()
            return ExpressionNode(.starred(try parseBitwiseOr()), at: star.start)
        }
        return try parseNamedExpression()
    }

    /// An expression list, or a `yield` expression where the grammar allows one unparenthesized
    /// (a statement, an assignment's value).
    mutating func parseExpressionListOrYield(allowStarred: Bool) throws(PythonSyntaxError) -> ExpressionNode {
        current.is("yield") ? try parseYield() : try parseExpressionList(allowStarred: allowStarred)
    }

    /// `yield`, `yield value`, `yield a, b` or `yield from iterable`.
    mutating func parseYield() throws(PythonSyntaxError) -> ExpressionNode {
        let start = current
        guard functionDepth > 0 else { throw error("'yield' outside function", at: start) }
        advance()
        let node: ExpressionNode
        if accept("from") {
            node = ExpressionNode(.yieldFrom(try parseExpression()), at: start.start)
        } else if current.kind == .newline || current.kind == .end || current.is(")") || current.is(";") || current.is("=")
            || current.is("]") || current.is("}")
        {
            node = ExpressionNode(.yield(nil), at: start.start)
        } else {
            node = ExpressionNode(.yield(try parseExpressionList(allowStarred: true)), at: start.start)
        }
        return ended(node)
    }

    /// `name := value` or an expression.
    mutating func parseNamedExpression() throws(PythonSyntaxError) -> ExpressionNode {
        if current.kind == .name, peek(1).is(":=") {
            let name = current
            guard name.isIdentifier else { throw error("cannot use assignment expressions with \(name.text)", at: name) }
            advance()
            advance()
            return ExpressionNode(.namedExpression(name.text, try parseExpression()), at: name.start)
        }
        let expression = try parseExpression()
        if current.is(":=") {
            throw error("cannot use assignment expressions with \(Self.describe(expression))", at: expression.location)
        }
        return expression
    }

    /// A conditional expression, a lambda, or anything below them.
    mutating func parseExpression() throws(PythonSyntaxError) -> ExpressionNode {
        if current.is("lambda") { return try parseLambda() }
        let start = current.start
        let body = try parseOr()
        guard current.is("if") else { return body }
        advance()
        let test = try parseOr()
        guard accept("else") else { throw error("expected 'else' after 'if' expression", at: body.location) }
        let orElse = try parseExpression()
        return ExpressionNode(.conditional(test: test, body: body, orElse: orElse), at: start)
    }

    private mutating func parseLambda() throws(PythonSyntaxError) -> ExpressionNode {
        let start = current.start
        advance()
        let parameters = try parseParameters(closing: ":", annotations: false)
        try expect(":")
        let (outerFunctions, outerLoops) = (functionDepth, loopDepth)
        (functionDepth, loopDepth) = (functionDepth + 1, 0)
        defer { (functionDepth, loopDepth) = (outerFunctions, outerLoops) }
        return ExpressionNode(.lambda(parameters, try parseExpression()), at: start)
    }

    /// Parameters up to `closing`: defaults, `/`, `*`, `*args`, keyword-only, `**kwargs`,
    /// with annotations when a `def` has them.
    mutating func parseParameters(closing: String, annotations: Bool) throws(PythonSyntaxError) -> Parameters {
        var parameters = Parameters()
        var seen: Set<String> = []
        var afterStar = false
        func record(_ name: Token) throws(PythonSyntaxError) {
            guard seen.insert(name.text).inserted else {
                throw error("duplicate argument '\(name.text)' in function definition", at: name)
            }
        }
        while !current.is(closing) {
            if accept("/") {
                guard !afterStar, !parameters.positional.isEmpty, parameters.positionalOnlyCount == 0 else { throw invalidSyntax() }
                parameters.positionalOnlyCount = parameters.positional.count
            } else if current.is("**") {
                advance()
                let name = current
                parameters.keywords = try expectName()
                try record(name)
                if annotations, accept(":") { _ = try parseExpression() }
                _ = accept(",")
                guard current.is(closing) else { throw error("arguments cannot follow var-keyword argument", at: current) }
                break
            } else if current.is("*") {
                guard !afterStar else { throw error("* argument may appear only once", at: current) }
                let star = current
                advance()
                afterStar = true
                if current.isIdentifier {
                    let name = current
                    parameters.variadic = try expectName()
                    try record(name)
                    if annotations, accept(":") { _ = try parseExpression() }
                } else if current.is(closing) || (current.is(",") && peek(1).is(closing)) {
                    throw error("named arguments must follow bare *", at: star)
                }
            } else {
                let name = current
                let parameterName = try expectName()
                try record(name)
                if annotations, accept(":") { _ = try parseExpression() }
                var defaultValue: ExpressionNode?
                if accept("=") { defaultValue = try parseExpression() }
                let parameter = Parameters.Parameter(name: parameterName, defaultValue: defaultValue)
                if afterStar {
                    parameters.keywordOnly.append(parameter)
                } else {
                    if defaultValue == nil, parameters.positional.last?.defaultValue != nil {
                        throw error("non-default argument follows default argument", at: name)
                    }
                    parameters.positional.append(parameter)
                }
            }
            guard accept(",") else { break }
        }
        return parameters
    }

    private mutating func parseOr() throws(PythonSyntaxError) -> ExpressionNode {
        let start = current.start
        var operands = [try parseAnd()]
        while accept("or") { operands.append(try parseAnd()) }
        return operands.count == 1 ? operands[0] : ExpressionNode(.boolean(.or, operands), at: start)
    }

    private mutating func parseAnd() throws(PythonSyntaxError) -> ExpressionNode {
        let start = current.start
        var operands = [try parseNot()]
        while accept("and") { operands.append(try parseNot()) }
        return operands.count == 1 ? operands[0] : ExpressionNode(.boolean(.and, operands), at: start)
    }

    private mutating func parseNot() throws(PythonSyntaxError) -> ExpressionNode {
        guard current.is("not") else { return try parseComparison() }
        let start = current.start
        advance()
        return ExpressionNode(.unary(.not, try parseNot()), at: start)
    }

    private mutating func parseComparison() throws(PythonSyntaxError) -> ExpressionNode {
        let start = current.start
        let first = try parseBitwiseOr()
        var rest: [(ComparisonOperator, ExpressionNode)] = []
        while true {
            let operation: ComparisonOperator
            if current.kind == .operator, let plain = ComparisonOperator(rawValue: current.text) {
                operation = plain
                advance()
            } else if current.is("in") {
                operation = .in
                advance()
            } else if current.is("not"), peek(1).is("in") {
                operation = .notIn
                advance()
                advance()
            } else if current.is("is") {
                advance()
                operation = accept("not") ? .isNot : .is
            } else {
                break
            }
            rest.append((operation, try parseBitwiseOr()))
        }
        return rest.isEmpty ? first : ended(ExpressionNode(.comparison(first, rest), at: start))
    }

    mutating func parseBitwiseOr() throws(PythonSyntaxError) -> ExpressionNode {
        try parseBinary(level: 0)
    }

    /// The binary operator levels, loosest first.
    static let binaryLevels: [[String: BinaryOperator]] = [
        ["|": .bitOr], ["^": .bitXor], ["&": .bitAnd], ["<<": .leftShift, ">>": .rightShift],
        ["+": .add, "-": .subtract],
        ["*": .multiply, "/": .divide, "//": .floorDivide, "%": .modulo, "@": .matrixMultiply],
    ]

    private mutating func parseBinary(level: Int) throws(PythonSyntaxError) -> ExpressionNode {
        guard level < Self.binaryLevels.count else { return try parseUnary() }
        var left = try parseBinary(level: level + 1)
        while current.kind == .operator, let operation = Self.binaryLevels[level][current.text] {
            let operatorToken = current
            advance()
            let right = try parseBinary(level: level + 1)
            left = ended(ExpressionNode(.binary(operation, left, right), at: left.location), anchor: (operatorToken.start, operatorToken.end))
        }
        return left
    }

    private mutating func parseUnary() throws(PythonSyntaxError) -> ExpressionNode {
        let start = current.start
        let operation: UnaryOperator? = current.is("-") ? .minus : current.is("+") ? .plus : current.is("~") ? .invert : nil
        guard let operation else { return try parsePower() }
        advance()
        // Operands are read before `ended` looks at the last token (a call would capture
        // the parser's state before reading them).
        let operand = try parseUnary()
        return ended(ExpressionNode(.unary(operation, operand), at: start))
    }

    private mutating func parsePower() throws(PythonSyntaxError) -> ExpressionNode {
        let base = try parsePrimary()
        let operatorToken = current
        guard accept("**") else { return base }
        let exponent = try parseUnary()
        return ended(ExpressionNode(.binary(.power, base, exponent), at: base.location), anchor: (operatorToken.start, operatorToken.end))
    }

    /// An atom followed by calls, subscripts and attributes.
    private mutating func parsePrimary() throws(PythonSyntaxError) -> ExpressionNode {
        let atom = try parseAtom()
        // A parenthesized expression keeps its own end (the parentheses are not part of it).
        var expression = atom.end == nil ? ended(atom) : atom
        while true {
            if accept(".") {
                let name = try expectName()
                expression = ended(ExpressionNode(.attribute(expression, name), at: expression.location))
            } else if current.is("(") {
                advance()
                let arguments = try parseArguments()
                try expect(")")
                expression = ended(ExpressionNode(.call(expression, arguments), at: expression.location))
            } else if current.is("[") {
                let open = current
                advance()
                let index = try parseSubscript()
                try expect("]")
                expression = ended(ExpressionNode(.subscript(expression, index), at: expression.location), anchor: (open.start, open.start))
            } else {
                return expression
            }
        }
    }

    mutating func parseArguments() throws(PythonSyntaxError) -> [Argument] {
        var arguments: [Argument] = []
        var keywords: Set<String> = []
        var sawKeyword = false
        var sawKeywordUnpacking = false
        while !current.is(")") {
            let start = current
            if accept("*") {
                if sawKeywordUnpacking { throw error("iterable argument unpacking follows keyword argument unpacking", at: start) }
                arguments.append(.unpacked(try parseExpression()))
            } else if accept("**") {
                sawKeywordUnpacking = true
                arguments.append(.unpackedKeywords(try parseExpression()))
            } else if current.kind == .name, peek(1).is("=") {
                let name = current
                guard name.isIdentifier else { throw error("cannot assign to \(name.text)", at: name) }
                advance()
                advance()
                guard keywords.insert(name.text).inserted else { throw error("keyword argument repeated: \(name.text)", at: name) }
                sawKeyword = true
                arguments.append(.keyword(name.text, try parseExpression()))
            } else {
                let value = try parseNamedExpression()
                if current.is("for") {
                    let generator = ExpressionNode(.generator(value, try parseComprehensions()), at: value.location)
                    guard arguments.isEmpty, current.is(")") else {
                        throw error("Generator expression must be parenthesized", at: value.location)
                    }
                    arguments.append(.positional(generator))
                    continue
                }
                if current.is("=") {
                    throw error("expression cannot contain assignment, perhaps you meant \"==\"?", at: value.location)
                }
                if sawKeywordUnpacking { throw error("positional argument follows keyword argument unpacking", at: current) }
                if sawKeyword { throw error("positional argument follows keyword argument", at: current) }
                arguments.append(.positional(value))
            }
            guard accept(",") else {
                if !current.is(")"), current.kind != .newline, current.kind != .end {
                    throw error("invalid syntax. Perhaps you forgot a comma?", at: start)
                }
                break
            }
        }
        return arguments
    }

    /// The inside of `[...]` after a value: an index, a slice, or a tuple of them.
    private mutating func parseSubscript() throws(PythonSyntaxError) -> ExpressionNode {
        let start = current.start
        let first = try parseSliceItem()
        guard current.is(",") else {
            // `a[*b]` indexes with the tuple of b's items.
            if case .starred = first.kind { return ExpressionNode(.tuple([first]), at: start) }
            return first
        }
        var items = [first]
        while accept(",") {
            if current.is("]") { break }
            items.append(try parseSliceItem())
        }
        return ExpressionNode(.tuple(items), at: start)
    }

    private mutating func parseSliceItem() throws(PythonSyntaxError) -> ExpressionNode {
        let start = current.start
        if current.is("*") {
            advance()
            return ExpressionNode(.starred(try parseBitwiseOr()), at: start)
        }
        var lower: ExpressionNode?
        if !current.is(":") {
            lower = try parseNamedExpression()
            guard current.is(":") else { return lower! }
        }
        advance()
        let upper = current.is(":") || current.is(",") || current.is("]") ? nil : try parseExpression()
        var step: ExpressionNode?
        if accept(":"), !current.is(",") && !current.is("]") { step = try parseExpression() }
        return ExpressionNode(.slice(lower: lower, upper: upper, step: step), at: start)
    }

    mutating func parseComprehensions() throws(PythonSyntaxError) -> [Comprehension] {
        var clauses: [Comprehension] = []
        while current.is("for") {
            if current.is("async") { throw error("'async' is not supported in course cells", at: current) }
            advance()
            let target = try parseTargetList()
            try checkTarget(target, assignment: false)
            try expect("in")
            let iterable = try parseOr()
            var conditions: [ExpressionNode] = []
            while accept("if") {
                let test = try parseOr()
                conditions.append(test)
            }
            clauses.append(Comprehension(target: target, iterable: iterable, conditions: conditions))
        }
        return clauses
    }
}
