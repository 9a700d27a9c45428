import Foundation
import Interpreter
import Testing
import TestSupport

/// Tracebacks as CPython prints them: frames outermost first with their source lines,
/// repeated lines counted, chained exceptions shown in order.
@Suite struct TracebackTests {
    func report(_ source: String, file: String = "lesson.md", firstLine: Int = 10) -> String {
        let interpreter = Interpreter { _ in }
        do {
            try interpreter.run(SourceFile(source, name: file, firstLine: firstLine))
            return "no exception"
        } catch let error as PythonException {
            return error.report
        } catch {
            return "\(error)"
        }
    }

    @Test func framesNameTheNotebookLines() {
        #expect(report("def f(x):\n    return 1 / x\n\nf(0)\n") == """
            Traceback (most recent call last):
              File "lesson.md", line 13, in <module>
                f(0)
              File "lesson.md", line 11, in f
                return 1 / x
                       ~~^~~
            ZeroDivisionError: division by zero

            """)
    }

    /// Programs whose whole traceback (frames, source lines, CPython 3.11's `^`/`~` markers,
    /// chained exceptions) must be CPython's.
    static let programs: [String] = [
        "items = [1, 2, 3]\nprint(items[10])\n",
        "x = 5\ny = x.missing + 1\n",
        "value = undefined_name\n",
        "def g(a, b):\n    return a // b\nprint(g(1, 0))\n",
        "d = {'k': 1}\ntotal = d['k'] + d['missing']\n",
        "import math\nr = math.sqrt(-1)\n",
        "x = 2 ** 10000.0\n",
        "s = 'abc'\nn = s + 1\n",
        "def outer():\n    return inner()\ndef inner():\n    return [][0]\nouter()\n",
        "x = 5\ny = (x.missing)\n",
        "def f(values):\n    total = values[0] + len(values)\n    return total / (len(values) - 2)\n\ndata = [1, 2]\nresult = f(data) * 2\n",
        "def add(a, b):\n    return a + b\nadd(1, 'x')\n",
        "value = -'text'\n",
        "a = [1]\nb = a[0][1]\n",
        "int('abc')\n",
        "x = 1\nif x < 'a':\n    pass\n",
        "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    raise ValueError('converted') from e\n",
        "try:\n    [][1]\nexcept IndexError:\n    {}['missing']\n",
        "numbers = [3, 1, 'two']\nnumbers.sort()\n",
        "import numpy as np\na = np.zeros(3)\nb = a.reshape(2, 2)\n",
        "import numpy as np\nnp.ones(3) + np.ones(4)\n",
    ]

    @Test("Tracebacks are CPython's, markers included", .enabled(if: LexerTests.pythonUnavailable == nil, "python3 is not available"))
    func tracebacksMatchCPython() throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Oracle/python_traceback.py").path
        let cases = Self.programs.enumerated().map { ["name": "case\($0.offset).py", "source": $0.element] }
        let expected = try PythonProcess.evaluate(script: script, cases)
        for (index, (program, python)) in zip(Self.programs, expected).enumerated() {
            let ours = report(program, file: "case\(index).py", firstLine: 1)
            #expect(ours == python["report"] as? String, "\(program)")
        }
    }

    @Test func deepRecursionIsCountedNotListed() {
        let text = report("def f(n):\n    return f(n + 1)\nf(0)\n", firstLine: 1)
        #expect(text == """
            Traceback (most recent call last):
              File "lesson.md", line 3, in <module>
                f(0)
              File "lesson.md", line 2, in f
                return f(n + 1)
                       ^^^^^^^^
              File "lesson.md", line 2, in f
                return f(n + 1)
                       ^^^^^^^^
              File "lesson.md", line 2, in f
                return f(n + 1)
                       ^^^^^^^^
              [Previous line repeated 996 more times]
            RecursionError: maximum recursion depth exceeded

            """)
    }

    @Test func exceptionsDuringHandlingShowTheirContext() {
        let text = report("try:\n    1 / 0\nexcept ZeroDivisionError:\n    undefined\n", firstLine: 1)
        #expect(text.contains("ZeroDivisionError: division by zero\n\nDuring handling of the above exception, another exception occurred:\n\n"))
        #expect(text.hasSuffix("NameError: name 'undefined' is not defined\n"))
    }
}
