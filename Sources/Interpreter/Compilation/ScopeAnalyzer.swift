/// Walks a module's syntax tree and builds its scopes: which names each function,
/// lambda and comprehension binds, declares and uses.
struct ScopeAnalyzer {
    /// The scopes of functions, lambdas and comprehensions, by where they start.
    private(set) var scopes: [ScopeKey: Scope] = [:]
    let module: Scope

    struct ScopeKey: Hashable {
        var line: Int
        var column: Int
        var kind: Int
    }

    static func key(_ location: SourceLocation, _ kind: Int) -> ScopeKey {
        ScopeKey(line: location.line, column: location.column, kind: kind)
    }

    /// Kinds of keys: a `def`, a lambda, a comprehension.
    static let functionKey = 0, lambdaKey = 1, comprehensionKey = 2, classKey = 3

    init(module: Scope) { self.module = module }

    mutating func analyze(_ statements: [StatementNode]) {
        for statement in statements { visit(statement, in: module) }
    }

    private mutating func visit(_ statements: [StatementNode], in scope: Scope) {
        for statement in statements { visit(statement, in: scope) }
    }

    private mutating func visit(_ statement: StatementNode, in scope: Scope) {
        switch statement.kind {
        case .expression(let value):
            visit(value, in: scope)
        case .assignment(let targets, let value):
            visit(value, in: scope)
            for target in targets { bindTarget(target, in: scope) }
        case .augmentedAssignment(let target, _, let value):
            visit(value, in: scope)
            bindTarget(target, in: scope)
            visit(target, in: scope)
        case .annotatedAssignment(let target, let annotation, let value):
            visit(annotation, in: scope)
            if let value { visit(value, in: scope) }
            bindTarget(target, in: scope)
        case .ifStatement(let test, let body, let orElse), .whileLoop(let test, let body, let orElse):
            visit(test, in: scope)
            visit(body, in: scope)
            visit(orElse, in: scope)
        case .forLoop(let target, let iterable, let body, let orElse):
            visit(iterable, in: scope)
            bindTarget(target, in: scope)
            visit(body, in: scope)
            visit(orElse, in: scope)
        case .function(let definition):
            for decorator in definition.decorators { visit(decorator, in: scope) }
            visitDefaults(definition.parameters, in: scope)
            scope.bind(definition.name)
            let inner = Scope(kind: .function, name: definition.name, parent: scope)
            scopes[Self.key(statement.location, Self.functionKey)] = inner
            bindParameters(definition.parameters, in: inner)
            visit(definition.body, in: inner)
        case .classDefinition(let definition):
            for decorator in definition.decorators { visit(decorator, in: scope) }
            for argument in definition.arguments { visit(argument.value, in: scope) }
            scope.bind(definition.name)
            let inner = Scope(kind: .classBody, name: definition.name, parent: scope)
            scopes[Self.key(statement.location, Self.classKey)] = inner
            visit(definition.body, in: inner)
        case .returnStatement(let value):
            if let value { visit(value, in: scope) }
        case .pass, .breakStatement, .continueStatement:
            break
        case .assertion(let test, let message):
            visit(test, in: scope)
            if let message { visit(message, in: scope) }
        case .deletion(let targets):
            for target in targets { bindTarget(target, in: scope) }
        case .importModules(let modules):
            for (module, alias) in modules { scope.bind(alias ?? String(module.split(separator: ".")[0])) }
        case .importFrom(_, let names):
            for (name, alias) in names { scope.bind(alias ?? name) }
        case .global(let names):
            scope.declaredGlobal.formUnion(names)
        case .nonlocal(let names):
            scope.declaredNonlocal.formUnion(names)
            scope.used.formUnion(names)
        case .tryStatement(let body, let handlers, let orElse, let finally):
            visit(body, in: scope)
            for handler in handlers {
                if let type = handler.type { visit(type, in: scope) }
                if let name = handler.name { scope.bind(name) }
                visit(handler.body, in: scope)
            }
            visit(orElse, in: scope)
            visit(finally, in: scope)
        case .raise(let exception, let cause):
            if let exception { visit(exception, in: scope) }
            if let cause { visit(cause, in: scope) }
        case .with(let items, let body):
            for item in items {
                visit(item.context, in: scope)
                if let target = item.target { bindTarget(target, in: scope) }
            }
            visit(body, in: scope)
        }
    }

    private func bindParameters(_ parameters: Parameters, in scope: Scope) {
        var names = parameters.positional.map(\.name)
        if let variadic = parameters.variadic { names.append(variadic) }
        names += parameters.keywordOnly.map(\.name)
        if let keywords = parameters.keywords { names.append(keywords) }
        scope.parameters = names
        for name in names { scope.bind(name) }
    }

