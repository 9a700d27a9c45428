extension Lexer {
    /// Reads an integer, float or imaginary literal, with CPython's errors for malformed ones.
    /// Errors point at the last character read before the offending one, as CPython's do.
    mutating func readNumber() throws(PythonSyntaxError) {
        let start = position
        if peek() == "0", let prefix = peek(1), let radix = Self.radixPrefixes[prefix] {
            position += 2
            try readPrefixedInteger(radix: radix, start: start)
            return
        }
        var isFloat = false
        if peek() != "." {
            try readDigitPart(kind: "decimal")
        }
        if peek() == "." {
            isFloat = true
            position += 1
            if let next = peek(), ("0"..."9").contains(next) { try readDigitPart(kind: "decimal") }
        }
        if let e = peek(), e == "e" || e == "E" {
            let mark = position
            position += 1
            if let sign = peek(), sign == "+" || sign == "-" { position += 1 }
            if let digit = peek(), ("0"..."9").contains(digit) {
                isFloat = true
                try readDigitPart(kind: "decimal")
            } else {
                position = mark
                throw error("invalid decimal literal", at: position - 1)
            }
        }
        let literal = text(from: start, to: position).replacingUnderscores
        if let j = peek(), j == "j" || j == "J" {
            position += 1
            try checkEndOfNumber(kind: "imaginary")
            append(.number(.imaginary(Double(literal) ?? .infinity)), from: start, text: text(from: start, to: position))
            return
        }
        try checkEndOfNumber(kind: "decimal")
        if isFloat {
            append(.number(.float(Double(literal) ?? .infinity)), from: start, text: text(from: start, to: position))
            return
        }
        if literal.count > 1, literal.first == "0", literal.contains(where: { $0 != "0" }) {
            throw error(
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                at: start)
        }
        append(.number(.integer(digits: literal, radix: 10)), from: start, text: text(from: start, to: position))
    }

    static let radixPrefixes: [Unicode.Scalar: Int] = ["x": 16, "X": 16, "o": 8, "O": 8, "b": 2, "B": 2]

    /// Digits with single underscores between them.
    private mutating func readDigitPart(kind: String) throws(PythonSyntaxError) {
        while let scalar = peek() {
            if ("0"..."9").contains(scalar) {
                position += 1
            } else if scalar == "_" {
                position += 1
                guard let next = peek(), ("0"..."9").contains(next) else { throw error("invalid \(kind) literal", at: position - 1) }
            } else {
                break
            }
        }
    }

    private mutating func readPrefixedInteger(radix: Int, start: Int) throws(PythonSyntaxError) {
        let name = [16: "hexadecimal", 8: "octal", 2: "binary"][radix]!
        var digits = ""
        while let scalar = peek() {
            if scalar == "_" {
                position += 1
                guard let next = peek(), Character(next).hexDigitValue.map({ $0 < radix }) ?? false else {
                    throw error("invalid \(name) literal", at: position - 1)
                }
                continue
            }
            guard let value = Character(scalar).hexDigitValue, scalar.isASCII else { break }
            if value >= radix {
                if value < 10 { throw error("invalid digit '\(scalar)' in \(name) literal", at: position) }
                break
            }
            digits.unicodeScalars.append(scalar)
            position += 1
        }
        guard !digits.isEmpty else { throw error("invalid \(name) literal", at: position - 1) }
        try checkEndOfNumber(kind: name)
        append(.number(.integer(digits: digits, radix: radix)), from: start, text: text(from: start, to: position))
    }

    /// A number must not run into a name, except one of the keywords CPython still
    /// accepts there (`1if x else 2`).
    private mutating func checkEndOfNumber(kind: String) throws(PythonSyntaxError) {
        guard let next = peek(), Self.isIdentifierContinue(next) else { return }
        for keyword in ["and", "else", "for", "if", "in", "is", "not", "or"] {
            let scalars = Array(keyword.unicodeScalars)
            var index = 0
            while index < scalars.count, peek(index) == scalars[index] { index += 1 }
            if index == scalars.count, !(peek(index).map(Self.isIdentifierContinue) ?? false) { return }
        }
        throw error("invalid \(kind) literal", at: position - 1)
    }
}

extension String {
    var replacingUnderscores: String { String(unicodeScalars.filter { $0 != "_" }.map(Character.init)) }
}
