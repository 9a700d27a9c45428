/// A value used as a dict key or set member: hashed and compared with Python's rules
/// (numbers equal across int, float and bool hash alike; lists, dicts and sets are
/// unhashable).
struct HashKey: Hashable {
    let value: Value
    /// The hash an instance of a program's class gave (`__hash__`), computed once.
    private let instanceHash: Int?

    init(_ value: Value) throws(PythonError) {
        try Self.checkHashable(value)
        self.value = value
        if case .object(let instance as InstanceObject) = value { instanceHash = try instance.hashValue() } else { instanceHash = nil }
    }

    private static func checkHashable(_ value: Value) throws(PythonError) {
        switch value {
        case .tuple(let items):
            for item in items {
                try checkHashable(item)
                if case .object(let instance as InstanceObject) = item { _ = try instance.hashValue() }
            }
        case .object(let object) where object is ListObject || object is DictObject || (object as? SetObject)?.isFrozen == false:
            throw .typeError("unhashable type: '\(object.typeName)'")
        default:
            break
        }
    }

    static func == (a: HashKey, b: HashKey) -> Bool { a.value.isSameOrEqual(to: b.value) }

    func hash(into hasher: inout Hasher) {
        if let instanceHash {
            hasher.combine(instanceHash)
        } else {
            Self.hash(value, into: &hasher)
        }
    }

    private static func hash(_ value: Value, into hasher: inout Hasher) {
        switch value {
        case .none: hasher.combine(0)
        case .bool(let flag): hasher.combine(flag ? 1 : 0)
        case .int(let number): hasher.combine(number)
        case .bigInt(let number): hasher.combine(number.doubleValue)
        case .float(let number):
            if number.rounded() == number, let exact = Int(exactly: number) {
                hasher.combine(exact)
            } else {
                hasher.combine(number)
            }
        case .string(let text):
            // The code points, not Swift's canonical equivalence: é and e + ◌́ are two keys.
            for byte in text.utf8 { hasher.combine(byte) }
        case .tuple(let items):
            hasher.combine(items.count)
            for item in items { hash(item, into: &hasher) }
        case .ellipsis: hasher.combine(-1)
        case .object(let instance as InstanceObject): hasher.combine((try? instance.hashValue()) ?? 0)
        case .object(let object): hasher.combine(ObjectIdentifier(object))
        }
    }
}
