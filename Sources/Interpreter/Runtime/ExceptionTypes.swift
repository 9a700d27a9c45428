import Foundation

/// CPython's built-in exception hierarchy (the part course cells meet), and warnings.
enum ExceptionTypes {
    nonisolated(unsafe) static let baseException = TypeObject("BaseException", base: BuiltinTypes.object)
    nonisolated(unsafe) static let systemExit = TypeObject("SystemExit", base: baseException)
    nonisolated(unsafe) static let keyboardInterrupt = TypeObject("KeyboardInterrupt", base: baseException)
    nonisolated(unsafe) static let generatorExit = TypeObject("GeneratorExit", base: baseException)
    nonisolated(unsafe) static let exception = TypeObject("Exception", base: baseException)
    nonisolated(unsafe) static let stopIteration = TypeObject("StopIteration", base: exception)
    nonisolated(unsafe) static let arithmeticError = TypeObject("ArithmeticError", base: exception)
    nonisolated(unsafe) static let floatingPointError = TypeObject("FloatingPointError", base: arithmeticError)
    nonisolated(unsafe) static let overflowError = TypeObject("OverflowError", base: arithmeticError)
    nonisolated(unsafe) static let zeroDivisionError = TypeObject("ZeroDivisionError", base: arithmeticError)
    nonisolated(unsafe) static let assertionError = TypeObject("AssertionError", base: exception)
    nonisolated(unsafe) static let attributeError = TypeObject("AttributeError", base: exception)
    nonisolated(unsafe) static let bufferError = TypeObject("BufferError", base: exception)
    nonisolated(unsafe) static let eofError = TypeObject("EOFError", base: exception)
    nonisolated(unsafe) static let importError = TypeObject("ImportError", base: exception)
    nonisolated(unsafe) static let moduleNotFoundError = TypeObject("ModuleNotFoundError", base: importError)
    nonisolated(unsafe) static let lookupError = TypeObject("LookupError", base: exception)
    nonisolated(unsafe) static let indexError = TypeObject("IndexError", base: lookupError)
    nonisolated(unsafe) static let keyError = TypeObject("KeyError", base: lookupError)
    nonisolated(unsafe) static let memoryError = TypeObject("MemoryError", base: exception)
    nonisolated(unsafe) static let nameError = TypeObject("NameError", base: exception)
    nonisolated(unsafe) static let unboundLocalError = TypeObject("UnboundLocalError", base: nameError)
    nonisolated(unsafe) static let osError = TypeObject("OSError", base: exception)
    nonisolated(unsafe) static let timeoutError = TypeObject("TimeoutError", base: osError)
    nonisolated(unsafe) static let permissionError = TypeObject("PermissionError", base: osError)
    nonisolated(unsafe) static let connectionError = TypeObject("ConnectionError", base: osError)
    nonisolated(unsafe) static let brokenPipeError = TypeObject("BrokenPipeError", base: connectionError)
    nonisolated(unsafe) static let runtimeError = TypeObject("RuntimeError", base: exception)
    nonisolated(unsafe) static let notImplementedError = TypeObject("NotImplementedError", base: runtimeError)
    nonisolated(unsafe) static let recursionError = TypeObject("RecursionError", base: runtimeError)
    nonisolated(unsafe) static let syntaxError = TypeObject("SyntaxError", base: exception)
    nonisolated(unsafe) static let indentationError = TypeObject("IndentationError", base: syntaxError)
    nonisolated(unsafe) static let tabError = TypeObject("TabError", base: indentationError)
    nonisolated(unsafe) static let typeError = TypeObject("TypeError", base: exception)
    nonisolated(unsafe) static let valueError = TypeObject("ValueError", base: exception)
    nonisolated(unsafe) static let unicodeError = TypeObject("UnicodeError", base: valueError)
    nonisolated(unsafe) static let warning = TypeObject("Warning", base: exception)
    nonisolated(unsafe) static let userWarning = TypeObject("UserWarning", base: warning)
    nonisolated(unsafe) static let deprecationWarning = TypeObject("DeprecationWarning", base: warning)
    nonisolated(unsafe) static let runtimeWarning = TypeObject("RuntimeWarning", base: warning)
    nonisolated(unsafe) static let futureWarning = TypeObject("FutureWarning", base: warning)
    nonisolated(unsafe) static let syntaxWarning = TypeObject("SyntaxWarning", base: warning)
    nonisolated(unsafe) static let pendingDeprecationWarning = TypeObject("PendingDeprecationWarning", base: warning)
    nonisolated(unsafe) static let importWarning = TypeObject("ImportWarning", base: warning)
    nonisolated(unsafe) static let unicodeWarning = TypeObject("UnicodeWarning", base: warning)
    nonisolated(unsafe) static let bytesWarning = TypeObject("BytesWarning", base: warning)
    nonisolated(unsafe) static let resourceWarning = TypeObject("ResourceWarning", base: warning)
    nonisolated(unsafe) static let encodingWarning = TypeObject("EncodingWarning", base: warning)

