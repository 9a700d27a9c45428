/// Compiled code: evaluates an expression in a frame.
typealias Evaluate = (Frame) throws(PythonError) -> Value

/// Compiled code: runs statements in a frame and says how control leaves them.
typealias Execute = (Frame) throws(PythonError) -> Flow

/// How control leaves a statement.
enum Flow {
    case next
    case breakLoop
    case continueLoop
    case returnValue(Value)
}

/// A module's global variables, in slots: compiled code resolves a global's slot once,
/// when it is compiled, and reads it directly afterwards.
final class Namespace {
    private(set) var slots: [Value?] = []
    private(set) var names: [String] = []
    private var index: [String: Int] = [:]

    /// The slot of `name`, created (unbound) on first use.
    func slot(_ name: String) -> Int {
        if let existing = index[name] { return existing }
        index[name] = slots.count
        slots.append(nil)
        names.append(name)
        return slots.count - 1
    }

    subscript(slot slot: Int) -> Value? {
        get { slots[slot] }
        set { slots[slot] = newValue }
    }

    subscript(name: String) -> Value? {
        get { index[name].flatMap { slots[$0] } }
        set { slots[slot(name)] = newValue }
    }

    /// The bound names, in the order they were first created.
    var boundNames: [String] { names.enumerated().filter { slots[$0.offset] != nil }.map(\.element) }
}

/// The running state of a function call or of module code: fast locals, cells and
/// the line being run (for tracebacks).
final class Frame {
    var locals: [Value?]
    var cells: [Cell]
    let globals: Namespace
    let code: CodeObject
    var line: Int
    /// The frame that called this one (nil for a cell's module code), while this one runs:
    /// what `warnings.warn(stacklevel=)` walks.
    var back: Frame?
    /// A class body's namespace (nil for every other frame).
    var namespace: ClassNamespace?
    /// The generator running this frame, for a generator function's frame.
    weak var generator: GeneratorObject?

    /// The first argument the frame's function was called with (`self`), for `super()`.
    var firstArgument: Value? {
        switch code.signature.storage.first {
        case .local(let slot)?: locals[slot]
        case .cell(let index)?: cells[index].value
        default: nil
        }
    }

    init(code: CodeObject, globals: Namespace, cells: [Cell]) {
        self.code = code
        self.globals = globals
        self.cells = cells
        locals = [Value?](repeating: nil, count: code.localCount)
        line = code.firstLine
    }
}

/// What a function's frames need to know about its code.
final class CodeObject {
    /// The function's name (tracebacks), and its qualified name (`outer.<locals>.inner`,
    /// which CPython's argument errors use).
    let name: String
    var qualifiedName: String
    let file: String
    let firstLine: Int
    let localCount: Int
    /// Cells the function creates for its own captured variables.
    let ownCellCount: Int
    /// The parameters, with how each is stored.
    let signature: Signature
    /// Whether the parameters are positional only in effect (no `*args`, keyword-only or
    /// `**kwargs`) and stored in the first local slots, in order: calls can then copy the
    /// arguments straight in.
    let plainLocalParameters: Bool

    /// The names of its variables, parameters first, as `co_varnames` lists them (what a
    /// NameError's suggestions look through first).
    var variableNames: [String] = []
    /// The cell holding `__class__` for a method that uses `super()` (its index in the frame's
    /// cells), when it has one.
    var classCell: Int?
    /// Whether calling the function makes a generator rather than running its body.
    var isGenerator = false
    /// The body: statements (returning through `Flow`) or, for a lambda, one expression.
    var body: Execute = { _ throws(PythonError) in .next }

    struct Signature {
        var positional: [String]
        var positionalOnlyCount: Int
        var variadic: String?
        var keywordOnly: [String]
        var keywords: String?
        /// Where each parameter goes, in the order positional, variadic, keyword-only, keywords.
        var storage: [Scope.Access]
    }

    init(name: String, file: String, firstLine: Int, localCount: Int, ownCellCount: Int, signature: Signature) {
        self.name = name
        qualifiedName = name
        self.file = file
        self.firstLine = firstLine
        self.localCount = localCount
        self.ownCellCount = ownCellCount
        self.signature = signature
        plainLocalParameters = signature.variadic == nil && signature.keywordOnly.isEmpty && signature.keywords == nil
            && signature.storage.enumerated().allSatisfy { $0.element == .local($0.offset) }
    }
}

/// A function defined in Python (`def` or `lambda`).
final class FunctionObject: PyObject {
    let code: CodeObject
    let globals: Namespace
    /// Default values of the last positional parameters, and of keyword-only ones.
    let defaults: [Value]
    let keywordDefaults: [String: Value]
    /// The cells of the free variables, from the defining scope.
    let closure: [Cell]
    let docstring: String?

    init(code: CodeObject, globals: Namespace, defaults: [Value], keywordDefaults: [String: Value], closure: [Cell], docstring: String?) {
        self.code = code
        self.globals = globals
        self.defaults = defaults
        self.keywordDefaults = keywordDefaults
        self.closure = closure
        self.docstring = docstring
    }

    override var typeName: String { "function" }
}
