import Foundation
import Interpreter

/// The project's syntax trees in the S-expression format `Oracle/python_ast.py` writes
/// for CPython's, so the two parsers can be compared line for line.
enum ASTDump {
    static func statements(_ statements: [StatementNode]) -> String {
        statements.map(statement).joined(separator: " ")
    }

    static func many(_ expressions: [ExpressionNode]) -> String {
        expressions.map(expression).joined(separator: " ")
    }

    static func optional(_ expression: ExpressionNode?) -> String {
        expression.map(Self.expression) ?? "_"
    }

    static func constant(_ constant: Constant) -> String {
        switch constant {
        case .none: "None"
        case .ellipsis: "..."
        case .bool(let value): value ? "True" : "False"
        case .integer(let digits, let radix): "int:\(Int(digits, radix: radix).map(String.init) ?? "big:\(digits)")"
        case .float(let value): "float:\(hex(value))"
        case .imaginary(let value): "imaginary:\(hex(value))"
        case .string(let text): "str:\(json(text))"
        case .bytes(let bytes): "bytes:\(bytes.map { String(format: "%02x", $0) }.joined())"
        }
    }

    /// Python's `float.hex()`.
    static func hex(_ value: Double) -> String {
        if value == 0 { return value.sign == .minus ? "-0x0.0p+0" : "0x0.0p+0" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        let sign = value < 0 ? "-" : ""
        let magnitude = abs(value)
        let exponent = magnitude.isSubnormal ? -1022 : Int(magnitude.exponent)
        let leading = magnitude.isSubnormal ? 0 : 1
        var mantissa = String(magnitude.significandBitPattern, radix: 16)
        mantissa = String(repeating: "0", count: 13 - mantissa.count) + mantissa
        return "\(sign)0x\(leading).\(mantissa)p\(exponent >= 0 ? "+" : "")\(exponent)"
    }

    /// Python's `json.dumps` of a string (ASCII, `\uXXXX` escapes).
    static func json(_ text: String) -> String {
        var result = "\""
        for unit in text.utf16 {
            switch unit {
            case 0x22: result += "\\\""
            case 0x5C: result += "\\\\"
            case 0x0A: result += "\\n"
            case 0x0D: result += "\\r"
            case 0x09: result += "\\t"
            case 0x08: result += "\\b"
            case 0x0C: result += "\\f"
            case 0x20..<0x7F: result += String(UnicodeScalar(unit)!)
            default: result += String(format: "\\u%04x", unit)
            }
        }
        return result + "\""
    }

    static func parameters(_ parameters: Parameters) -> String {
        let names = parameters.positional.map(\.name).joined(separator: " ")
        let defaults = parameters.positional.compactMap(\.defaultValue).map(expression).joined(separator: " ")
        let keywordOnly = parameters.keywordOnly.map(\.name).joined(separator: " ")
        let keywordDefaults = parameters.keywordOnly.map { optional($0.defaultValue) }.joined(separator: " ")
        return "(params \(parameters.positionalOnlyCount) (\(names)) (\(defaults)) \(parameters.variadic ?? "_") (\(keywordOnly)) (\(keywordDefaults)) \(parameters.keywords ?? "_"))"
    }

    /// f-string parts as CPython's JoinedStr holds them: adjacent texts merged, a
    /// self-documenting field as its text and the value with `!r` unless told otherwise.
    static func formatted(_ parts: [FormattedPart]) -> [String] {
        var values: [String] = []
        var text = ""
        func flush() {
            if !text.isEmpty { values.append("str:\(json(text))") }
            text = ""
        }
        for part in parts {
            switch part {
            case .text(let piece):
                text += piece
            case .field(let value, let conversion, let spec, let selfDocumenting):
                var conversion = conversion
                if let selfDocumenting {
                    text += selfDocumenting
                    if conversion == nil, spec.isEmpty { conversion = "r" }
                }
                flush()
                let specText = spec.isEmpty ? "_" : "(fstring \(formatted(spec).joined(separator: " ")))"
                values.append("(field \(expression(value)) \(conversion.map(String.init) ?? "_") \(specText))")
            }
        }
        flush()
        return values
    }

    static func comprehensions(_ clauses: [Comprehension]) -> String {
        clauses.map { "(for \(expression($0.target)) \(expression($0.iterable)) \(many($0.conditions)))" }.joined(separator: " ")
    }

    static func expression(_ expression: ExpressionNode) -> String {
        switch expression.kind {
        case .name(let name): return name
        case .constant(let value): return constant(value)
        case .formatted(let parts): return "(fstring \(formatted(parts).joined(separator: " ")))"
        case .unary(let operation, let operand): return "(\(operation.rawValue) \(Self.expression(operand)))"
        case .binary(let operation, let left, let right):
            return "(\(operation.rawValue) \(Self.expression(left)) \(Self.expression(right)))"
        case .boolean(let operation, let operands): return "(\(operation.rawValue) \(many(operands)))"
        case .comparison(let first, let rest):
            return "(compare \(Self.expression(first)) \(rest.map { "\($0.0.rawValue) \(Self.expression($0.1))" }.joined(separator: " ")))"
        case .conditional(let test, let body, let orElse):
            return "(ifexp \(Self.expression(test)) \(Self.expression(body)) \(Self.expression(orElse)))"
        case .lambda(let parameters, let body): return "(lambda \(Self.parameters(parameters)) \(Self.expression(body)))"
        case .call(let function, let arguments):
            var positional: [String] = []
            var keywords: [String] = []
            for argument in arguments {
                switch argument {
                case .positional(let value): positional.append(Self.expression(value))
                case .unpacked(let value): positional.append("(* \(Self.expression(value)))")
                case .keyword(let name, let value): keywords.append("(kw \(name) \(Self.expression(value)))")
                case .unpackedKeywords(let value): keywords.append("(kw ** \(Self.expression(value)))")
                }
            }
            return "(call \(Self.expression(function)) (\(positional.joined(separator: " "))) (\(keywords.joined(separator: " "))))"
        case .attribute(let value, let name): return "(. \(Self.expression(value)) \(name))"
        case .subscript(let value, let index): return "([] \(Self.expression(value)) \(Self.expression(index)))"
        case .slice(let lower, let upper, let step): return "(slice \(optional(lower)) \(optional(upper)) \(optional(step)))"
        case .starred(let value): return "(* \(Self.expression(value)))"
        case .tuple(let items): return "(tuple \(many(items)))"
        case .list(let items): return "(list \(many(items)))"
        case .set(let items): return "(set \(many(items)))"
        case .dictionary(let pairs): return "(dict \(pairs.map { "(\(optional($0.key)) \(Self.expression($0.value)))" }.joined(separator: " ")))"
        case .listComprehension(let element, let clauses): return "(listcomp \(Self.expression(element)) \(comprehensions(clauses)))"
        case .setComprehension(let element, let clauses): return "(setcomp \(Self.expression(element)) \(comprehensions(clauses)))"
        case .generator(let element, let clauses): return "(genexp \(Self.expression(element)) \(comprehensions(clauses)))"
        case .dictionaryComprehension(let key, let value, let clauses):
            return "(dictcomp \(Self.expression(key)) \(Self.expression(value)) \(comprehensions(clauses)))"
        case .namedExpression(let name, let value): return "(:= \(name) \(Self.expression(value)))"
        case .yield(let value): return "(yield \(value.map(Self.expression) ?? "_"))"
        case .yieldFrom(let value): return "(yieldfrom \(Self.expression(value)))"
        }
    }

    static func statement(_ statement: StatementNode) -> String {
        switch statement.kind {
        case .expression(let value): return "(expr \(expression(value)))"
        case .assignment(let targets, let value): return "(assign (\(many(targets))) \(expression(value)))"
        case .augmentedAssignment(let target, let operation, let value):
            return "(augassign \(expression(target)) \(operation.rawValue) \(expression(value)))"
        case .annotatedAssignment(let target, let annotation, let value):
            return "(annassign \(expression(target)) \(expression(annotation)) \(optional(value)))"
        case .ifStatement(let test, let body, let orElse):
            return "(if \(expression(test)) (\(statements(body))) (\(statements(orElse))))"
        case .whileLoop(let test, let body, let orElse):
            return "(while \(expression(test)) (\(statements(body))) (\(statements(orElse))))"
        case .forLoop(let target, let iterable, let body, let orElse):
            return "(for \(expression(target)) \(expression(iterable)) (\(statements(body))) (\(statements(orElse))))"
        case .function(let definition):
            let decorators = definition.decorators.isEmpty ? "" : " (@ \(many(definition.decorators)))"
            return "(def \(definition.name) \(parameters(definition.parameters)) (\(statements(definition.body)))\(decorators))"
        case .classDefinition(let definition):
            var bases: [ExpressionNode] = []
            var keywords: [String] = []
            for argument in definition.arguments {
                switch argument {
                case .positional(let value): bases.append(value)
                case .unpacked(let value): bases.append(ExpressionNode(.starred(value), at: value.location))
                case .keyword(let name, let value): keywords.append("(\(name) \(expression(value)))")
                case .unpackedKeywords(let value): keywords.append("(** \(expression(value)))")
                }
            }
            let decorators = definition.decorators.isEmpty ? "" : " (@ \(many(definition.decorators)))"
            return "(class \(definition.name) (\(many(bases))) (\(keywords.joined(separator: " "))) (\(statements(definition.body)))\(decorators))"
        case .returnStatement(let value): return "(return \(optional(value)))"
        case .pass: return "(pass)"
        case .breakStatement: return "(break)"
        case .continueStatement: return "(continue)"
        case .assertion(let test, let message): return "(assert \(expression(test)) \(optional(message)))"
        case .deletion(let targets): return "(del \(many(targets)))"
        case .importModules(let modules): return "(import \(modules.map { "(\($0.module) \($0.alias ?? "_"))" }.joined(separator: " ")))"
        case .importFrom(let module, let names):
            return "(from \(module) \(names.map { "(\($0.name) \($0.alias ?? "_"))" }.joined(separator: " ")))"
        case .global(let names): return "(global \(names.joined(separator: " ")))"
        case .with(let items, let body):
            return "(with (\(items.map { "(\(expression($0.context)) \(optional($0.target)))" }.joined(separator: " "))) (\(statements(body))))"
        case .nonlocal(let names): return "(nonlocal \(names.joined(separator: " ")))"
        case .tryStatement(let body, let handlers, let orElse, let finally):
            let handlerText = handlers.map { "(except \(optional($0.type)) \($0.name ?? "_") (\(statements($0.body))))" }.joined(separator: " ")
            return "(try (\(statements(body))) (\(handlerText)) (\(statements(orElse))) (\(statements(finally))))"
        case .raise(let exception, let cause): return "(raise \(optional(exception)) \(optional(cause)))"
        }
    }
}
