/// The element types of an array, with NumPy's names, kinds and sizes.
public enum DType: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    case bool
    case int8, int16, int32, int64
    case uint8, uint16, uint32, uint64
    case float16, float32, float64

    /// The kind character NumPy reports: `b` boolean, `i` signed, `u` unsigned, `f` floating.
    public enum Kind: Character, Hashable, Sendable {
        case boolean = "b"
        case signedInteger = "i"
        case unsignedInteger = "u"
        case floating = "f"
    }

    /// The name NumPy prints: `float64`, `int8`, `bool`.
    public var name: String { rawValue }

    public var description: String { name }

    /// Bytes per element.
    public var itemSize: Int {
        switch self {
        case .bool, .int8, .uint8: 1
        case .int16, .uint16, .float16: 2
        case .int32, .uint32, .float32: 4
        case .int64, .uint64, .float64: 8
        }
    }

    public var kind: Kind {
        switch self {
        case .bool: .boolean
        case .int8, .int16, .int32, .int64: .signedInteger
        case .uint8, .uint16, .uint32, .uint64: .unsignedInteger
        case .float16, .float32, .float64: .floating
        }
    }

    /// NumPy's one-letter type code (`dtype.char`).
    public var character: Character {
        switch self {
        case .bool: "?"
        case .int8: "b"
        case .int16: "h"
        case .int32: "i"
        case .int64: "l"
        case .uint8: "B"
        case .uint16: "H"
        case .uint32: "I"
        case .uint64: "L"
        case .float16: "e"
        case .float32: "f"
        case .float64: "d"
        }
    }

    /// The array-protocol type string, little-endian: `<f8`, `|b1`.
    public var typeString: String {
        (itemSize == 1 ? "|" : "<") + String(kind.rawValue) + String(itemSize)
    }

    public var isInteger: Bool { kind == .signedInteger || kind == .unsignedInteger }
    public var isFloatingPoint: Bool { kind == .floating }
    public var isSigned: Bool { kind == .signedInteger || kind == .floating }

    /// The dtype with this name or type string (`"float32"`, `"f4"`, `"<f4"`, `"?"`), as `np.dtype` accepts them.
    public init?(named name: String) {
        if let exact = DType(rawValue: name) {
            self = exact
            return
        }
        let aliases: [String: DType] = [
            "bool_": .bool, "b1": .bool, "?": .bool, "i1": .int8, "i2": .int16, "i4": .int32, "i8": .int64,
            "u1": .uint8, "u2": .uint16, "u4": .uint32, "u8": .uint64, "f2": .float16, "f4": .float32,
            "f8": .float64, "half": .float16, "single": .float32, "double": .float64, "float": .float64,
            "int": .int64, "byte": .int8, "ubyte": .uint8, "short": .int16, "ushort": .uint16, "intc": .int32,
            "uintc": .uint32, "int_": .int64, "uint": .uint64, "intp": .int64, "uintp": .uint64,
            "longlong": .int64, "ulonglong": .uint64, "long": .int64, "ulong": .uint64,
        ]
        var key = name
        if key.hasPrefix("<") || key.hasPrefix("|") || key.hasPrefix("=") { key.removeFirst() }
        if let alias = aliases[key] {
            self = alias
        } else if let code = key.first, key.count == 1, let match = DType.allCases.first(where: { $0.character == code }) {
            self = match
        } else {
            return nil
        }
    }
}
