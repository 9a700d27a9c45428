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

    static func isSpace(_ character: Character) -> Bool { character.unicodeScalars.allSatisfy { $0.properties.isWhitespace } }

    static func strip(_ text: String, _ characters: String?, leading: Bool, trailing: Bool) -> String {
        let shouldStrip: (Character) -> Bool = characters.map { set in { set.contains($0) } } ?? isSpace
        var slice = Substring(text)
        if leading { slice = slice.drop(while: shouldStrip) }
        if trailing {
            while let last = slice.last, shouldStrip(last) { slice = slice.dropLast() }
        }
        return String(slice)
    }

    static func table(_ runtime: Runtime) -> [String: Method] {
        var table: [String: Method] = [:]
        table["upper"] = method { receiver, _ throws(PythonError) in .string(text(receiver).uppercased()) }
        table["lower"] = method { receiver, _ throws(PythonError) in .string(text(receiver).lowercased()) }
        table["title"] = method { receiver, _ throws(PythonError) in
            var result = ""
            var previousCased = false
            for character in text(receiver) {
                result += previousCased ? character.lowercased() : character.uppercased()
                previousCased = character.isLetter
            }
            return .string(result)
        }
        table["capitalize"] = method { receiver, _ throws(PythonError) in
            let string = text(receiver)
            return .string(string.prefix(1).uppercased() + string.dropFirst().lowercased())
        }
        table["swapcase"] = method { receiver, _ throws(PythonError) in
            .string(String(text(receiver).map { $0.isUppercase ? Character($0.lowercased()) : Character($0.uppercased()) }))
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
            let reversed = String(text(receiver).reversed())
            let pieces = try split(reversed, separator.map { String($0.reversed()) }, limit: limit)
            return .object(ListObject(pieces.reversed().map { .string(String($0.reversed())) }))
        }
        table["splitlines"] = method { receiver, _ throws(PythonError) in
            var lines = text(receiver).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
            if lines.last == "" { lines.removeLast() }
            return .object(ListObject(lines.map(Value.string)))
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
            guard case .string(let old) = arguments.positional[0], case .string(let new) = arguments.positional[1] else {
                throw .typeError("replace() argument 1 must be str, not \(arguments.positional[0].typeName)")
            }
            var count = -1
            if arguments.positional.count == 3, case .int(let value) = arguments.positional[2] { count = value }
            return .string(replace(text(receiver), old, new, count: count))
        }
        for (name, atStart) in [("startswith", true), ("endswith", false)] {
            table[name] = method { receiver, arguments throws(PythonError) in
                try arguments.expectCount(1...3, name)
                let string = text(receiver)
                let candidates: [Value]
                if case .tuple(let items) = arguments.positional[0] { candidates = items } else { candidates = [arguments.positional[0]] }
                for candidate in candidates {
                    guard case .string(let affix) = candidate else {
                        throw .typeError("\(name) first arg must be str or a tuple of str, not \(candidate.typeName)")
                    }
                    if atStart ? string.hasPrefix(affix) : string.hasSuffix(affix) { return .bool(true) }
                }
                return .bool(false)
            }
        }
        for name in ["find", "index", "rfind", "rindex"] {
            table[name] = method { receiver, arguments throws(PythonError) in
                try arguments.expectCount(1...3, name)
                guard case .string(let needle) = arguments.positional[0] else {
                    throw .typeError("must be str, not \(arguments.positional[0].typeName)")
                }
                let characters = Array(text(receiver))
                let target = Array(needle)
                let fromEnd = name.hasPrefix("r")
                var found: Int?
                if target.count <= characters.count {
                    let positions = Array(0...(characters.count - target.count))
                    for position in fromEnd ? positions.reversed() : positions where Array(characters[position..<(position + target.count)]) == target {
                        found = position
                        break
                    }
                }
                if let found { return .int(found) }
                if name.hasSuffix("index") { throw .valueError("substring not found") }
                return .int(-1)
            }
        }
        table["count"] = method { receiver, arguments throws(PythonError) in
            try arguments.expectCount(1...3, "count")
            guard case .string(let needle) = arguments.positional[0] else {
                throw .typeError("must be str, not \(arguments.positional[0].typeName)")
            }
            let string = text(receiver)
            if needle.isEmpty { return .int(string.count + 1) }
            return .int(string.components(separatedBy: needle).count - 1)
        }
        let predicates: [(String, (Character) -> Bool)] = [
            ("isdigit", { $0.isNumber && $0.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal || $0.properties.numericType == .digit } }),
            ("isdecimal", { $0.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal } }),
            ("isnumeric", { $0.isNumber }),
            ("isalpha", { $0.isLetter }),
            ("isalnum", { $0.isLetter || $0.isNumber }),
            ("isspace", isSpace),
            ("isupper", { !$0.isLowercase }),
            ("islower", { !$0.isUppercase }),
        ]
        for (name, predicate) in predicates {
            table[name] = method { receiver, _ throws(PythonError) in
                let string = text(receiver)
                if name == "isupper" || name == "islower" {
                    let cased = string.filter { $0.isUppercase || $0.isLowercase }
                    return .bool(!cased.isEmpty && cased.allSatisfy(predicate))
                }
                return .bool(!string.isEmpty && string.allSatisfy(predicate))
            }
        }
        for (name, alignment) in [("ljust", "<"), ("rjust", ">"), ("center", "^")] {
            table[name] = method { receiver, arguments throws(PythonError) in
                try arguments.expectCount(1...2, name)
                guard case .int(let width) = arguments.positional[0] else {
                    throw .typeError("'\(arguments.positional[0].typeName)' object cannot be interpreted as an integer")
                }
                let fill = arguments.positional.count > 1 ? (arguments.positional[1].stringValue ?? " ") : " "
                let string = text(receiver)
                let missing = width - string.count
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
            var string = text(receiver)
            let missing = width - string.count
            guard missing > 0 else { return receiver }
            var sign = ""
            if let first = string.first, first == "-" || first == "+" {
                sign = String(first)
                string.removeFirst()
            }
            return .string(sign + String(repeating: "0", count: missing) + string)
        }
        table["partition"] = method { receiver, arguments throws(PythonError) in
            try arguments.expectCount(1...1, "partition")
            guard case .string(let separator) = arguments.positional[0] else { throw .typeError("must be str") }
            let string = text(receiver)
            guard let range = string.range(of: separator) else { return .tuple([.string(string), .string(""), .string("")]) }
            return .tuple([.string(String(string[..<range.lowerBound])), .string(separator), .string(String(string[range.upperBound...]))])
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
        guard let separator else {
            var pieces: [String] = []
            var rest = Substring(text).drop(while: isSpace)
            while !rest.isEmpty {
                if limit >= 0, pieces.count == limit {
                    var tail = rest
                    while let last = tail.last, isSpace(last) { tail = tail.dropLast() }
                    pieces.append(String(tail))
                    break
                }
                let word = rest.prefix { !isSpace($0) }
                pieces.append(String(word))
                rest = rest.dropFirst(word.count).drop(while: isSpace)
            }
            return pieces
        }
        guard !separator.isEmpty else { throw .valueError("empty separator") }
        var pieces: [String] = []
        var rest = Substring(text)
        while let range = rest.range(of: separator), limit < 0 || pieces.count < limit {
            pieces.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        pieces.append(String(rest))
        return pieces
    }

    static func replace(_ text: String, _ old: String, _ new: String, count: Int) -> String {
        if count < 0 {
            if old.isEmpty {
                return new + text.map { String($0) + new }.joined()
            }
            return text.replacingOccurrences(of: old, with: new)
        }
        var result = ""
        var rest = Substring(text)
        var done = 0
        while done < count, !old.isEmpty, let range = rest.range(of: old) {
            result += rest[..<range.lowerBound] + new
            rest = rest[range.upperBound...]
            done += 1
        }
        return result + rest
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
