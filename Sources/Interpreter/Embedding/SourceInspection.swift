/// What a piece of source does, read from its syntax without running it: the loops and
/// comprehensions it writes, the names it calls and the names it binds, each with its line.
/// A checker uses it to say "line 12 uses a for loop" before running anything.
public struct SourceInspection: Sendable {
    /// A loop written in the source.
    public struct Loop: Sendable, Equatable {
        public enum Kind: String, Sendable {
            case forLoop = "a for loop"
            case whileLoop = "a while loop"
            case listComprehension = "a list comprehension"
            case setComprehension = "a set comprehension"
            case dictionaryComprehension = "a dict comprehension"
            case generatorExpression = "a generator expression"
        }

        public var kind: Kind
        public var line: Int
    }

    /// A name used at a line.
    public struct NameUse: Sendable, Equatable {
        public var name: String
        public var line: Int
    }

    /// Loops and comprehensions, in source order.
    public private(set) var loops: [Loop] = []
    /// Calls of plain names (`f(x)`, not `obj.f(x)`), in source order.
    public private(set) var calls: [NameUse] = []
    /// Calls of attributes (`np.broadcast_shapes(a, b)` records `broadcast_shapes`).
    public private(set) var attributeCalls: [NameUse] = []
    /// Every name read (not bound), in source order.
    public private(set) var names: [NameUse] = []
    /// Names bound by assignment, `def`, `for` targets or `import`, in source order.
    public private(set) var bindings: [NameUse] = []

    /// Inspects `source`; throws the `SyntaxError` CPython would report for it.
    public init(_ source: SourceFile) throws(PythonSyntaxError) {
        for statement in try Parser.parse(source) { visit(statement) }
    }

    private mutating func visit(_ statement: StatementNode) {
        let line = statement.location.line
        switch statement.kind {
        case .expression(let expression):
            visit(expression)
        case .assignment(let targets, let value):
            targets.forEach { bind($0) }
            targets.forEach { visitTarget($0) }
            visit(value)
        case .augmentedAssignment(let target, _, let value):
            bind(target)
            visit(target)
            visit(value)
        case .annotatedAssignment(let target, let annotation, let value):
            bind(target)
            visit(annotation)
            value.map { visit($0) }
        case .ifStatement(let test, let body, let orElse):
            visit(test)
            (body + orElse).forEach { visit($0) }
        case .whileLoop(let test, let body, let orElse):
            loops.append(Loop(kind: .whileLoop, line: line))
            visit(test)
            (body + orElse).forEach { visit($0) }
        case .forLoop(let target, let iterable, let body, let orElse):
            loops.append(Loop(kind: .forLoop, line: line))
            bind(target)
            visit(iterable)
            (body + orElse).forEach { visit($0) }
        case .function(let definition):
            bindings.append(NameUse(name: definition.name, line: line))
            (definition.parameters.positional + definition.parameters.keywordOnly).compactMap(\.defaultValue).forEach { visit($0) }
            definition.body.forEach { visit($0) }
        case .returnStatement(let value):
            value.map { visit($0) }
        case .assertion(let test, let message):
            visit(test)
            message.map { visit($0) }
        case .deletion(let targets):
            targets.forEach { visit($0) }
        case .importModules(let modules):
            for (module, alias) in modules {
                let name = alias ?? String(module.prefix { $0 != "." })
                bindings.append(NameUse(name: name, line: line))
            }
        case .importFrom(_, let names):
            for (name, alias) in names { bindings.append(NameUse(name: alias ?? name, line: line)) }
        case .tryStatement(let body, let handlers, let orElse, let finally):
            body.forEach { visit($0) }
            for handler in handlers {
                handler.type.map { visit($0) }
                if let name = handler.name { bindings.append(NameUse(name: name, line: handler.location.line)) }
                handler.body.forEach { visit($0) }
            }
            (orElse + finally).forEach { visit($0) }
        case .raise(let exception, let cause):
            exception.map { visit($0) }
            cause.map { visit($0) }
        case .pass, .breakStatement, .continueStatement, .global, .nonlocal:
            break
        }
    }

    /// The reads inside an assignment target (`a[i] = …` reads `a` and `i`; `a = …` reads nothing).
    private mutating func visitTarget(_ target: ExpressionNode) {
        switch target.kind {
        case .name: break
        case .tuple(let items), .list(let items): items.forEach { visitTarget($0) }
        case .starred(let item): visitTarget(item)
        default: visit(target)
        }
    }

    private mutating func bind(_ target: ExpressionNode) {
        switch target.kind {
        case .name(let name): bindings.append(NameUse(name: name, line: target.location.line))
        case .tuple(let items), .list(let items): items.forEach { bind($0) }
        case .starred(let item): bind(item)
        default: break
        }
    }

    private mutating func visit(_ expression: ExpressionNode) {
        let line = expression.location.line
        switch expression.kind {
        case .name(let name):
            names.append(NameUse(name: name, line: line))
        case .constant:
            break
        case .formatted(let parts):
            visit(parts)
        case .unary(_, let operand), .starred(let operand), .attribute(let operand, _):
            visit(operand)
        case .binary(_, let left, let right), .subscript(let left, let right):
            visit(left)
            visit(right)
        case .boolean(_, let operands), .tuple(let operands), .list(let operands), .set(let operands):
            operands.forEach { visit($0) }
        case .comparison(let first, let rest):
            visit(first)
            rest.forEach { visit($0.1) }
        case .conditional(let test, let body, let orElse):
            [test, body, orElse].forEach { visit($0) }
        case .lambda(let parameters, let body):
            (parameters.positional + parameters.keywordOnly).compactMap(\.defaultValue).forEach { visit($0) }
            visit(body)
        case .call(let callee, let arguments):
            if case .name(let name) = callee.kind { calls.append(NameUse(name: name, line: line)) }
            if case .attribute(_, let name) = callee.kind { attributeCalls.append(NameUse(name: name, line: line)) }
            visit(callee)
            for argument in arguments {
                switch argument {
                case .positional(let value), .unpacked(let value), .keyword(_, let value), .unpackedKeywords(let value):
                    visit(value)
                }
            }
        case .slice(let lower, let upper, let step):
            [lower, upper, step].compactMap { $0 }.forEach { visit($0) }
        case .dictionary(let entries):
            for entry in entries {
                entry.key.map { visit($0) }
                visit(entry.value)
            }
        case .listComprehension(let element, let clauses):
            comprehension(.listComprehension, line: line, [element], clauses)
        case .setComprehension(let element, let clauses):
            comprehension(.setComprehension, line: line, [element], clauses)
        case .dictionaryComprehension(let key, let value, let clauses):
            comprehension(.dictionaryComprehension, line: line, [key, value], clauses)
        case .generator(let element, let clauses):
            comprehension(.generatorExpression, line: line, [element], clauses)
        case .namedExpression(let name, let value):
            bindings.append(NameUse(name: name, line: line))
            visit(value)
        }
    }

    private mutating func comprehension(_ kind: Loop.Kind, line: Int, _ elements: [ExpressionNode], _ clauses: [Comprehension]) {
        loops.append(Loop(kind: kind, line: line))
        for clause in clauses {
            visit(clause.iterable)
            clause.conditions.forEach { visit($0) }
        }
        elements.forEach { visit($0) }
    }

    private mutating func visit(_ parts: [FormattedPart]) {
        for part in parts {
            if case .field(let value, _, let spec, _) = part {
                visit(value)
                visit(spec)
            }
        }
    }
}
