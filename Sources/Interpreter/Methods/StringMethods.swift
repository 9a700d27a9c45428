import Foundation

/// `str`'s methods.
enum StringMethods {
    static func text(_ value: Value) -> String { value.stringValue ?? "" }

    static func argumentString(_ arguments: Arguments, _ index: Int, _ method: String) throws(PythonError) -> String? {
        guard index < arguments.positional.count else { return nil }
        let value = arguments.positional[index]
        if case .none = value { return nil }
        guard case .string(let text) = value else {
            throw .typeError("\(method) arg must be None or str")
        }
        return text
    }

    /// Python's whitespace: the Unicode White_Space code points, and the separators
    /// `\x1c`-`\x1f` CPython counts too.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || (0x1C...0x1F).contains(scalar.value)
    }

    static func isSpace(_ character: Character) -> Bool { character.unicodeScalars.allSatisfy(isSpace) }

    static func strip(_ text: String, _ characters: String?, leading: Bool, trailing: Bool) -> String {
        let set = characters.map { Set($0.unicodeScalars) }
        let shouldStrip: (Unicode.Scalar) -> Bool = set.map { set in { set.contains($0) } } ?? isSpace
        var scalars = text.unicodeScalars[...]
        if leading { scalars = scalars.drop(while: shouldStrip) }
        if trailing {
            while let last = scalars.last, shouldStrip(last) { scalars = scalars.dropLast() }
        }
        return String(scalars: scalars)
    }

    /// The code points of a str argument, or the TypeError CPython gives for another type.
    static func scalars(_ value: Value, _ message: @autoclosure () -> String) throws(PythonError) -> [Unicode.Scalar] {
        guard case .string(let text) = value else { throw .typeError(message()) }
        return text.scalarArray
    }

    /// The letters' general categories, as `str.isalpha` counts them.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
        default: false
        }
    }

    static func table(_ runtime: Runtime) -> [String: Method] {
        var table: [String: Method] = [:]
        table["upper"] = method { receiver, _ throws(PythonError) in .string(text(receiver).uppercased()) }
        table["lower"] = method { receiver, _ throws(PythonError) in .string(text(receiver).lowercased()) }
        table["title"] = method { receiver, _ throws(PythonError) in
            var result = ""
            var previousCased = false
            for scalar in text(receiver).unicodeScalars {
                let character = String(scalar)
                result += previousCased ? character.lowercased() : character.uppercased()
                previousCased = scalar.properties.isCased
            }
            return .string(result)
        }
        table["capitalize"] = method { receiver, _ throws(PythonError) in
            let scalars = text(receiver).unicodeScalars
            guard let first = scalars.first else { return receiver }
            return .string(String(first).uppercased() + String(scalars: scalars.dropFirst()).lowercased())
        }
        table["swapcase"] = method { receiver, _ throws(PythonError) in
            .string(text(receiver).unicodeScalars.map { scalar in
                scalar.properties.isUppercase ? String(scalar).lowercased() : scalar.properties.isLowercase ? String(scalar).uppercased() : String(scalar)
            }.joined())
        }
        for (name, leading, trailing) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            table[name] = method { receiver, arguments throws(PythonError) in
                try arguments.expectCount(0...1, name)
                return .string(strip(text(receiver), try argumentString(arguments, 0, name), leading: leading, trailing: trailing))
            }
        }
        table["split"] = method { receiver, arguments throws(PythonError) in
            try arguments.allowOnly(["sep", "maxsplit"], function: "split")
            let separator = try argumentString(arguments, 0, "split") ?? arguments.keyword("sep")?.stringValue
            var limit = -1
            if arguments.positional.count > 1, case .int(let value) = arguments.positional[1] { limit = value }
            if case .int(let value)? = arguments.keyword("maxsplit") { limit = value }
            return .object(ListObject(try split(text(receiver), separator, limit: limit).map(Value.string)))
        }
        table["rsplit"] = method { receiver, arguments throws(PythonError) in
            let separator = try argumentString(arguments, 0, "rsplit") ?? arguments.keyword("sep")?.stringValue
            var limit = -1
            if arguments.positional.count > 1, case .int(let value) = arguments.positional[1] { limit = value }
            if case .int(let value)? = arguments.keyword("maxsplit") { limit = value }
            guard limit >= 0 else { return .object(ListObject(try split(text(receiver), separator, limit: -1).map(Value.string))) }
            let reversed = String(scalars: text(receiver).unicodeScalars.reversed())
            let pieces = try split(reversed, separator.map { String(scalars: $0.unicodeScalars.reversed()) }, limit: limit)
            return .object(ListObject(pieces.reversed().map { .string(String(scalars: $0.unicodeScalars.reversed())) }))
        }
        table["splitlines"] = method { receiver, arguments throws(PythonError) in
            let keepends = try (arguments.positional.first ?? arguments.keyword("keepends"))?.isTruthy() ?? false
            // Python's line boundaries, a \r\n pair counting as one.
            let breaks: Set<UInt32> = [0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029]
            let scalars = text(receiver).scalarArray
            var lines: [Value] = []
            var start = 0
            var index = 0
            while index < scalars.count {
                guard breaks.contains(scalars[index].value) else {
                    index += 1
                    continue
                }
                var end = index + 1
                if scalars[index] == "\r", end < scalars.count, scalars[end] == "\n" { end += 1 }
                lines.append(.string(String(scalars: scalars[start..<(keepends ? end : index)])))
                start = end
                index = end
            }
            if start < scalars.count { lines.append(.string(String(scalars: scalars[start...]))) }
            return .object(ListObject(lines))
        }
        table["join"] = method { receiver, arguments throws(PythonError) in
            try arguments.expectCount(1...1, "join")
            var pieces: [String] = []
            for (index, item) in try Iteration.values(arguments.positional[0]).enumerated() {
                guard case .string(let piece) = item else {
                    throw .typeError("sequence item \(index): expected str instance, \(item.typeName) found")
                }
                pieces.append(piece)
            }
            return .string(pieces.joined(separator: text(receiver)))
        }
        table["replace"] = method { receiver, arguments throws(PythonError) in
            try arguments.expectCount(2...3, "replace")
            guard case .string(let old) = arguments.positional[0] else {
                throw .typeError("replace() argument 1 must be str, not \(arguments.positional[0].typeName)")
            }
            guard case .string(let new) = arguments.positional[1] else {
                throw .typeError("replace() argument 2 must be str, not \(arguments.positional[1].typeName)")
            }
            var count = -1
            if arguments.positional.count == 3, case .int(let value) = arguments.positional[2] { count = value }
            return .string(replace(text(receiver), old, new, count: count))
        }
        for (name, atStart) in [("startswith", true), ("endswith", false)] {
            table[name] = method { receiver, arguments throws(PythonError) in
                try arguments.expectCount(1...3, name)
                let characters = text(receiver).scalarArray
                let (start, end) = try ScalarSearch.bounds(arguments, from: 1, count: characters.count)
                let candidates: [Value]
                if case .tuple(let items) = arguments.positional[0] { candidates = items } else { candidates = [arguments.positional[0]] }
                for candidate in candidates {
                    let affix = try scalars(candidate, "\(name) first arg must be str or a tuple of str, not \(candidate.typeName)")
                    guard start <= end, end - start >= affix.count else { continue }
                    let slice = atStart ? characters[start..<(start + affix.count)] : characters[(end - affix.count)..<end]
                    if slice.elementsEqual(affix) { return .bool(true) }
                }
                return .bool(false)
            }
        }
        for name in ["find", "index", "rfind", "rindex"] {
            table[name] = method { receiver, arguments throws(PythonError) in
                try arguments.expectCount(1...3, name)
                let needle = try scalars(arguments.positional[0], "must be str, not \(arguments.positional[0].typeName)")
                let haystack = text(receiver).scalarArray
                let (start, end) = try ScalarSearch.bounds(arguments, from: 1, count: haystack.count)
                if let found = ScalarSearch.find(needle, in: haystack, start: start, end: end, fromEnd: name.hasPrefix("r")) {
                    return .int(found)
                }
                if name.hasSuffix("index") { throw .valueError("substring not found") }
                return .int(-1)
            }
        }
        table["count"] = method { receiver, arguments throws(PythonError) in
            try arguments.expectCount(1...3, "count")
            let needle = try scalars(arguments.positional[0], "must be str, not \(arguments.positional[0].typeName)")
            let haystack = text(receiver).scalarArray
            let (start, end) = try ScalarSearch.bounds(arguments, from: 1, count: haystack.count)
            return .int(ScalarSearch.count(needle, in: haystack, start: start, end: end))
        }
        let predicates: [(String, (Unicode.Scalar) -> Bool)] = [
            ("isdigit", { $0.properties.numericType == .decimal || $0.properties.numericType == .digit }),
            ("isdecimal", { $0.properties.numericType == .decimal }),
            ("isnumeric", { $0.properties.numericType != nil }),
            ("isalpha", isLetter),
            ("isalnum", { isLetter($0) || $0.properties.numericType != nil }),
            ("isspace", isSpace),
            ("isupper", { !$0.properties.isLowercase }),
            ("islower", { !$0.properties.isUppercase }),
            ("isascii", { $0.isASCII }),
        ]
        for (name, predicate) in predicates {
            table[name] = method { receiver, _ throws(PythonError) in
                let scalars = text(receiver).unicodeScalars
                if name == "isupper" || name == "islower" {
                    let cased = scalars.filter { $0.properties.isUppercase || $0.properties.isLowercase }
                    return .bool(!cased.isEmpty && cased.allSatisfy(predicate))
                }
                if name == "isascii" { return .bool(scalars.allSatisfy(predicate)) }
                return .bool(!scalars.isEmpty && scalars.allSatisfy(predicate))
            }
        }
        for (name, alignment) in [("ljust", "<"), ("rjust", ">"), ("center", "^")] {
            table[name] = method { receiver, arguments throws(PythonError) in
                try arguments.expectCount(1...2, name)
                guard let width = try Operators.index(arguments.positional[0], for: name) else {
                    throw .typeError("'\(arguments.positional[0].typeName)' object cannot be interpreted as an integer")
                }
                var fill = " "
                if arguments.positional.count > 1 {
                    guard case .string(let given) = arguments.positional[1], given.pythonLength == 1 else {
                        throw .typeError("The fill character must be exactly one character long")
                    }
                    fill = given
                }
                let string = text(receiver)
                let missing = width - string.pythonLength
                guard missing > 0 else { return receiver }
                switch alignment {
                case "<": return .string(string + String(repeating: fill, count: missing))
                case ">": return .string(String(repeating: fill, count: missing) + string)
                default:
                    // CPython puts the extra character on the left when the text's length is odd.
                    let left = missing / 2 + (missing & width & 1)
                    return .string(String(repeating: fill, count: left) + string + String(repeating: fill, count: missing - left))
                }
            }
        }
        table["zfill"] = method { receiver, arguments throws(PythonError) in
            try arguments.expectCount(1...1, "zfill")
            guard case .int(let width) = arguments.positional[0] else { return receiver }
            var scalars = text(receiver).scalarArray
            let missing = width - scalars.count
            guard missing > 0 else { return receiver }
            var sign = ""
            if let first = scalars.first, first == "-" || first == "+" {
                sign = String(first)
                scalars.removeFirst()
            }
            return .string(sign + String(repeating: "0", count: missing) + String(scalars: scalars))
        }
        for (name, fromEnd) in [("partition", false), ("rpartition", true)] {
            table[name] = method { receiver, arguments throws(PythonError) in
                try arguments.expectCount(1...1, name)
                let separator = try scalars(arguments.positional[0], "must be str, not \(arguments.positional[0].typeName)")
                guard !separator.isEmpty else { throw .valueError("empty separator") }
                let characters = text(receiver).scalarArray
                guard let found = ScalarSearch.find(separator, in: characters, fromEnd: fromEnd) else {
                    return fromEnd ? .tuple([.string(""), .string(""), receiver]) : .tuple([receiver, .string(""), .string("")])
                }
                return .tuple([
                    .string(String(scalars: characters[..<found])), arguments.positional[0],
                    .string(String(scalars: characters[(found + separator.count)...])),
                ])
            }
        }
        table["format"] = method { [unowned runtime] receiver, arguments throws(PythonError) in
            .string(try StringFormat.format(text(receiver), arguments, runtime: runtime))
        }
        table["encode"] = method { receiver, _ throws(PythonError) in
            throw .typeError("bytes are not supported in course cells")
        }
        return table
    }

    /// `str.split`: on runs of whitespace without a separator, else on the separator.
    static func split(_ text: String, _ separator: String?, limit: Int) throws(PythonError) -> [String] {
        let scalars = text.scalarArray
        guard let separator else {
            var pieces: [String] = []
            var index = 0
            while index < scalars.count, isSpace(scalars[index]) { index += 1 }
            while index < scalars.count {
                if limit >= 0, pieces.count == limit {
                    var end = scalars.count
                    while end > index, isSpace(scalars[end - 1]) { end -= 1 }
                    pieces.append(String(scalars: scalars[index..<end]))
                    break
                }
                let start = index
                while index < scalars.count, !isSpace(scalars[index]) { index += 1 }
                pieces.append(String(scalars: scalars[start..<index]))
                while index < scalars.count, isSpace(scalars[index]) { index += 1 }
            }
            return pieces
        }
        let needle = separator.scalarArray
        guard !needle.isEmpty else { throw .valueError("empty separator") }
        var pieces: [String] = []
        var start = 0
        while limit < 0 || pieces.count < limit, let found = ScalarSearch.find(needle, in: scalars, start: start) {
            pieces.append(String(scalars: scalars[start..<found]))
            start = found + needle.count
        }
        pieces.append(String(scalars: scalars[start...]))
        return pieces
    }

    static func replace(_ text: String, _ old: String, _ new: String, count: Int) -> String {
        let scalars = text.scalarArray
        let needle = old.scalarArray
        if needle.isEmpty {
            // Between every two code points, and at both ends (up to `count` times).
            var result = ""
            var done = 0
            for scalar in scalars {
                if count < 0 || done < count {
                    result += new
                    done += 1
                }
                result.unicodeScalars.append(scalar)
            }
            if count < 0 || done < count { result += new }
            return result
        }
        var result = ""
        var start = 0
        var done = 0
        while count < 0 || done < count, let found = ScalarSearch.find(needle, in: scalars, start: start) {
            result += String(scalars: scalars[start..<found]) + new
            start = found + needle.count
            done += 1
        }
        return result + String(scalars: scalars[start...])
    }
}

