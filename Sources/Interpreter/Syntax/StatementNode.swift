/// A statement of the cell language, with where it starts in the source.
public struct StatementNode: Sendable {
    public var kind: Kind
    public var location: SourceLocation

    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    public indirect enum Kind: Sendable {
        case expression(ExpressionNode)
        /// `a = b = value`: every target, left to right.
        case assignment(targets: [ExpressionNode], value: ExpressionNode)
        case augmentedAssignment(target: ExpressionNode, BinaryOperator, value: ExpressionNode)
        /// `x: int = 1` (the annotation is parsed and ignored).
        case annotatedAssignment(target: ExpressionNode, annotation: ExpressionNode, value: ExpressionNode?)
        case ifStatement(test: ExpressionNode, body: [StatementNode], orElse: [StatementNode])
        case whileLoop(test: ExpressionNode, body: [StatementNode], orElse: [StatementNode])
        case forLoop(target: ExpressionNode, iterable: ExpressionNode, body: [StatementNode], orElse: [StatementNode])
        case function(FunctionDefinition)
        case classDefinition(ClassDefinition)
        case returnStatement(ExpressionNode?)
        case pass
        case breakStatement
        case continueStatement
        case assertion(ExpressionNode, message: ExpressionNode?)
        case deletion([ExpressionNode])
        /// `import a.b as c, d`
        case importModules([(module: String, alias: String?)])
        /// `from a.b import c as d, e` (`*` imports are not supported).
        case importFrom(module: String, names: [(name: String, alias: String?)])
        case global([String])
        case nonlocal([String])
        case tryStatement(body: [StatementNode], handlers: [ExceptHandler], orElse: [StatementNode], finally: [StatementNode])
        case raise(ExpressionNode?, cause: ExpressionNode?)
        /// `with a as x, b: body`: each context manager with its optional target.
        case with(items: [WithItem], body: [StatementNode])
    }
}

/// `def name(parameters): body`, with the decorators above it.
public struct FunctionDefinition: Sendable {
    public var name: String
    public var parameters: Parameters
    public var body: [StatementNode]
    /// The docstring, when the body starts with a string literal.
    public var docstring: String?
    /// `@decorator` lines, top first (applied bottom first).
    public var decorators: [ExpressionNode] = []
}

/// `class Name(bases, keyword=value): body`, with the decorators above it.
public struct ClassDefinition: Sendable {
    public var name: String
    /// What the parentheses hold, as a call's arguments (`metaclass=` among the keywords).
    public var arguments: [Argument]
    public var body: [StatementNode]
    public var docstring: String?
    public var decorators: [ExpressionNode] = []
}

/// One context manager of a `with` statement, and the target its `__enter__`'s value is
/// bound to.
public struct WithItem: Sendable {
    public var context: ExpressionNode
    public var target: ExpressionNode?
}

/// `except Type as name: body` (a nil type catches everything).
public struct ExceptHandler: Sendable {
    public var type: ExpressionNode?
    public var name: String?
    public var body: [StatementNode]
    public var location: SourceLocation
}
