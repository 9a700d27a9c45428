/// An expression of the cell language, with where it starts in the source.
public struct ExpressionNode: Sendable {
    public var kind: Kind
    public var location: SourceLocation
    /// Where the expression ends (after its last character), when the parser recorded it:
    /// tracebacks underline the failing expression.
    public var end: SourceLocation?
    /// The operator of a binary operation, or where a subscript's brackets start: the
    /// part tracebacks mark with `^` rather than `~`.
    public var anchor: (start: SourceLocation, end: SourceLocation)?

    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    public indirect enum Kind: Sendable {
        case name(String)
        case constant(Constant)
        /// An f-string (possibly concatenated with plain strings): text and fields.
        case formatted([FormattedPart])
        case unary(UnaryOperator, ExpressionNode)
        case binary(BinaryOperator, ExpressionNode, ExpressionNode)
        /// `a and b and c` / `a or b`: the operator and every operand.
        case boolean(BooleanOperator, [ExpressionNode])
        /// `a < b <= c`: the first operand and each operator with its right operand.
        case comparison(ExpressionNode, [(ComparisonOperator, ExpressionNode)])
        case conditional(test: ExpressionNode, body: ExpressionNode, orElse: ExpressionNode)
        case lambda(Parameters, ExpressionNode)
        case call(ExpressionNode, [Argument])
        case attribute(ExpressionNode, String)
        case `subscript`(ExpressionNode, ExpressionNode)
        /// `lower:upper:step` inside brackets.
        case slice(lower: ExpressionNode?, upper: ExpressionNode?, step: ExpressionNode?)
        /// `*value` in a display, call or assignment target.
        case starred(ExpressionNode)
        case tuple([ExpressionNode])
        case list([ExpressionNode])
        case set([ExpressionNode])
        /// Key-value pairs; a nil key is a `**mapping` spread.
        case dictionary([(key: ExpressionNode?, value: ExpressionNode)])
        case listComprehension(ExpressionNode, [Comprehension])
        case setComprehension(ExpressionNode, [Comprehension])
        case dictionaryComprehension(key: ExpressionNode, value: ExpressionNode, [Comprehension])
        case generator(ExpressionNode, [Comprehension])
        /// `name := value`.
        case namedExpression(String, ExpressionNode)
        /// `yield value` (nil: a bare `yield`); makes its function a generator.
        case yield(ExpressionNode?)
        /// `yield from iterable`.
        case yieldFrom(ExpressionNode)
    }
}

/// A literal value.
public enum Constant: Sendable {
    case none
    case bool(Bool)
    case ellipsis
    case integer(digits: String, radix: Int)
    case float(Double)
    case imaginary(Double)
    case string(String)
    case bytes([UInt8])
}

/// A piece of an f-string: text, or a field whose value is formatted.
public enum FormattedPart: Sendable {
    case text(String)
    case field(ExpressionNode, conversion: Character?, spec: [FormattedPart], selfDocumenting: String?)
}

public enum UnaryOperator: String, Sendable {
    case plus = "+", minus = "-", invert = "~", not = "not"
}

public enum BinaryOperator: String, Sendable, CaseIterable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", floorDivide = "//", modulo = "%"
    case power = "**", matrixMultiply = "@", leftShift = "<<", rightShift = ">>"
    case bitAnd = "&", bitOr = "|", bitXor = "^"
}

public enum BooleanOperator: String, Sendable {
    case and, or
}

public enum ComparisonOperator: String, Sendable {
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case `in` = "in", notIn = "not in", `is` = "is", isNot = "is not"
}

/// One argument of a call.
public enum Argument: Sendable {
    case positional(ExpressionNode)
    /// `*iterable`
    case unpacked(ExpressionNode)
    case keyword(String, ExpressionNode)
    /// `**mapping`
    case unpackedKeywords(ExpressionNode)
}

/// `for target in iterable if condition ...` in a comprehension.
public struct Comprehension: Sendable {
    public var target: ExpressionNode
    public var iterable: ExpressionNode
    public var conditions: [ExpressionNode]
}

/// A function's parameters, in Python's order.
public struct Parameters: Sendable {
    public struct Parameter: Sendable {
        public var name: String
        public var defaultValue: ExpressionNode?
    }

    /// Parameters before `/` are positional-only; their count.
    public var positionalOnlyCount = 0
    public var positional: [Parameter] = []
    /// `*args`
    public var variadic: String?
    public var keywordOnly: [Parameter] = []
    /// `**kwargs`
    public var keywords: String?

    public init() {}
}
