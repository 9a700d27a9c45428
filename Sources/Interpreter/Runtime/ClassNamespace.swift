/// The names a class body binds, in the order it binds them: what the class's attributes
/// are made from (dataclasses and `__init_subclass__` see this order).
final class ClassNamespace {
    private(set) var values: [String: Value] = [:]
    private(set) var order: [String] = []

    subscript(name: String) -> Value? {
        get { values[name] }
        set {
            if let newValue {
                if values.updateValue(newValue, forKey: name) == nil { order.append(name) }
            } else if values.removeValue(forKey: name) != nil {
                order.removeAll { $0 == name }
            }
        }
    }

    /// The bound names and their values, in binding order.
    var entries: [(name: String, value: Value)] { order.map { ($0, values[$0]!) } }
}