    private mutating func visitDefaults(_ parameters: Parameters, in scope: Scope) {
        for parameter in parameters.positional + parameters.keywordOnly {
            if let value = parameter.defaultValue { visit(value, in: scope) }
        }
    }

    /// Binds the names an assignment target stores to, and visits the expressions it reads.
    private mutating func bindTarget(_ target: ExpressionNode, in scope: Scope) {
        switch target.kind {
        case .name(let name):
            scope.bind(name)
        case .tuple(let items), .list(let items):
            for item in items { bindTarget(item, in: scope) }
        case .starred(let inner):
            bindTarget(inner, in: scope)
        case .attribute(let value, _):
            visit(value, in: scope)
        case .subscript(let value, let index):
            visit(value, in: scope)
            visit(index, in: scope)
        default:
            visit(target, in: scope)
        }
    }

    private mutating func visit(_ expressions: [ExpressionNode], in scope: Scope) {
        for expression in expressions { visit(expression, in: scope) }
    }

    private mutating func visit(_ expression: ExpressionNode, in scope: Scope) {
        switch expression.kind {
        case .name(let name):
            scope.used.insert(name)
        case .constant:
            break
        case .formatted(let parts):
            visitFormatted(parts, in: scope)
        case .unary(_, let operand):
            visit(operand, in: scope)
        case .binary(_, let left, let right):
            visit(left, in: scope)
            visit(right, in: scope)
        case .boolean(_, let operands):
            visit(operands, in: scope)
        case .comparison(let first, let rest):
            visit(first, in: scope)
            for (_, operand) in rest { visit(operand, in: scope) }
        case .conditional(let test, let body, let orElse):
            visit([test, body, orElse], in: scope)
        case .lambda(let parameters, let body):
            visitDefaults(parameters, in: scope)
            let inner = Scope(kind: .function, name: "<lambda>", parent: scope)
            scopes[Self.key(expression.location, Self.lambdaKey)] = inner
            bindParameters(parameters, in: inner)
            visit(body, in: inner)
        case .call(let function, let arguments):
            visit(function, in: scope)
            for argument in arguments {
                switch argument {
                case .positional(let value), .unpacked(let value), .keyword(_, let value), .unpackedKeywords(let value):
                    visit(value, in: scope)
                }
            }
        case .attribute(let value, _):
            visit(value, in: scope)
        case .subscript(let value, let index):
            visit(value, in: scope)
            visit(index, in: scope)
        case .slice(let lower, let upper, let step):
            visit([lower, upper, step].compactMap { $0 }, in: scope)
        case .starred(let value):
            visit(value, in: scope)
        case .tuple(let items), .list(let items), .set(let items):
            visit(items, in: scope)
        case .dictionary(let pairs):
            for (key, value) in pairs {
                if let key { visit(key, in: scope) }
                visit(value, in: scope)
            }
        case .listComprehension(let element, let clauses), .setComprehension(let element, let clauses),
            .generator(let element, let clauses):
            visitComprehension([element], clauses, at: expression.location, in: scope)
        case .dictionaryComprehension(let key, let value, let clauses):
            visitComprehension([key, value], clauses, at: expression.location, in: scope)
        case .yield(let value):
            scope.isGenerator = true
            if let value { visit(value, in: scope) }
        case .yieldFrom(let value):
            scope.isGenerator = true
            visit(value, in: scope)
        case .namedExpression(let name, let value):
            visit(value, in: scope)
            // In a comprehension, `:=` binds in the nearest enclosing function or module.
            var target = scope
            while target.kind == .comprehension, let parent = target.parent { target = parent }
            target.bind(name)
            if target !== scope { scope.used.insert(name) }
        }
    }

    private mutating func visitFormatted(_ parts: [FormattedPart], in scope: Scope) {
        for part in parts {
            if case .field(let value, _, let spec, _) = part {
                visit(value, in: scope)
                visitFormatted(spec, in: scope)
            }
        }
    }

    /// A comprehension's scope: the first iterable is evaluated outside it, the rest inside.
    private mutating func visitComprehension(
        _ elements: [ExpressionNode], _ clauses: [Comprehension], at location: SourceLocation, in scope: Scope
    ) {
        visit(clauses[0].iterable, in: scope)
        let inner = Scope(kind: .comprehension, name: "<comprehension>", parent: scope)
        scopes[Self.key(location, Self.comprehensionKey)] = inner
        for (index, clause) in clauses.enumerated() {
            if index > 0 { visit(clause.iterable, in: inner) }
            bindTarget(clause.target, in: inner)
            visit(clause.conditions, in: inner)
        }
        visit(elements, in: inner)
    }
}
