import Foundation
import Interpreter
import Testing
import TestSupport

/// The parser against CPython's `ast` module: the same trees for valid programs, the same
/// syntax errors for invalid ones.
@Suite struct ParserTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Oracle/python_ast.py").path

    static let validPrograms: [String] = [
        // Precedence and associativity.
        "x = 1 + 2 * 3 - 4 / 5 // 6 % 7 @ m\n",
        "x = -2 ** -3 ** 2\n",
        "x = not a == b and c or not d\n",
        "x = a | b ^ c & d << 1 >> 2\n",
        "x = ~a + +b - -c\n",
        "x = a < b <= c != d is not e in f not in g is h\n",
        "x = a if b else c if d else e\n",
        "x = lambda a, b=1, *c, d, e=2, **f: a + b\n",
        "x = lambda: 0\n",
        "x = lambda *, k: k\n",
        "y = (x := 10) + x\n",
        "if (n := len(a)) > 3: pass\n",
        // Calls, attributes, subscripts, slices.
        "f(a, *b, c=1, **d)\n",
        "f(x for x in y)\n",
        "np.arange(10).reshape(2, 5).T[0, ::2]\n",
        "a[1:2, ..., None, ::-1, :]\n",
        "a[i][j]\n",
        "a[:]\n",
        "a[1:]\n",
        "a[::2]\n",
        "a[x:y:z]\n",
        "a[*b]\n",
        "a[1,]\n",
        // Displays and comprehensions.
        "x = ()\ny = (1,)\nz = (1, 2)\nw = 1, 2,\n",
        "x = [1, *a, 2]\n",
        "x = {1, 2, *s}\n",
        "x = {}\ny = {1: 2, **d, 3: 4}\n",
        "x = [i * j for i in range(3) if i for j in range(i) if j if j > 1]\n",
        "x = {k: v for k, v in d.items()}\n",
        "x = {i for i in s}\n",
        "x = (i for i in s)\n",
        "x = [(a, b) for a, *b in pairs]\n",
        // Strings.
        "s = 'a' 'b' \"c\"\n",
        "s = f'{x!r:>{w}} and {y=} {z = :.2f} {a!s}' 'tail'\n",
        "s = 'head' f'{x}'\n",
        "s = f''\n",
        "b = b'a' b'b'\n",
        // Statements.
        "a = b = c = 1\n",
        "a, b = b, a\n",
        "[a, b] = 1, 2\n",
        "a, *b, c = range(5)\n",
        "x[0] = y.z = 3\n",
        "x += 1; y -= 2; z *= 3; w /= 4; v //= 5; u %= 6; t **= 7; s @= 8; r <<= 1; q >>= 1; p &= 1; o |= 1; n ^= 1\n",
        "x: int = 1\ny: list[int]\n",
        "if a:\n    pass\nelif b:\n    x = 1\nelif c:\n    x = 2\nelse:\n    x = 3\n",
        "while x:\n    x -= 1\n    if x == 3:\n        break\n    continue\nelse:\n    done = True\n",
        "for i, (a, b) in enumerate(pairs):\n    print(i)\nelse:\n    pass\n",
        "def f(a, b, /, c, d=1, *args, e, f=2, **kwargs) -> int:\n    \"\"\"Docstring.\"\"\"\n    return a\n",
        "def g():\n    y = 0\n    def h(x):\n        nonlocal y\n        return x\n    global z\n    return h\n",
        "def f():\n    return\n",
        "def f():\n    return 1, 2\n",
        "try:\n    x = 1\nexcept ValueError as e:\n    raise RuntimeError('bad') from e\nexcept (TypeError, KeyError):\n    raise\nexcept:\n    pass\nelse:\n    y = 2\nfinally:\n    z = 3\n",
        "try:\n    pass\nfinally:\n    pass\n",
        "assert x > 0, 'x must be positive'\nassert y\n",
        "del a, b[0], c.d\n",
        "import numpy as np, math\nimport jax.numpy as jnp\nfrom jax import numpy as jnp2, random\nfrom functools import (partial, reduce,)\n",
        "if x: y = 1; z = 2\n",
        "for x in 1, 2, 3: print(x)\n",
        "match = 1\nmatch.x = 2\n",
        "print(*a, sep='', end='\\n')\n",
        "x = 1if y else 2\n",
        "x = [\n    1,\n    2,\n]\n",
        "x = a.b.c(d)[e](f)\n",
        "x = 0x10 + 0o10 + 0b10 + 1_000 + 1.5e-3 + 2j\n",
        "x = ...\n",
        "x = yield_ = 1\n",
        "class A:\n    pass\n",
        "class B(A, metaclass=type):\n    \"\"\"Doc.\"\"\"\n    x = 1\n    def f(self):\n        return super().f()\n",
        "class C(*bases, **options): pass\n",
        "@decorator\ndef f(): pass\n",
        "@a.b(1)\n@c\nclass D:\n    @property\n    def x(self):\n        return 1\n",
        "@(lambda f: f)\ndef g():\n    return\n",
        "with open(f) as g:\n    pass\n",
        "with a as (x, y), b, c() as d.e:\n    pass\n",
        "with (a as x, b as y):\n    pass\n",
        "with (a, b):\n    pass\n",
        "with (a):\n    pass\n",
        "with (a) as b, (c):\n    pass\n",
        "def f():\n    yield\n    yield 1\n    yield 1, 2\n    x = yield\n    y = yield x\n    z = (yield)\n    yield from g()\n    w += yield 3\n",
        "f = lambda x: (yield x)\n",
        "def g():\n    return (yield from h())\n",
    ]

    static let invalidPrograms: [String] = [
        "@decorator\nx = 1\n",
        "class A:\n    return 1\n",
        "with a as f():\n    pass\n",
        "yield 1\n",
        "x = yield\n",
        "class A:\n    yield 1\n",
        "x = \n",
        "if x\n    pass\n",
        "if x:\npass\n",
        "def f():\nreturn 1\n",
        "for x in y:\n",
        "  x = 1\n",
        "x = 1\n    y = 2\n",
        "1 = x\n",
        "f() = 1\n",
        "x + 1 = 2\n",
        "None = 1\n",
        "for 1 in x: pass\n",
        "(a, 1) = x\n",
        "del f()\n",
        "x += 1, 2 = 3\n",
        "a, b += 1\n",
        "return 1\n",
        "break\n",
        "continue\n",
        "def f():\n    break\n",
        "nonlocal x\n",
        "print 'hello'\n",
        "f(a=1, b)\n",
        "f(a=1, a=2)\n",
        "def f(a=1, b): pass\n",
        "def f(a, a): pass\n",
        "a, *b, *c = d\n",
        "x = (1 2)\n",
        "f(a b)\n",
        "x = [1 2]\n",
        "x = {1: 2, 3}\n",
        "f(x for x in y, 1)\n",
        "x = a if b\n",
        "try:\n    pass\n",
        "try:\n    pass\nexcept A, B:\n    pass\n",
        "x = *a\n",
        "print(*)\n",
        "def f(*): pass\n",
        "x = 1 +\n",
        "import\n",
        "True := 1\n",
        "else:\n    pass\n",
    ]

    static func ours(_ source: String) -> [String: Any] {
        do {
            return ["tree": ASTDump.statements(try Parser.parse(SourceFile(source)))]
        } catch {
            return ["error": "\(error.kind.rawValue): \(error.message)", "line": error.location.line, "offset": error.location.column + 1]
        }
    }

    static func text(_ object: [String: Any]) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test("Valid programs parse into CPython's trees", .enabled(if: LexerTests.pythonUnavailable == nil, "python3 is not available"))
    func treesMatchCPython() throws {
        let expected = try PythonProcess.evaluate(script: Self.script, Self.validPrograms.map { ["source": $0] })
        for (source, python) in zip(Self.validPrograms, expected) {
            #expect(python["error"] == nil, "CPython rejects a program meant to be valid: \(source) \(python)")
            #expect(Self.text(Self.ours(source)) == Self.text(python), "\(source)")
        }
    }

    @Test("Invalid programs give CPython's syntax errors", .enabled(if: LexerTests.pythonUnavailable == nil, "python3 is not available"))
    func errorsMatchCPython() throws {
        let expected = try PythonProcess.evaluate(script: Self.script, Self.invalidPrograms.map { ["source": $0] })
        for (source, python) in zip(Self.invalidPrograms, expected) {
            #expect(python["error"] != nil, "CPython accepts a program meant to be invalid: \(source)")
            #expect(Self.text(Self.ours(source)) == Self.text(python), "\(source)")
        }
    }

    @Test(arguments: [
        ("async def f(): pass\n", "'async' is not supported in course cells"),
        ("match x:\n    case 1:\n        pass\n", "'match' statements are not supported in course cells"),
        ("from . import x\n", "relative imports are not supported in course cells"),
        ("from numpy import *\n", "'from numpy import *' is not supported in course cells"),
    ])
    func unsupportedConstructsSaySo(source: String, message: String) {
        #expect(throws: PythonSyntaxError.self) { try Parser.parse(SourceFile(source)) }
        do {
            _ = try Parser.parse(SourceFile(source))
        } catch {
            #expect(error.message == message)
            #expect(error.kind == .syntaxError)
        }
    }
}
