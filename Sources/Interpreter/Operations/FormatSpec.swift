import Foundation

/// Python's format-spec mini-language (`format(x, spec)`, f-string `{x:spec}`,
/// `str.format`) for ints, floats, bools and strings.
struct FormatSpec {
    var fill: Character = " "
    var align: Character?
    var sign: Character = "-"
    var alternate = false
    var zeroPad = false
    var width = 0
    var grouping: Character?
    var precision: Int?
    var type: Character?

    /// Reads `text`; `typeName` is the formatted value's type, for the error message.
    init(_ text: String, for typeName: String) throws(PythonError) {
        let characters = Array(text)
        var index = 0
        func isAlign(_ character: Character) -> Bool { "<>=^".contains(character) }
        if characters.count >= 2, isAlign(characters[1]) {
            fill = characters[0]
            align = characters[1]
            index = 2
        } else if let first = characters.first, isAlign(first) {
            align = first
            index = 1
        }
        if index < characters.count, "+- ".contains(characters[index]) {
            sign = characters[index]
            index += 1
        }
        if index < characters.count, characters[index] == "z" { index += 1 }
        if index < characters.count, characters[index] == "#" {
            alternate = true
            index += 1
        }
        if index < characters.count, characters[index] == "0" {
            zeroPad = true
            index += 1
        }
        var digits = ""
        while index < characters.count, characters[index].isASCII, characters[index].isNumber {
            digits.append(characters[index])
            index += 1
        }
        width = Int(digits) ?? 0
        if index < characters.count, characters[index] == "," || characters[index] == "_" {
            grouping = characters[index]
            index += 1
        }
        if index < characters.count, characters[index] == "." {
            index += 1
            var precisionDigits = ""
            while index < characters.count, characters[index].isASCII, characters[index].isNumber {
                precisionDigits.append(characters[index])
                index += 1
            }
            guard let value = Int(precisionDigits) else { throw .valueError("Format specifier missing precision") }
            precision = value
        }
        if index < characters.count {
            type = characters[index]
            index += 1
        }
        if index < characters.count { throw .valueError("Invalid format specifier '\(text)' for object of type '\(typeName)'") }
    }

    /// Formats `value` by this spec.
    static func format(_ value: Value, _ text: String) throws(PythonError) -> String {
        // An object's own `__format__` comes first (a NumPy scalar formats as the Python
        // number, even with an empty spec); `object.__format__` is `str` for an empty spec.
        if case .object(let object) = value, let custom = object as? CustomFormattable {
            return try custom.pythonFormat(text)
        }
        if text.isEmpty { return try value.str() }
        let spec = try FormatSpec(text, for: value.typeName)
        switch value {
        case .string(let string):
            if let type = spec.type, type != "s" {
                throw .valueError("Unknown format code '\(type)' for object of type 'str'")
            }
            if spec.sign != "-" { throw .valueError("Sign not allowed in string format specifier") }
            var body = string
            if let precision = spec.precision { body = String(scalars: body.unicodeScalars.prefix(precision)) }
            return spec.pad(body, numeric: false, defaultAlign: "<")
        case .bool(let flag) where spec.type == nil || spec.type == "s":
            return spec.pad(flag ? "True" : "False", numeric: false, defaultAlign: "<")
        case .int, .bigInt, .bool:
            let number: BigInt
            switch value {
            case .int(let x): number = BigInt(x)
            case .bigInt(let x): number = x
            case .bool(let x): number = BigInt(x ? 1 : 0)
            default: number = BigInt(0)
            }
            if let type = spec.type, "eEfFgG%".contains(type) {
                return try spec.formatFloat(number.doubleValue)
            }
            return try spec.formatInteger(number)
        case .float(let number):
            return try spec.formatFloat(number)
        default:
            throw .typeError("unsupported format string passed to \(value.typeName).__format__")
        }
    }

    private func formatInteger(_ number: BigInt) throws(PythonError) -> String {
        if precision != nil { throw .valueError("Precision not allowed in integer format specifier") }
        let magnitude = number.isNegative ? -number : number
        var digits: String
        var prefix = ""
        switch type {
        case nil, "d", "n": digits = try magnitude.decimalString()
        case "b": digits = magnitude.toString(radix: 2); prefix = alternate ? "0b" : ""
        case "o": digits = magnitude.toString(radix: 8); prefix = alternate ? "0o" : ""
        case "x": digits = magnitude.toString(radix: 16); prefix = alternate ? "0x" : ""
        case "X": digits = magnitude.toString(radix: 16).uppercased(); prefix = alternate ? "0X" : ""
        case "c":
            guard let code = number.intValue, let scalar = Unicode.Scalar(UInt32(clamping: code)) else {
                throw .overflow("%c arg not in range(0x110000)")
            }
            return pad(String(Character(scalar)), numeric: false, defaultAlign: "<")
        default:
            throw .valueError("Unknown format code '\(type!)' for object of type 'int'")
        }
        if let grouping {
            let size = (type == nil || type == "d" || type == "n") ? 3 : 4
            digits = Self.group(digits, by: size, with: grouping)
        }
        return pad(signText(negative: number.isNegative) + prefix + digits, numeric: true, defaultAlign: ">", signAndPrefix: signText(negative: number.isNegative).count + prefix.count)
    }

