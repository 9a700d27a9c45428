import Foundation

/// Python's `warnings`: `warn`, and the filters (`simplefilter`, `filterwarnings`,
/// `resetwarnings`) that decide whether a warning is shown, shown once, ignored or raised.
enum WarningsModule {
    static func make(_ runtime: Runtime) -> ModuleObject {
        let module = ModuleObject(name: "warnings", attributes: [:])
        module.define("warn") { [unowned runtime] arguments throws(PythonError) in
            let values = try bind(arguments, ["message", "category", "stacklevel", "source"], required: 1, function: "warn")
            let message = values[0]!
            var category = ExceptionTypes.userWarning
            if let given = values[1], !given.isNoneValue {
                guard case .object(let type as TypeObject) = given, type.isSubtype(of: ExceptionTypes.warning) else {
                    throw .typeError("category must be a Warning subclass, not '\(given.typeName)'")
                }
                category = type
            }
            var stackLevel = 1
            if let level = values[2] {
                guard case .int(let number) = level else {
                    throw .typeError("'\(level.typeName)' object cannot be interpreted as an integer")
                }
                stackLevel = number
            }
            try runtime.warn(message, category: category, stackLevel: stackLevel)
            return .none
        }
        module.define("simplefilter") { [unowned runtime] arguments throws(PythonError) in
            let values = try bind(arguments, ["action", "category", "lineno", "append"], required: 1, function: "simplefilter")
            runtime.warningFilters.add(
                WarningFilters.Filter(
                    action: try action(values[0]!), message: nil, category: try category(values[1]), module: nil,
                    line: try line(values[2])),
                append: try values[3]?.isTruthy() ?? false)
            return .none
        }
        module.define("filterwarnings") { [unowned runtime] arguments throws(PythonError) in
            let values = try bind(
                arguments, ["action", "message", "category", "module", "lineno", "append"], required: 1, function: "filterwarnings")
            let message = try text(values[1], "message")
            let moduleName = try text(values[3], "module")
            runtime.warningFilters.add(
                WarningFilters.Filter(
                    action: try action(values[0]!),
                    message: message.isEmpty ? nil : try pattern(message, options: [.caseInsensitive]),
                    category: try category(values[2]),
                    module: moduleName.isEmpty ? nil : try pattern(moduleName + "\\z", options: []),
                    line: try line(values[4])),
                append: try values[5]?.isTruthy() ?? false)
            return .none
        }
        module.define("catch_warnings") { [unowned runtime] arguments throws(PythonError) in
            let values = try bind(arguments, ["record", "module", "action", "category", "lineno", "append"], required: 0, function: "catch_warnings")
            return .object(CatchWarnings(runtime: runtime, record: try values[0]?.isTruthy() ?? false))
        }
        module.define("resetwarnings") { [unowned runtime] arguments throws(PythonError) in
            try arguments.expectCount(0...0, "resetwarnings")
            runtime.warningFilters.reset()
            return .none
        }
        return module
    }

    /// The arguments of a call by position or keyword, in `names`' order, with CPython's
    /// messages for a missing, repeated or unknown one.
    static func bind(_ arguments: Arguments, _ names: [String], required: Int, function: String) throws(PythonError) -> [Value?] {
        guard arguments.positional.count <= names.count else {
            throw .typeError("\(function)() takes at most \(names.count) arguments (\(arguments.positional.count) given)")
        }
        var values: [Value?] = arguments.positional + Array(repeating: nil, count: names.count - arguments.positional.count)
        for (name, value) in arguments.keywords {
            guard let index = names.firstIndex(of: name) else {
                throw .typeError("\(function)() got an unexpected keyword argument '\(name)'")
            }
            guard values[index] == nil else {
                throw .typeError("argument for \(function)() given by name ('\(name)') and position (\(index + 1))")
            }
            values[index] = value
        }
        for index in 0..<required where values[index] == nil {
            throw .typeError("\(function)() missing required argument '\(names[index])' (pos \(index + 1))")
        }
        return values
    }

