/// A scope of names: the module, a function or lambda, or a comprehension. The analyzer
/// fills it before compilation, so every name is known to be a fast local, a cell shared
/// with inner functions, a free variable of an outer function, or a global.
final class Scope {
    enum Kind {
        case module
        case function
        case comprehension
        /// A class body: its names go to the class's namespace, and functions inside do not
        /// see them (they look past the class, as CPython's do).
        case classBody
    }

    /// How compiled code reaches a name.
    enum Access: Equatable {
        case local(Int)
        /// An index into the frame's cells: the scope's own cells first, then its free variables.
        case cell(Int)
        case global
        /// A class body's name: read from the class namespace, then (for a free variable of
        /// an enclosing function) its cell, then the globals and builtins; stored in the
        /// namespace.
        case classNamespace(freeCell: Int?)
    }

    let kind: Kind
    let name: String
    weak var parent: Scope?
    var children: [Scope] = []
    /// Names bound in this scope, parameters first, in the order first seen.
    var bound: [String] = []
    private var boundSet: Set<String> = []
    var parameters: [String] = []
    var declaredGlobal: Set<String> = []
    var declaredNonlocal: Set<String> = []
    var used: Set<String> = []
    /// Whether the scope's own code yields (a function of it is a generator function).
    var isGenerator = false
    /// Bound names that inner scopes use (kept in cells), and names taken from outer scopes.
    var cellNames: [String] = []
    var freeNames: [String] = []

    init(kind: Kind, name: String, parent: Scope?) {
        self.kind = kind
        self.name = name
        self.parent = parent
        parent?.children.append(self)
    }

    func bind(_ name: String) {
        used.insert(name)
        guard boundSet.insert(name).inserted else { return }
        bound.append(name)
    }

    func isBound(_ name: String) -> Bool { boundSet.contains(name) && !declaredGlobal.contains(name) && !declaredNonlocal.contains(name) }

    /// The fast-local slots: bound names that are not cells.
    private(set) var localSlots: [String: Int] = [:]
    private var cellIndex: [String: Int] = [:]

    /// Resolves every name of this scope and its children, marking captured names as
    /// cells in the scope that binds them.
    func resolve() throws(ScopeError) {
        for child in children { try child.resolve() }
        guard kind != .module else { return }
        for name in declaredNonlocal where enclosingBinder(of: name) == nil {
            throw ScopeError(message: "no binding for nonlocal '\(name)' found", name: name)
        }
        for name in used.sorted() where !isBound(name) && !declaredGlobal.contains(name) {
            if enclosingBinder(of: name) != nil { captureFree(name) }
        }
        // `super()` and `__class__` in a function inside a class: the class it is defined in,
        // kept in a cell the class body fills once the class exists.
        if kind == .function, used.contains("super") || used.contains("__class__"), enclosingClass != nil,
            !isBound("__class__")
        {
            captureFree("__class__")
        }
    }

    /// The nearest class body around this scope.
    private var enclosingClass: Scope? {
        var scope = parent
        while let current = scope, current.kind != .module {
            if current.kind == .classBody { return current }
            scope = current.parent
        }
        return nil
    }

    /// The nearest enclosing function scope that binds `name` (module scope excluded; class
    /// bodies are looked past).
    private func enclosingBinder(of name: String) -> Scope? {
        var scope = parent
        while let current = scope, current.kind != .module {
            if current.kind != .classBody {
                if current.isBound(name) { return current }
                if current.declaredGlobal.contains(name) { return nil }
            }
            scope = current.parent
        }
        return nil
    }

    /// Makes `name` a free variable here and in every scope up to the one binding it,
    /// which keeps it in a cell (a class body passes it through; it keeps `__class__`).
    private func captureFree(_ name: String) {
        guard !freeNames.contains(name) else { return }
        freeNames.append(name)
        var scope = parent
        while let current = scope, current.kind != .module {
            if current.kind == .classBody && name == "__class__" {
                if !current.cellNames.contains(name) { current.cellNames.append(name) }
                return
            }
            if current.kind != .classBody && current.isBound(name) {
                if !current.cellNames.contains(name) { current.cellNames.append(name) }
                return
            }
            if !current.freeNames.contains(name) { current.freeNames.append(name) }
            scope = current.parent
        }
    }

    /// Fixes the slot layout once resolution is done.
    func finishLayout() {
        for child in children { child.finishLayout() }
        var slot = 0
        for name in bound where kind != .classBody && isBound(name) && !cellNames.contains(name) {
            localSlots[name] = slot
            slot += 1
        }
        for (index, name) in (cellNames + freeNames).enumerated() { cellIndex[name] = index }
    }

    var localCount: Int { localSlots.count }

    /// How code in this scope reaches `name`.
    func access(_ name: String) -> Access {
        if kind == .module || declaredGlobal.contains(name) { return .global }
        if kind == .classBody {
            if declaredNonlocal.contains(name), let index = cellIndex[name] { return .cell(index) }
            // `__class__` is the class's cell, not a name of its namespace.
            if name == "__class__", let index = cellIndex[name] { return .cell(index) }
            return .classNamespace(freeCell: freeNames.contains(name) ? cellIndex[name] : nil)
        }
        if let index = cellIndex[name] { return .cell(index) }
        if let slot = localSlots[name] { return .local(slot) }
        return .global
    }
}

/// A scoping mistake CPython reports as a syntax error.
struct ScopeError: Error {
    var message: String
    var name: String
}
