import Foundation

/// A method of a built-in type: the receiver and the call's arguments.
typealias Method = (Value, Arguments) throws(PythonError) -> Value

extension Runtime {
    /// The methods of a value's built-in type.
    func methods(of value: Value) -> [String: Method] {
        switch value {
        case .string: return methodTables.string
        case .tuple: return methodTables.tuple
        case .int, .bigInt, .bool: return methodTables.integer
        case .float: return methodTables.float
        case .object(let object):
            switch object {
            case is ListObject: return methodTables.list
            case is DictObject: return methodTables.dict
            case is SetObject: return methodTables.set
            default: return [:]
            }
        default: return [:]
        }
    }
}

/// The method tables, built once per runtime (list methods call back into it for `key=`).
struct MethodTables {
    var string: [String: Method] = [:]
    var list: [String: Method] = [:]
    var tuple: [String: Method] = [:]
    var dict: [String: Method] = [:]
    var set: [String: Method] = [:]
    var integer: [String: Method] = [:]
    var float: [String: Method] = [:]
}

extension Value {
    var listObject: ListObject? { if case .object(let list as ListObject) = self { list } else { nil } }
    var dictObject: DictObject? { if case .object(let dict as DictObject) = self { dict } else { nil } }
    var setObject: SetObject? { if case .object(let set as SetObject) = self { set } else { nil } }
    var stringValue: String? { if case .string(let text) = self { text } else { nil } }
}

extension Runtime {
    static func makeMethodTables(_ runtime: Runtime) -> MethodTables {
        var tables = MethodTables()
        tables.string = StringMethods.table(runtime)
        tables.list = ListMethods.table(runtime)
        tables.dict = DictMethods.table(runtime)
        tables.set = SetMethods.table(runtime)
        tables.tuple = [
            "index": method { receiver, arguments throws(PythonError) in
                try arguments.expectCount(1...3, "index")
                guard case .tuple(let items) = receiver else { return .none }
                guard let position = items.firstIndex(where: { $0.isSameOrEqual(to: arguments.positional[0]) }) else {
                    throw .valueError("tuple.index(x): x not in tuple")
                }
                return .int(position)
            },
            "count": method { receiver, arguments throws(PythonError) in
                try arguments.expectCount(1...1, "count")
                guard case .tuple(let items) = receiver else { return .none }
                return .int(items.filter { $0.isSameOrEqual(to: arguments.positional[0]) }.count)
            },
        ]
        tables.integer = [
            "bit_length": method { receiver, arguments throws(PythonError) in
                try arguments.expectCount(0...0, "bit_length")
                switch receiver {
                case .int(let value): return .int(Int.bitWidth - value.magnitude.leadingZeroBitCount)
                case .bool(let flag): return .int(flag ? 1 : 0)
                case .bigInt(let value): return .int(value.bitWidth)
                default: return .int(0)
                }
            },
            "conjugate": method { receiver, _ throws(PythonError) in receiver },
        ]
        tables.float = [
            "is_integer": method { receiver, arguments throws(PythonError) in
                try arguments.expectCount(0...0, "is_integer")
                guard case .float(let value) = receiver else { return .bool(false) }
                return .bool(value.isFinite && value.rounded(.towardZero) == value)
            },
            "conjugate": method { receiver, _ throws(PythonError) in receiver },
            "as_integer_ratio": method { receiver, _ throws(PythonError) in
                guard case .float(let value) = receiver else { return .none }
                guard value.isFinite else {
                    throw value.isNaN ? .valueError("cannot convert NaN to integer ratio") : .overflow("cannot convert Infinity to integer ratio")
                }
                var numerator = value
                var exponent = 0
                while numerator != numerator.rounded(.towardZero) {
                    numerator *= 2
                    exponent += 1
                }
                let big = BigInt(digits: String(format: "%.0f", abs(numerator)), radix: 10) ?? BigInt(0)
                let denominator = BigInt(1).shiftedLeft(exponent)
                return .tuple([.integer(numerator < 0 ? -big : big), .integer(denominator)])
            },
        ]
        return tables
    }
}

/// A method closure with its type fixed before it is stored (storing typed-throws
/// closures straight into an optional crashes the 6.3 compiler).
func method(_ body: @escaping Method) -> Method { body }
