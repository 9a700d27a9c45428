/// A statement of the cell language, with where it starts in the source.
public struct Statement: Sendable {
    public var kind: Kind
    public var location: SourceLocation

    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    public indirect enum Kind: Sendable {
        case expression(Expression)
        /// `a = b = value`: every target, left to right.
        case assignment(targets: [Expression], value: Expression)
        case augmentedAssignment(target: Expression, BinaryOperator, value: Expression)
        /// `x: int = 1` (the annotation is parsed and ignored).
        case annotatedAssignment(target: Expression, annotation: Expression, value: Expression?)
        case ifStatement(test: Expression, body: [Statement], orElse: [Statement])
        case whileLoop(test: Expression, body: [Statement], orElse: [Statement])
        case forLoop(target: Expression, iterable: Expression, body: [Statement], orElse: [Statement])
        case function(FunctionDefinition)
        case returnStatement(Expression?)
        case pass
        case breakStatement
        case continueStatement
        case assertion(Expression, message: Expression?)
        case deletion([Expression])
        /// `import a.b as c, d`
        case importModules([(module: String, alias: String?)])
        /// `from a.b import c as d, e` (`*` imports are not supported).
        case importFrom(module: String, names: [(name: String, alias: String?)])
        case global([String])
        case nonlocal([String])
        case tryStatement(body: [Statement], handlers: [ExceptHandler], orElse: [Statement], finally: [Statement])
        case raise(Expression?, cause: Expression?)
    }
}

/// `def name(parameters): body`.
public struct FunctionDefinition: Sendable {
    public var name: String
    public var parameters: Parameters
    public var body: [Statement]
    /// The docstring, when the body starts with a string literal.
    public var docstring: String?
}

/// `except Type as name: body` (a nil type catches everything).
public struct ExceptHandler: Sendable {
    public var type: Expression?
    public var name: String?
    public var body: [Statement]
    public var location: SourceLocation
}
