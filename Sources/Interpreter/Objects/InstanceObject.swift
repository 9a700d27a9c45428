/// An instance of a class a program defined: its class and its attributes (`__dict__`,
/// the very dict a program sees). What it does for `repr`, operators, `len`, iteration and
/// the rest is its class's special methods (`InstanceObject+Behaviour.swift`).
final class InstanceObject: PyObject {
    let type: TypeObject
    let dict = DictObject()

    init(_ type: TypeObject) {
        self.type = type
    }

    override var typeName: String { type.name }
    override var pythonType: TypeObject { type }
}

/// `NotImplemented`: what a binary special method returns to let the other operand try.
final class NotImplementedObject: PyObject, CustomRepresentable {
    nonisolated(unsafe) static let shared = NotImplementedObject()
    override var typeName: String { "NotImplementedType" }
    func pythonRepr() throws(PythonError) -> String { "NotImplemented" }
}

extension Value {
    /// Whether this is `NotImplemented`.
    var isNotImplemented: Bool {
        if case .object(let object) = self { return object === NotImplementedObject.shared }
        return false
    }
}
