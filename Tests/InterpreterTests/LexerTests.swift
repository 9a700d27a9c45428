import Foundation
import Interpreter
import Testing
import TestSupport

/// The lexer against CPython's own tokenizer: tokens, positions, literal values and the
/// syntax errors of malformed sources.
@Suite struct LexerTests {
    static let pythonUnavailable: String? = {
        let probe = try? PythonProcess.run(arguments: ["-c", "import tokenize"], input: Data())
        return probe?.status == 0 ? nil : "python3 is not available; the lexer's differential tests are skipped"
    }()

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Oracle/python_tokens.py").path

    /// Sources that tokenize: every literal form, indentation, line joining, operators.
    static let validSources: [String] = [
        "x = 1\n",
        "x=1",
        "if x:\n    y = 2\n    if y:\n        z = 3\nw = 4\n",
        "def f(a, b=2, *args, c, **kwargs) -> int:\n    return a\n",
        "for i in range(10):\n\tprint(i)\n",
        "# only a comment\n\n   \nx = 1  # trailing\n\n\n",
        "total = (1 +\n         2 +\n    3)\n",
        "values = [\n  1,\n  2,\n]\n",
        "x = 1 + \\\n    2\n",
        "a, *b = c\n",
        "x **= 2; y //= 3; z >>= 1; w <<= 1; v @= m\n",
        "print(a != b, a <= b, a >= b, a == b)\ndef f() -> None: pass\n",
        "if (n := len(a)) > 10: pass\n",
        "x = ...\ny = a[..., None]\n",
        "n = 0x1F + 0o17 + 0b1010 + 0XFF + 1_000_000 + 0 + 00 + 0_0\n",
        "f = 1.5 + .5 + 5. + 1e10 + 1E-5 + 1_0.0_1e+1_0 + 3.14159265358979323846\n",
        "z = 1j + 2.5J + 1e3j\n",
        "big = 123456789012345678901234567890\n",
        "s = 'a' \"b\" '''c\nd''' \"\"\"e\"\"\"\n",
        "s = 'tab\\there\\nnew \\\\ \\' \\\" \\a\\b\\f\\v\\r \\x41\\101\\0 \\u00e9 \\U0001F600'\n",
        "s = r'raw\\n\\'' + R\"x\\y\" + rb'\\d' + Rb'q' + bR'z' + BR'w'\n",
        "s = 'keep \\d \\q unknown escapes'\n",
        "s = 'line \\\ncontinued'\n",
        "b = b'bytes\\x00\\xff' + B'\\n'\n",
        "u = u'unicode' + U'é'\n",
        "s = '\\N{GREEK SMALL LETTER ALPHA}\\N{bullet}'\n",
        "f = f'{x}' + F'{y!r:>10}' + rf'{z}\\n' + fR'{{}}' + f'{a:{b}.{c}f}' + f'{x=}' + f'{x = !r}'\n",
        "f = f\"{'nested'}\" + f'''{\"a\"}\n{b}'''\n",
        "é = 1\nnaïve = é\n",
        "x = 1if y else 2\n",
        "class_ = lambda: 0\n",
        "while x:\n    if y:\n        break\n    else:\n        continue\n",
        "try:\n    pass\nexcept Exception as e:\n    raise\nfinally:\n    pass\n",
        "x = [i for i in range(3) if i]\n",
        "if x:\n    pass\n  # comment at another indentation\n    y = 1\n",
        "x = 1\r\ny = 2\r\n",
        "x = {1: 2, **d}\n",
        "a = b ^ c | d & ~e % f\n",
        "x = (\n# comment inside brackets\n1)\n",
    ]

    /// Sources CPython rejects while reading them.
    static let invalidSources: [String] = [
        "f\"{'\\n'}\"\n",
        "x = 'abc\n",
        "x = \"abc",
        "x = '''abc\n\ndef\n",
        "x = (1, 2\n",
        "x = [1, 2)\n",
        "x = (1,\n 2]\n",
        "x = 1)\n",
        "x = }\n",
        "if x:\n    y = 1\n  z = 2\n",
        "if x:\n\ty = 1\n        z = 2\n",
        "x = 0123\n",
        "x = 1_\n",
        "x = 1__0\n",
        "x = 0x\n",
        "x = 0xg\n",
        "x = 0b102\n",
        "x = 0o78\n",
        "x = 123abc\n",
        "x = 1e\n",
        "x = 1.5j2\n",
        "x = a $ b\n",
        "x = a ? b\n",
        "x = 1 € 2\n",
        "x = 1 \\ 2\n",
        "x = '\\x4'\n",
        "x = '\\u12'\n",
        "x = f'{}'\n",
        "x = f'{x'\n",
        "x = f'}'\n",
        "x = f'{x!z}'\n",
        "x = f'{a\\n}'\n",
        "x = f'{a#}'\n",
        "x = 1 +\\",
    ]

    static func dump(_ source: String) -> [String: Any] {
        do {
            let tokens = try Lexer.tokenize(SourceFile(source))
            return ["tokens": tokens.map { token -> [Any] in
                [kindName(token.kind), token.text, token.start.line, token.start.column, value(token.kind) ?? NSNull()]
            }]
        } catch {
            return ["error": "\(error.kind.rawValue): \(error.message)", "line": error.location.line, "offset": error.location.column + 1]
        }
    }

