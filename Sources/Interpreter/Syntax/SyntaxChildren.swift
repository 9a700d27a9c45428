/// A node of the syntax tree: a statement or an expression.
public enum SyntaxNode: Sendable {
    case statement(StatementNode)
    case expression(ExpressionNode)
}

/// The direct children of every kind of node, in source order: the one place that knows
/// them, so a pass that walks the tree through `children` (source inspection) visits every
/// node, and a new field of a node cannot be skipped by one pass and seen by another.
extension StatementNode {
    public var children: [SyntaxNode] {
        var nodes: [SyntaxNode] = []
        func add(_ expression: ExpressionNode?) { if let expression { nodes.append(.expression(expression)) } }
        func add(_ expressions: [ExpressionNode]) { expressions.forEach { add($0) } }
        func add(_ statements: [StatementNode]) { nodes += statements.map(SyntaxNode.statement) }
        switch kind {
        case .expression(let value): add(value)
        case .assignment(let targets, let value):
            add(targets)
            add(value)
        case .augmentedAssignment(let target, _, let value):
            add(target)
            add(value)
        case .annotatedAssignment(let target, let annotation, let value):
            add([target, annotation])
            add(value)
        case .ifStatement(let test, let body, let orElse), .whileLoop(let test, let body, let orElse):
            add(test)
            add(body)
            add(orElse)
        case .forLoop(let target, let iterable, let body, let orElse):
            add([target, iterable])
            add(body)
            add(orElse)
        case .function(let definition):
            add(definition.decorators)
            add(definition.parameters.defaultValues)
            add(definition.body)
        case .classDefinition(let definition):
            add(definition.decorators)
            add(definition.arguments.map(\.value))
            add(definition.body)
        case .returnStatement(let value): add(value)
        case .assertion(let test, let message):
            add(test)
            add(message)
        case .deletion(let targets): add(targets)
        case .tryStatement(let body, let handlers, let orElse, let finally):
            add(body)
            for handler in handlers {
                add(handler.type)
                add(handler.body)
            }
            add(orElse)
            add(finally)
        case .raise(let exception, let cause):
            add(exception)
            add(cause)
        case .with(let items, let body):
            for item in items {
                add(item.context)
                add(item.target)
            }
            add(body)
        case .pass, .breakStatement, .continueStatement, .importModules, .importFrom, .global, .nonlocal:
            break
        }
        return nodes
    }
}

extension ExpressionNode {
    public var children: [ExpressionNode] {
        switch kind {
        case .name, .constant: return []
        case .formatted(let parts): return FormattedPart.expressions(in: parts)
        case .unary(_, let operand), .starred(let operand), .attribute(let operand, _), .namedExpression(_, let operand),
            .yieldFrom(let operand):
            return [operand]
        case .yield(let value): return value.map { [$0] } ?? []
        case .binary(_, let left, let right), .subscript(let left, let right): return [left, right]
        case .boolean(_, let operands), .tuple(let operands), .list(let operands), .set(let operands): return operands
        case .comparison(let first, let rest): return [first] + rest.map(\.1)
        case .conditional(let test, let body, let orElse): return [test, body, orElse]
        case .lambda(let parameters, let body): return parameters.defaultValues + [body]
        case .call(let callee, let arguments): return [callee] + arguments.map(\.value)
        case .slice(let lower, let upper, let step): return [lower, upper, step].compactMap { $0 }
        case .dictionary(let entries): return entries.flatMap { [$0.key, $0.value].compactMap { $0 } }
        case .listComprehension(let element, let clauses), .setComprehension(let element, let clauses),
            .generator(let element, let clauses):
            return Comprehension.expressions(in: clauses) + [element]
        case .dictionaryComprehension(let key, let value, let clauses):
            return Comprehension.expressions(in: clauses) + [key, value]
        }
    }
}

extension Argument {
    /// The expression an argument passes.
    public var value: ExpressionNode {
        switch self {
        case .positional(let value), .unpacked(let value), .keyword(_, let value), .unpackedKeywords(let value): value
        }
    }
}

extension Parameters {
    /// The default values, positional then keyword-only.
    public var defaultValues: [ExpressionNode] {
        (positional + keywordOnly).compactMap(\.defaultValue)
    }
}

extension Comprehension {
    /// Each clause's target, iterable and conditions, in order.
    static func expressions(in clauses: [Comprehension]) -> [ExpressionNode] {
        clauses.flatMap { [$0.target, $0.iterable] + $0.conditions }
    }
}

extension FormattedPart {
    /// The expressions of an f-string's fields, format specs included.
    static func expressions(in parts: [FormattedPart]) -> [ExpressionNode] {
        parts.flatMap { part -> [ExpressionNode] in
            guard case .field(let value, _, let spec, _) = part else { return [] }
            return [value] + expressions(in: spec)
        }
    }
}
