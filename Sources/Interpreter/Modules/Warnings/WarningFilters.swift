import Foundation

/// The state of Python's `warnings` module for one interpreter: the filter list (CPython
/// 3.11's defaults first), and what the `default`, `module` and `once` actions have shown.
final class WarningFilters {
    /// What a filter does with a matching warning.
    enum Action: String, CaseIterable {
        case error, ignore, always, `default`, module, once
    }

    struct Filter {
        var action: Action
        /// Matched at the start of the message, ignoring case (`re.I`); nil matches any.
        var message: NSRegularExpression?
        var category: TypeObject
        /// Matched against the whole module name; nil matches any.
        var module: NSRegularExpression?
        /// 0 matches any line.
        var line: Int
    }

    /// Newest first, as `warnings.filters` lists them.
    private(set) var filters: [Filter] = WarningFilters.defaults
    /// What `default` showed (by module, text, category and line), cleared when the filters
    /// change, as CPython's `__warningregistry__` is.
    private var shownAtLocation: Set<String> = []
    /// What `module` showed (by module, text and category).
    private var shownInModule: Set<String> = []
    /// What `once` showed (by text and category), kept when the filters change.
    private var shownOnce: Set<String> = []

    /// CPython 3.11's default filters (a release build without `-W` or `-X dev`).
    nonisolated(unsafe) static let defaults: [Filter] = [
        Filter(action: .default, message: nil, category: ExceptionTypes.deprecationWarning, module: exactly("__main__"), line: 0),
        Filter(action: .ignore, message: nil, category: ExceptionTypes.deprecationWarning, module: nil, line: 0),
        Filter(action: .ignore, message: nil, category: ExceptionTypes.pendingDeprecationWarning, module: nil, line: 0),
        Filter(action: .ignore, message: nil, category: ExceptionTypes.importWarning, module: nil, line: 0),
        Filter(action: .ignore, message: nil, category: ExceptionTypes.resourceWarning, module: nil, line: 0),
    ]

    static func exactly(_ text: String) -> NSRegularExpression? {
        try? NSRegularExpression(pattern: NSRegularExpression.escapedPattern(for: text) + "\\z")
    }

    /// Adds a filter at the front (or the back with `append`), dropping an equal one, as
    /// `warnings.filterwarnings` does.
    func add(_ filter: Filter, append: Bool) {
        filters.removeAll {
            $0.action == filter.action && $0.category === filter.category && $0.line == filter.line
                && $0.message?.pattern == filter.message?.pattern && $0.module?.pattern == filter.module?.pattern
        }
        if append { filters.append(filter) } else { filters.insert(filter, at: 0) }
        shownAtLocation.removeAll()
    }

    /// The filters as `catch_warnings` saves them, and restores them on leaving.
    var savedFilters: [Filter] { filters }

    func restore(_ saved: [Filter]) {
        filters = saved
        shownAtLocation.removeAll()
    }

    /// Where warnings go instead of stderr inside `catch_warnings(record=True)`.
    var recorder: ListObject?

    /// `warnings.resetwarnings()`: no filters at all.
    func reset() {
        filters.removeAll()
        shownAtLocation.removeAll()
    }

    /// The action for a warning: the first filter that matches, else `default`.
    func action(for category: TypeObject, text: String, module: String, line: Int) -> Action {
        for filter in filters {
            guard category.isSubtype(of: filter.category), filter.line == 0 || filter.line == line else { continue }
            if let pattern = filter.message, !Self.matchesAtStart(pattern, text) { continue }
            if let pattern = filter.module, !Self.matchesAtStart(pattern, module) { continue }
            return filter.action
        }
        return .default
    }

    /// Whether a warning is shown now under `action` (`error` and `ignore` are the caller's),
    /// recording it for the actions that show a warning once.
    func shouldShow(_ action: Action, category: TypeObject, text: String, module: String, file: String, line: Int) -> Bool {
        let what = "\(category.name)\u{0}\(text)"
        switch action {
        case .always: return true
        case .default: return shownAtLocation.insert("\(module)\u{0}\(file)\u{0}\(line)\u{0}\(what)").inserted
        case .module: return shownInModule.insert("\(module)\u{0}\(what)").inserted
        case .once: return shownOnce.insert(what).inserted
        case .error, .ignore: return false
        }
    }

    private static func matchesAtStart(_ pattern: NSRegularExpression, _ text: String) -> Bool {
        let range = NSRange(text.startIndex..., in: text)
        return pattern.firstMatch(in: text, options: [.anchored], range: range) != nil
    }
}