    private func formatFloat(_ number: Double) throws(PythonError) -> String {
        let negative = number.sign == .minus && !number.isNaN
        let magnitude = abs(number)
        var body: String
        let upper = type == "E" || type == "F" || type == "G"
        if !magnitude.isFinite {
            body = magnitude.isNaN ? "nan" : "inf"
            if upper { body = body.uppercased() }
            if type == "%" { body += "%" }
        } else {
            switch type {
            case "e", "E":
                body = String(format: "%.\(precision ?? 6)\(type!)", magnitude)
                if alternate, precision == 0 { body = body.replacingOccurrences(of: type == "e" ? "e" : "E", with: ".\(type!)") }
            case "f", "F":
                body = String(format: "%.\(precision ?? 6)f", magnitude)
                if alternate, precision == 0 { body += "." }
            case "%":
                body = String(format: "%.\(precision ?? 6)f", magnitude * 100) + "%"
            case "g", "G", "n":
                let digits = Swift.max(precision ?? 6, 1)
                body = String(format: "%\(alternate ? "#" : "").\(digits)\(type == "G" ? "G" : "g")", magnitude)
            case nil:
                body = precision.map { Self.generalWithPoint(magnitude, significant: Swift.max($0, 1)) } ?? FloatRepr.repr(magnitude)
            default:
                throw .valueError("Unknown format code '\(type!)' for object of type 'float'")
            }
        }
        if let grouping, magnitude.isFinite {
            let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            let whole = String(parts[0])
            if whole.allSatisfy(\.isNumber) {
                body = Self.group(whole, by: 3, with: grouping) + (parts.count > 1 ? "." + parts[1] : "")
            }
        }
        let signPart = signText(negative: negative)
        return pad(signPart + body, numeric: true, defaultAlign: ">", signAndPrefix: signPart.count)
    }

    /// The format with a precision and no type: `g`-like (exponent when the decimal point
    /// falls outside the digits), but fixed notation keeps a digit after the point.
    static func generalWithPoint(_ magnitude: Double, significant: Int) -> String {
        let scientific = String(format: "%.\(significant - 1)e", magnitude)
        let parts = scientific.split(separator: "e")
        var digits = parts[0].filter { $0 != "." }
        let pointPosition = Int(parts[1])! + 1
        while digits.count > 1, digits.last == "0" { digits.removeLast() }
        if pointPosition > -4 && pointPosition < significant {
            if pointPosition <= 0 { return "0." + String(repeating: "0", count: -pointPosition) + digits }
            if pointPosition >= digits.count { return digits + String(repeating: "0", count: pointPosition - digits.count) + ".0" }
            let split = digits.index(digits.startIndex, offsetBy: pointPosition)
            return String(digits[..<split]) + "." + String(digits[split...])
        }
        let mantissa = digits.count == 1 ? digits : String(digits.prefix(1)) + "." + String(digits.dropFirst())
        let power = pointPosition - 1
        return mantissa + "e" + (power < 0 ? "-" : "+") + String(abs(power)).leftPadded(to: 2)
    }

    private func signText(negative: Bool) -> String {
        if negative { return "-" }
        return sign == "+" ? "+" : sign == " " ? " " : ""
    }

    static func group(_ digits: String, by size: Int, with separator: Character) -> String {
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % size == 0 { result.append(separator) }
            result.append(character)
        }
        return result
    }

    /// Pads to the width: `=` (or `0`) puts the fill between the sign and the digits.
    private func pad(_ text: String, numeric: Bool, defaultAlign: Character, signAndPrefix: Int = 0) -> String {
        var alignment = align ?? defaultAlign
        var fillCharacter = fill
        if zeroPad, align == nil {
            fillCharacter = "0"
            if numeric { alignment = "=" }
        }
        let missing = width - text.pythonLength
        guard missing > 0 else { return text }
        let padding = String(repeating: fillCharacter, count: missing)
        switch alignment {
        case "<": return text + padding
        case "^":
            let left = missing / 2
            return String(repeating: fillCharacter, count: left) + text + String(repeating: fillCharacter, count: missing - left)
        case "=":
            let split = text.index(text.startIndex, offsetBy: signAndPrefix)
            return String(text[..<split]) + padding + String(text[split...])
        default: return padding + text
        }
    }
}

/// Objects of other modules with their own `__format__` (array scalars).
protocol CustomFormattable {
    func pythonFormat(_ spec: String) throws(PythonError) -> String
}
