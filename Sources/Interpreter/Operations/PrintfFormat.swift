/// printf-style `format % values`, as CPython's `PyUnicode_Format`: `%[(key)][flags]
/// [width][.precision][hlL]type`, width and precision `*` taken from the arguments, keys
/// from a mapping, and CPython's errors.
enum PrintfFormat {
    /// What one `%` asks for.
    private struct Directive {
        var leftAligned = false
        var sign = false
        var blank = false
        var alternate = false
        var zero = false
        var width = -1
        var precision = -1
    }

    static func format(_ format: String, _ values: Value) throws(PythonError) -> String {
        let characters = Array(format)
        var arguments: [Value] = [values]
        var single = true
        if case .tuple(let items) = values {
            arguments = items
            single = false
        }
        // Any object with items but a tuple or a str may be the mapping of `%(key)s`.
        let mapping: Value? = Self.isMapping(values) ? values : nil
        var next = 0
        func nextArgument() throws(PythonError) -> Value {
            guard next < arguments.count else { throw .typeError("not enough arguments for format string") }
            next += 1
            return arguments[next - 1]
        }

        var result = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            index += 1
            guard character == "%" else {
                result.append(character)
                continue
            }
            var argument: Value?
            if index < characters.count, characters[index] == "(" {
                guard let mapping else { throw .typeError("format requires a mapping") }
                var depth = 1
                let start = index + 1
                index += 1
                while index < characters.count, depth > 0 {
                    if characters[index] == "(" { depth += 1 } else if characters[index] == ")" { depth -= 1 }
                    index += 1
                }
                guard depth == 0 else { throw .valueError("incomplete format key") }
                argument = try Operators.getItem(mapping, .string(String(characters[start..<(index - 1)])))
                single = false
            }
            var directive = Directive()
            flags: while index < characters.count {
                switch characters[index] {
                case "-": directive.leftAligned = true
                case "+": directive.sign = true
                case " ": directive.blank = true
                case "#": directive.alternate = true
                case "0": directive.zero = true
                default: break flags
                }
                index += 1
            }
            if index < characters.count, characters[index] == "*" {
                index += 1
                guard case .int(let width) = try nextArgument() else { throw .typeError("* wants int") }
                if width < 0 { directive.leftAligned = true }
                directive.width = abs(width)
            } else {
                directive.width = try number(characters, &index, "width") ?? -1
            }
            if index < characters.count, characters[index] == "." {
                index += 1
                if index < characters.count, characters[index] == "*" {
                    index += 1
                    guard case .int(let precision) = try nextArgument() else { throw .typeError("* wants int") }
                    directive.precision = max(precision, 0)
                } else {
                    directive.precision = try number(characters, &index, "precision") ?? 0
                }
            }
            while index < characters.count, "hlL".contains(characters[index]) { index += 1 }
            guard index < characters.count else { throw .valueError("incomplete format") }
            let conversion = characters[index]
            index += 1
            if conversion == "%" {
                result.append("%")
                continue
            }
            let value: Value
            if let argument { value = argument } else { value = try nextArgument() }
            switch conversion {
            case "s", "r", "a":
                var text = conversion == "s" ? try value.str() : conversion == "r" ? try value.repr() : try value.ascii()
                if directive.precision >= 0 { text = String(text.prefix(directive.precision)) }
                result += pad(text, directive)
            case "d", "i", "u":
                result += try integer(try integerValue(value, conversion), radix: 10, conversion, directive)
            case "o", "x", "X":
                let whole: Value
                if case .bigInt = value {
                    whole = value
                } else if let number = try Operators.index(value, for: "format") {
                    whole = .int(number)
                } else {
                    throw .typeError("%\(conversion) format: an integer is required, not \(value.typeName)")
                }
                result += try integer(whole, radix: conversion == "o" ? 8 : 16, conversion, directive)
            case "e", "E", "f", "F", "g", "G":
                guard let number = try Runtime.realNumber(value) else {
                    throw .typeError("must be real number, not \(value.typeName)")
                }
                var spec = directive.leftAligned ? "<" : ""
                spec += directive.sign ? "+" : directive.blank ? " " : ""
                if directive.alternate { spec += "#" }
                if directive.zero && !directive.leftAligned { spec += "0" }
                if directive.width >= 0 { spec += String(directive.width) }
                spec += "." + String(directive.precision >= 0 ? directive.precision : 6) + String(conversion)
                result += try FormatSpec.format(.float(number), spec)
            case "c":
                result += pad(try codePoint(value), directive)
            default:
                let code = conversion.unicodeScalars.first!.value
                throw .valueError(
                    "unsupported format character '\(conversion)' (0x\(String(code, radix: 16))) at index \(index - 1)")
            }
        }
        if single ? next == 0 && mapping == nil : next < arguments.count && mapping == nil {
            throw .typeError("not all arguments converted during string formatting")
        }
        return result
    }

    /// Whether `%` may take its keys from `value` (CPython's `PyMapping_Check`, str and
    /// tuple aside).
    private static func isMapping(_ value: Value) -> Bool {
        switch value {
        case .string, .tuple: false
        case .object(let object): object is DictObject || object is ListObject || object is SubscriptCapable
        default: false
        }
    }

    /// A width or precision written in digits, if any.
    private static func number(_ characters: [Character], _ index: inout Int, _ what: String) throws(PythonError) -> Int? {
        var value: Int?
        while index < characters.count, let digit = characters[index].wholeNumberValue, characters[index].isASCII {
            let (product, overflow) = (value ?? 0).multipliedReportingOverflow(by: 10)
            guard !overflow, product <= Int(Int32.max) - digit else { throw .valueError("\(what) too big") }
            value = product + digit
            index += 1
        }
        return value
    }

    /// The int `%d` formats: ints as they are, other real numbers truncated (`int(x)`).
    private static func integerValue(_ value: Value, _ conversion: Character) throws(PythonError) -> Value {
        switch value {
        case .int, .bigInt: return value
        case .bool(let flag): return .int(flag ? 1 : 0)
        case .float: return try Runtime.toInt(value)
        case .object(let object as IntConvertible): return try object.intValue()
        default: throw .typeError("%\(conversion) format: a real number is required, not \(value.typeName)")
        }
    }

    /// `%d`, `%o`, `%x`: at least `precision` digits, the sign, the alternate form's prefix,
    /// then padding to the width (zeros after the sign and prefix with the `0` flag).
    private static func integer(_ value: Value, radix: Int, _ conversion: Character, _ directive: Directive) throws(PythonError) -> String {
        let number: BigInt
        switch value {
        case .int(let x): number = BigInt(x)
        case .bigInt(let x): number = x
        default: number = BigInt(0)
        }
        let magnitude = number.isNegative ? -number : number
        var digits = radix == 10 ? try magnitude.decimalString() : magnitude.toString(radix: radix)
        if conversion == "X" { digits = digits.uppercased() }
        if directive.precision > digits.count {
            digits = String(repeating: "0", count: directive.precision - digits.count) + digits
        }
        let sign = number.isNegative ? "-" : directive.sign ? "+" : directive.blank ? " " : ""
        let prefix = directive.alternate && radix != 10 ? "0" + (conversion == "o" ? "o" : String(conversion)) : ""
        let length = sign.count + prefix.count + digits.count
        guard directive.width > length else { return sign + prefix + digits }
        if directive.leftAligned { return sign + prefix + digits + String(repeating: " ", count: directive.width - length) }
        if directive.zero { return sign + prefix + String(repeating: "0", count: directive.width - length) + digits }
        return String(repeating: " ", count: directive.width - length) + sign + prefix + digits
    }

    /// `%c`: a code point given as an int, or a one-character str.
    private static func codePoint(_ value: Value) throws(PythonError) -> String {
        if case .string(let text) = value {
            guard text.unicodeScalars.count == 1 else { throw .typeError("%c requires int or char") }
            return text
        }
        guard let code = try? Operators.index(value, for: "format") else { throw .typeError("%c requires int or char") }
        guard (0..<0x110000).contains(code), let scalar = Unicode.Scalar(UInt32(code)) else {
            throw .overflow("%c arg not in range(0x110000)")
        }
        return String(Character(scalar))
    }

    private static func pad(_ text: String, _ directive: Directive) -> String {
        let length = text.unicodeScalars.count
        guard directive.width > length else { return text }
        let padding = String(repeating: " ", count: directive.width - length)
        return directive.leftAligned ? text + padding : padding + text
    }
}