    nonisolated(unsafe) static let all: [TypeObject] = [
        baseException, systemExit, keyboardInterrupt, generatorExit, exception, stopIteration, arithmeticError,
        floatingPointError, overflowError, zeroDivisionError, assertionError, attributeError, bufferError, eofError,
        importError, moduleNotFoundError, lookupError, indexError, keyError, memoryError, nameError,
        unboundLocalError, osError, timeoutError, permissionError, connectionError, brokenPipeError, runtimeError, notImplementedError, recursionError, syntaxError,
        indentationError, tabError, typeError, valueError, unicodeError, warning, userWarning, deprecationWarning,
        runtimeWarning, futureWarning, syntaxWarning, pendingDeprecationWarning, importWarning, unicodeWarning, bytesWarning,
        resourceWarning, encodingWarning,
    ]
}

/// An exception instance: its type and the arguments it was raised with.
final class ExceptionObject: PyObject {
    let type: TypeObject
    /// `args` (replaced by `BaseException.__init__`).
    var arguments: [Value]
    /// The attributes a program set on it (`__dict__`).
    let dict = DictObject()
    /// The exception this one was raised from (`raise ... from cause`) or during.
    var cause: ExceptionObject?
    var context: ExceptionObject?
    var suppressContext = false
    /// Where it travelled: the frames from the raise outwards.
    var traceback: [TracebackEntry] = []
    /// Notes added to it (`__notes__`), printed after the message.
    var notes: [String] = []
    /// What a NameError's or AttributeError's "Did you mean" is computed from, when the
    /// traceback is printed.
    var missing: MissingName?
    /// The expression it came out of in the frame it is leaving (see `PythonError.marked`).
    var pendingFrame: ObjectIdentifier?
    var pendingRange: MarkedRange?

    init(_ type: TypeObject, _ arguments: [Value]) {
        self.type = type
        self.arguments = arguments
    }

    override var typeName: String { type.name }
    override var pythonType: TypeObject { type }
}

extension ExceptionObject {
    /// The attributes particular exception types have, from their arguments as CPython sets
    /// them: SystemExit's `code`, StopIteration's `value`, OSError's `errno` and `strerror`,
    /// NameError's and AttributeError's `name` (and `obj`).
    func attribute(_ name: String) -> Value? {
        let first = arguments.first ?? .none
        switch name {
        case "code" where type.isSubtype(of: ExceptionTypes.systemExit):
            return arguments.count > 1 ? .tuple(arguments) : first
        case "value" where type.isSubtype(of: ExceptionTypes.stopIteration):
            return first
        case _ where ["errno", "strerror", "filename"].contains(name) && type.isSubtype(of: ExceptionTypes.osError):
            guard (2...5).contains(arguments.count), name != "filename" || arguments.count > 2 else { return Value.none }
            return arguments[name == "errno" ? 0 : name == "strerror" ? 1 : 2]
        case "name" where type.isSubtype(of: ExceptionTypes.nameError) || type.isSubtype(of: ExceptionTypes.attributeError):
            switch missing {
            case .variable(let missingName, _, _), .attribute(let missingName, _): return .string(missingName)
            case nil: return Value.none
            }
        case "obj" where type.isSubtype(of: ExceptionTypes.attributeError):
            if case .attribute(_, let object) = missing { return object }
            return Value.none
        default:
            return nil
        }
    }
}

