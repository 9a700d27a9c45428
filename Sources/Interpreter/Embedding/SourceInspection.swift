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

    /// Records what this statement does itself, then walks its children (through
    /// `StatementNode.children`, which knows every kind of node, so loops inside methods,
    /// classes, decorators and default values are all seen).
    private mutating func visit(_ statement: StatementNode) {
        let line = statement.location.line
        // Names in these targets are bound, not read.
        var targets: [ExpressionNode] = []
        switch statement.kind {
        case .assignment(let assigned, _):
            assigned.forEach { bind($0) }
            targets = assigned
        case .augmentedAssignment(let target, _, _):
            bind(target)
        case .annotatedAssignment(let target, _, _):
            bind(target)
            targets = [target]
        case .whileLoop:
            loops.append(Loop(kind: .whileLoop, line: line))
        case .forLoop(let target, _, _, _):
            loops.append(Loop(kind: .forLoop, line: line))
            bind(target)
            targets = [target]
        case .function(let definition):
            bindings.append(NameUse(name: definition.name, line: line))
        case .classDefinition(let definition):
            bindings.append(NameUse(name: definition.name, line: line))
        case .importModules(let modules):
            for (module, alias) in modules {
                let name = alias ?? String(module.prefix { $0 != "." })
                bindings.append(NameUse(name: name, line: line))
            }
        case .importFrom(_, let names):
            for (name, alias) in names { bindings.append(NameUse(name: alias ?? name, line: line)) }
        case .with(let items, _):
            let bound = items.compactMap(\.target)
            bound.forEach { bind($0) }
            targets = bound
        case .tryStatement(_, let handlers, _, _):
            for handler in handlers {
                if let name = handler.name { bindings.append(NameUse(name: name, line: handler.location.line)) }
            }
        default:
            break
        }
        for child in statement.children {
            switch child {
            case .statement(let inner): visit(inner)
            case .expression(let expression):
                if targets.contains(where: { $0.location == expression.location }) { visitTarget(expression) } else { visit(expression) }
            }
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

    /// Records what this expression does itself, then walks its children (a comprehension's
    /// clause targets are its own bindings, not reads).
    private mutating func visit(_ expression: ExpressionNode) {
        let line = expression.location.line
        switch expression.kind {
        case .name(let name):
            names.append(NameUse(name: name, line: line))
        case .call(let callee, _):
            if case .name(let name) = callee.kind { calls.append(NameUse(name: name, line: line)) }
            if case .attribute(_, let name) = callee.kind { attributeCalls.append(NameUse(name: name, line: line)) }
        case .listComprehension: loops.append(Loop(kind: .listComprehension, line: line))
        case .setComprehension: loops.append(Loop(kind: .setComprehension, line: line))
        case .dictionaryComprehension: loops.append(Loop(kind: .dictionaryComprehension, line: line))
        case .generator: loops.append(Loop(kind: .generatorExpression, line: line))
        case .namedExpression(let name, _):
            bindings.append(NameUse(name: name, line: line))
        default:
            break
        }
        var clauseTargets: [SourceLocation] = []
        switch expression.kind {
        case .listComprehension(_, let clauses), .setComprehension(_, let clauses), .generator(_, let clauses),
            .dictionaryComprehension(_, _, let clauses):
            clauseTargets = clauses.map(\.target.location)
        default:
            break
        }
        for child in expression.children where !clauseTargets.contains(child.location) { visit(child) }
    }
}