/// `str.format`: `{}`, `{0}`, `{name}`, `{0.attr}`, `{0[key]}`, conversions and specs.
enum StringFormat {
    /// How fields are numbered: not yet known, `{}` counting up, or `{0}` given.
    private enum Numbering {
        case unknown
        case automatic(Int)
        case manual
    }

    static func format(_ template: String, _ arguments: Arguments, runtime: Runtime) throws(PythonError) -> String {
        var numbering = Numbering.unknown
        return try format(template, arguments, runtime: runtime, numbering: &numbering, depth: 2)
    }

    /// Formats `template`; a field's spec may hold fields itself (`{:{}.{}f}`), numbered on
    /// from the field's own, two levels deep at most.
    private static func format(
        _ template: String, _ arguments: Arguments, runtime: Runtime, numbering: inout Numbering, depth: Int
    ) throws(PythonError) -> String {
        guard depth > 0 else { throw .valueError("Max string recursion exceeded") }
        var result = ""
        var characters = Array(template)[...]
        while let character = characters.first {
            characters = characters.dropFirst()
            if character == "}" {
                guard characters.first == "}" else { throw .valueError("Single '}' encountered in format string") }
                characters = characters.dropFirst()
                result.append("}")
                continue
            }
            guard character == "{" else {
                result.append(character)
                continue
            }
            if characters.first == "{" {
                characters = characters.dropFirst()
                result.append("{")
                continue
            }
            var field = ""
            var braces = 0
            while let next = characters.first, next != "}" || braces > 0 {
                if next == "{" { braces += 1 }
                if next == "}" { braces -= 1 }
                field.append(next)
                characters = characters.dropFirst()
            }
            guard characters.first == "}" else { throw .valueError("expected '}' before end of string") }
            characters = characters.dropFirst()
            var spec = ""
            var conversion: Character?
            if let colon = field.firstIndex(of: ":") {
                spec = String(field[field.index(after: colon)...])
                field = String(field[..<colon])
            }
            if let bang = field.firstIndex(of: "!") {
                conversion = field[field.index(after: bang)...].first
                field = String(field[..<bang])
            }
            var value: Value
            let head = field.prefix { $0 != "." && $0 != "[" }
            var rest = field.dropFirst(head.count)
            if head.isEmpty {
                var automatic = 0
                switch numbering {
                case .manual: throw .valueError("cannot switch from manual field specification to automatic field numbering")
                case .automatic(let next): automatic = next
                case .unknown: break
                }
                numbering = .automatic(automatic + 1)
                guard automatic < arguments.positional.count else {
                    throw .indexError("Replacement index \(automatic) out of range for positional args tuple")
                }
                value = arguments.positional[automatic]
            } else if let index = Int(head) {
                if case .automatic = numbering {
                    throw .valueError("cannot switch from automatic field numbering to manual field specification")
                }
                numbering = .manual
                guard index < arguments.positional.count else {
                    throw .indexError("Replacement index \(index) out of range for positional args tuple")
                }
                value = arguments.positional[index]
            } else {
                guard let named = arguments.keyword(String(head)) else { throw .keyError(.string(String(head))) }
                value = named
            }
            while let first = rest.first {
                if first == "." {
                    let name = rest.dropFirst().prefix { $0 != "." && $0 != "[" }
                    value = try runtime.getAttribute(value, String(name))
                    rest = rest.dropFirst(1 + name.count)
                } else {
                    let key = rest.dropFirst().prefix { $0 != "]" }
                    value = try Operators.getItem(value, Int(key).map(Value.int) ?? .string(String(key)))
                    rest = rest.dropFirst(2 + key.count)
                }
            }
            switch conversion {
            case "r": value = .string(try value.repr())
            case "a": value = .string(try value.ascii())
            case "s": value = .string(try value.str())
            default: break
            }
            if spec.contains("{") {
                spec = try format(spec, arguments, runtime: runtime, numbering: &numbering, depth: depth - 1)
            }
            result += try FormatSpec.format(value, spec)
        }
        return result
    }
}