/// The name a NameError or AttributeError did not find, and where it looked.
enum MissingName {
    /// A variable: the frame's own variable names, then its globals (then the builtins).
    case variable(String, locals: [String], globals: Namespace)
    /// An attribute of an object.
    case attribute(String, of: Value)
}

/// One line of a traceback.
struct TracebackEntry {
    var file: String
    var line: Int
    var function: String
    var location: SourceLocation
    /// The frame it describes: an exception caught and raised again in one frame lists it once.
    var frame: ObjectIdentifier?
    /// The part of the line that was running, underlined in the traceback.
    var range: MarkedRange?
}

/// The expression an exception came out of, as CPython 3.11 underlines it: `^` under the
/// whole expression, or `~` under a binary operation's operands (a subscript's value) and
/// `^` under its operator (brackets).
struct MarkedRange {
    var start: SourceLocation
    var end: SourceLocation
    var anchor: (start: SourceLocation, end: SourceLocation)?
    var isSubscript = false
}

extension PythonError {
    /// Records, once per frame, the expression the exception came out of.
    func marked(_ frame: Frame, _ range: MarkedRange?) -> PythonError {
        if let range, exception.pendingFrame == nil {
            exception.pendingFrame = ObjectIdentifier(frame)
            exception.pendingRange = range
        }
        return self
    }
}

extension ExceptionObject {
    /// Records that the exception passed through `frame` (once per frame).
    func passThrough(_ frame: Frame) {
        let identifier = ObjectIdentifier(frame)
        let range = pendingFrame == identifier ? pendingRange : nil
        pendingFrame = nil
        pendingRange = nil
        guard traceback.last?.frame != identifier else { return }
        traceback.append(TracebackEntry(
            file: frame.code.file, line: frame.line, function: frame.code.name,
            location: SourceLocation(line: frame.line, column: 0), frame: identifier, range: range))
    }
}

/// A Python exception travelling through Swift code.
public struct PythonError: Error {
    let exception: ExceptionObject

    init(_ exception: ExceptionObject) { self.exception = exception }

    init(_ type: TypeObject, _ message: String) {
        exception = ExceptionObject(type, [.string(message)])
    }

    static func typeError(_ message: String) -> PythonError { PythonError(ExceptionTypes.typeError, message) }
    static func valueError(_ message: String) -> PythonError { PythonError(ExceptionTypes.valueError, message) }
    static func indexError(_ message: String) -> PythonError { PythonError(ExceptionTypes.indexError, message) }
    static func attributeError(_ message: String) -> PythonError { PythonError(ExceptionTypes.attributeError, message) }
    static func zeroDivision(_ message: String) -> PythonError { PythonError(ExceptionTypes.zeroDivisionError, message) }
    static func overflow(_ message: String) -> PythonError { PythonError(ExceptionTypes.overflowError, message) }
    static func nameError(_ name: String, in frame: Frame) -> PythonError {
        let error = PythonError(ExceptionTypes.nameError, "name '\(name)' is not defined")
        error.exception.missing = .variable(name, locals: frame.code.variableNames, globals: frame.globals)
        return error
    }

    /// `'list' object has no attribute 'apend'`, with what a suggestion needs.
    static func missingAttribute(_ name: String, of value: Value, _ message: String) -> PythonError {
        let error = PythonError(ExceptionTypes.attributeError, message)
        error.exception.missing = .attribute(name, of: value)
        return error
    }
    static func keyError(_ key: Value) -> PythonError { PythonError(ExceptionObject(ExceptionTypes.keyError, [key])) }

    /// The OSError CPython raises for a failed system call: `errno` and its text as the
    /// arguments (`[Errno 32] Broken pipe`), of the subclass that `errno` selects.
    static func osError(code: Int32) -> PythonError {
        let type = code == EPIPE ? ExceptionTypes.brokenPipeError : ExceptionTypes.osError
        return PythonError(ExceptionObject(type, [.int(Int(code)), .string(String(cString: strerror(code)))]))
    }

    /// The exception's type name.
    public var typeName: String { exception.type.name }
}
