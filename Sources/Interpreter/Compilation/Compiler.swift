/// Turns syntax trees into Swift closures that run them: every name is resolved to a
/// fast local, a cell or a global slot when compiled, so running code looks nothing up
/// by name except builtins.
final class Compiler {
    let runtime: Runtime
    let source: SourceFile
    let scopes: [ScopeAnalyzer.ScopeKey: Scope]
    var scope: Scope
    /// The qualified name prefix of the function being compiled (`outer.<locals>.`).
    var qualifiedPrefix = ""

    init(runtime: Runtime, source: SourceFile, module: Scope, scopes: [ScopeAnalyzer.ScopeKey: Scope]) {
        self.runtime = runtime
        self.source = source
        self.scope = module
        self.scopes = scopes
    }

    /// Compiles a cell or script: its statements, and its last statement's value when
    /// that is a bare expression (Jupyter shows it).
    static func compile(_ statements: [StatementNode], source: SourceFile, runtime: Runtime) throws(PythonSyntaxError) -> CompiledCell {
        let module = Scope(kind: .module, name: "<module>", parent: nil)
        var analyzer = ScopeAnalyzer(module: module)
        analyzer.analyze(statements)
        do {
            try module.resolve()
        } catch {
            let location = Self.location(ofNonlocal: error.name, in: statements) ?? SourceLocation(line: source.firstLine, column: 0)
            throw PythonSyntaxError(.syntaxError, error.message, file: source.name, location: location, lineText: source.line(location.line))
        }
        module.finishLayout()
        let compiler = Compiler(runtime: runtime, source: source, module: module, scopes: analyzer.scopes)
        var body = statements
        var last: ExpressionNode?
        if case .expression(let expression)? = statements.last?.kind {
            last = expression
            body.removeLast()
        }
        let code = CodeObject(
            name: "<module>", file: source.name, firstLine: source.firstLine, localCount: 0, ownCellCount: 0,
            signature: .init(positional: [], positionalOnlyCount: 0, variadic: nil, keywordOnly: [], keywords: nil, storage: []))
        let run = compiler.block(body)
        let value = last.map { expression in (compiler.expression(expression), expression.location.line) }
        return CompiledCell(code: code, body: run, lastExpression: value)
    }

    private static func location(ofNonlocal name: String, in statements: [StatementNode]) -> SourceLocation? {
        for statement in statements {
            switch statement.kind {
            case .nonlocal(let names) where names.contains(name):
                return SourceLocation(line: statement.location.line, column: statement.location.column)
            case .function(let definition):
                if let found = location(ofNonlocal: name, in: definition.body) { return found }
            case .ifStatement(_, let body, let orElse), .whileLoop(_, let body, let orElse), .forLoop(_, _, let body, let orElse):
                if let found = location(ofNonlocal: name, in: body + orElse) { return found }
            case .tryStatement(let body, let handlers, let orElse, let finally):
                if let found = location(ofNonlocal: name, in: body + handlers.flatMap(\.body) + orElse + finally) { return found }
            default:
                continue
            }
        }
        return nil
    }

    /// Runs statements in order until one leaves the block.
    func block(_ statements: [StatementNode]) -> Execute {
        let compiled = statements.map(statement)
        switch compiled.count {
        case 0: return { _ throws(PythonError) in .next }
        case 1: return compiled[0]
        default:
            return { frame throws(PythonError) in
                for run in compiled {
                    let flow = try run(frame)
                    if case .next = flow { continue }
                    return flow
                }
                return .next
            }
        }
    }

    /// The scope made for a function, lambda or comprehension at `location`.
    func innerScope(_ location: SourceLocation, _ kind: Int) -> Scope {
        scopes[ScopeAnalyzer.key(location, kind)]!
    }
}

/// A compiled cell: its statements and its last bare expression with that expression's line.
struct CompiledCell {
    let code: CodeObject
    let body: Execute
    let lastExpression: (Evaluate, Int)?
}