    static func kindName(_ kind: Token.Kind) -> String {
        switch kind {
        case .name: "NAME"
        case .number: "NUMBER"
        case .string: "STRING"
        case .operator: "OP"
        case .newline: "NEWLINE"
        case .indent: "INDENT"
        case .dedent: "DEDENT"
        case .end: "ENDMARKER"
        }
    }

    static func value(_ kind: Token.Kind) -> Any? {
        func hex(_ value: Double) -> String {
            withUnsafeBytes(of: value.bitPattern.littleEndian) { $0.map { String(format: "%02x", $0) }.joined() }
        }
        switch kind {
        case .number(.integer(let digits, let radix)): return ["integer", digits.lowercased(), radix]
        case .number(.float(let value)): return ["float", hex(value)]
        case .number(.imaginary(let value)): return ["imaginary", hex(value)]
        case .string(.plain(let text)): return ["plain", text.unicodeScalars.map { Int($0.value) }]
        case .string(.bytes(let bytes)): return ["bytes", bytes.map(Int.init)]
        case .string(.formatted): return ["formatted"]
        default: return nil
        }
    }

    /// Both sides' dumps as JSON text, for a readable comparison.
    static func text(_ object: [String: Any]) -> String {
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    @Test("Tokens, positions and literal values match CPython's tokenizer", .enabled(if: pythonUnavailable == nil, "python3 is not available"))
    func tokensMatchCPython() throws {
        let expected = try PythonProcess.evaluate(script: Self.script, Self.validSources.map { ["source": $0] })
        for (source, python) in zip(Self.validSources, expected) {
            #expect(python["error"] == nil, "CPython rejects a source meant to be valid: \(source)")
            #expect(Self.text(Self.dump(source)) == Self.text(python), "\(source)")
        }
    }

    @Test("Malformed sources give CPython's syntax errors, lines and offsets", .enabled(if: pythonUnavailable == nil, "python3 is not available"))
    func errorsMatchCPython() throws {
        let expected = try PythonProcess.evaluate(script: Self.script, Self.invalidSources.map { ["source": $0] })
        for (source, python) in zip(Self.invalidSources, expected) {
            #expect(python["error"] != nil, "CPython accepts a source meant to be invalid: \(source)")
            #expect(Self.text(Self.dump(source)) == Self.text(python), "\(source)")
        }
    }
}

/// What the lexer keeps of an f-string for the parser: literal text, each field's
/// expression source and position, `=`, conversion and nested format specs.
@Suite struct FormatStringTests {
    func pieces(_ source: String) throws -> [FormatPiece] {
        let tokens = try Lexer.tokenize(SourceFile(source, firstLine: 10))
        guard case .string(.formatted(let pieces)) = tokens[0].kind else {
            Issue.record("not an f-string: \(tokens[0])")
            return []
        }
        return pieces
    }

    @Test func textAndFieldsAlternate() throws {
        let result = try pieces("f'a{{b}} {x + 1!r:>{width}.{precision}f} c\\n'")
        #expect(result == [
            .text("a{b} "),
            .field(FormatField(
                expression: "x + 1", location: SourceLocation(line: 10, column: 10), selfDocumenting: nil, conversion: "r",
                spec: [
                    .text(">"),
                    .field(FormatField(expression: "width", location: SourceLocation(line: 10, column: 20), selfDocumenting: nil, conversion: nil, spec: [])),
                    .text("."),
                    .field(FormatField(expression: "precision", location: SourceLocation(line: 10, column: 28), selfDocumenting: nil, conversion: nil, spec: [])),
                    .text("f"),
                ])),
            .text(" c\n"),
        ])
    }

    @Test func selfDocumentingFieldsKeepTheirSpelling() throws {
        let result = try pieces("f'{x = }{y=!s}{a == b}'")
        #expect(result == [
            .field(FormatField(expression: "x ", location: SourceLocation(line: 10, column: 3), selfDocumenting: "x = ", conversion: nil, spec: [])),
            .field(FormatField(expression: "y", location: SourceLocation(line: 10, column: 9), selfDocumenting: "y=", conversion: "s", spec: [])),
            .field(FormatField(expression: "a == b", location: SourceLocation(line: 10, column: 15), selfDocumenting: nil, conversion: nil, spec: [])),
        ])
    }

    @Test func bracketsAndStringsInsideFieldsDoNotEndThem() throws {
        let result = try pieces("f\"{d['k']:{w}} {f(a, b=1)} {[x for x in y]!a} {'}'}\"")
        let expressions = result.compactMap { piece -> String? in
            if case .field(let field) = piece { return field.expression }
            return nil
        }
        #expect(expressions == ["d['k']", "f(a, b=1)", "[x for x in y]", "'}'"])
    }

    @Test func syntaxErrorsPrintAsCPythonPrintsThem() throws {
        #expect(throws: PythonSyntaxError.self) { try Lexer.tokenize(SourceFile("if x:\n    y = 'abc\n", name: "course.md", firstLine: 41)) }
        do {
            _ = try Lexer.tokenize(SourceFile("if x:\n    y = 'abc\n", name: "course.md", firstLine: 41))
        } catch {
            #expect(error.report == """
                  File "course.md", line 42
                    y = 'abc
                        ^
                SyntaxError: unterminated string literal (detected at line 42)
                """)
        }
    }
}