    private static func action(_ value: Value) throws(PythonError) -> WarningFilters.Action {
        guard case .string(let name) = value, let action = WarningFilters.Action(rawValue: name) else {
            throw PythonError(ExceptionTypes.assertionError, "invalid action: \(try value.repr())")
        }
        return action
    }

    private static func category(_ value: Value?) throws(PythonError) -> TypeObject {
        guard let value, !value.isNoneValue else { return ExceptionTypes.warning }
        guard case .object(let type as TypeObject) = value, type.isSubtype(of: ExceptionTypes.warning) else {
            throw PythonError(ExceptionTypes.assertionError, "category must be a Warning subclass")
        }
        return type
    }

    private static func line(_ value: Value?) throws(PythonError) -> Int {
        guard let value else { return 0 }
        guard case .int(let number) = value, number >= 0 else {
            throw PythonError(ExceptionTypes.assertionError, "lineno must be an int >= 0")
        }
        return number
    }

    private static func text(_ value: Value?, _ name: String) throws(PythonError) -> String {
        guard let value else { return "" }
        guard case .string(let text) = value else { throw PythonError(ExceptionTypes.assertionError, "\(name) must be a string") }
        return text
    }

    private static func pattern(_ text: String, options: NSRegularExpression.Options) throws(PythonError) -> NSRegularExpression {
        do {
            return try NSRegularExpression(pattern: text, options: options)
        } catch {
            throw .valueError("cannot compile the pattern \(try Value.string(text).repr())")
        }
    }
}

/// `warnings.catch_warnings(record=False)`: the filters (and what `default` has shown) saved
/// on entering and restored on leaving; with `record=True`, warnings collected in the list
/// `__enter__` returns instead of written.
final class CatchWarnings: PyObject, ContextManaging, CustomRepresentable {
    private unowned let runtime: Runtime
    private let record: Bool
    private var saved: [WarningFilters.Filter]?
    private var savedRecorder: ListObject?

    init(runtime: Runtime, record: Bool) {
        self.runtime = runtime
        self.record = record
    }

    override var typeName: String { "catch_warnings" }

    func pythonRepr() throws(PythonError) -> String { record ? "catch_warnings(record=True)" : "catch_warnings()" }

    func enter() throws(PythonError) -> Value {
        guard saved == nil else { throw PythonError(ExceptionTypes.runtimeError, "Cannot enter \(try pythonRepr()) twice") }
        saved = runtime.warningFilters.savedFilters
        runtime.warningFilters.restore(saved!)
        savedRecorder = runtime.warningFilters.recorder
        guard record else { return .none }
        let list = ListObject([])
        runtime.warningFilters.recorder = list
        return .object(list)
    }

    func exit(_ exception: Value?) throws(PythonError) -> Bool {
        if let saved { runtime.warningFilters.restore(saved) }
        runtime.warningFilters.recorder = savedRecorder
        return false
    }
}

/// A warning `catch_warnings(record=True)` caught: `message` (the Warning), `category`,
/// `filename`, `lineno`.
final class WarningMessage: PyObject, AttributeCapable, CustomRepresentable {
    let message: ExceptionObject
    let file: String
    let line: Int

    init(message: ExceptionObject, file: String, line: Int) {
        self.message = message
        self.file = file
        self.line = line
    }

    override var typeName: String { "WarningMessage" }

    func pythonRepr() throws(PythonError) -> String {
        "{message : \(try Value.object(message).repr()), category : '\(message.type.name)', filename : '\(file)', lineno : \(line), line : None}"
    }

    func attribute(_ name: String, runtime: Runtime) throws(PythonError) -> Value? {
        switch name {
        case "message": .object(message)
        case "category": .object(message.type)
        case "filename": .string(file)
        case "lineno": .int(line)
        case "line", "file", "source": Value.none
        default: nil
        }
    }

    func setAttribute(_ name: String, _ value: Value) throws(PythonError) -> Bool { false }
}
