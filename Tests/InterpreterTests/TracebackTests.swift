import Interpreter
import Testing

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
            ZeroDivisionError: division by zero

            """)
    }

    @Test func deepRecursionIsCountedNotListed() {
        let text = report("def f(n):\n    return f(n + 1)\nf(0)\n", firstLine: 1)
        #expect(text == """
            Traceback (most recent call last):
              File "lesson.md", line 3, in <module>
                f(0)
              File "lesson.md", line 2, in f
                return f(n + 1)
              File "lesson.md", line 2, in f
                return f(n + 1)
              File "lesson.md", line 2, in f
                return f(n + 1)
              [Previous line repeated 996 more times]
            RecursionError: maximum recursion depth exceeded

            """)
    }

    @Test func chainedExceptionsShowTheirCause() {
        let text = report("try:\n    {}['k']\nexcept KeyError as e:\n    raise ValueError('bad key') from e\n", firstLine: 1)
        #expect(text == """
            Traceback (most recent call last):
              File "lesson.md", line 2, in <module>
                {}['k']
            KeyError: 'k'

            The above exception was the direct cause of the following exception:

            Traceback (most recent call last):
              File "lesson.md", line 4, in <module>
                raise ValueError('bad key') from e
            ValueError: bad key

            """)
    }

    @Test func exceptionsDuringHandlingShowTheirContext() {
        let text = report("try:\n    1 / 0\nexcept ZeroDivisionError:\n    undefined\n", firstLine: 1)
        #expect(text.contains("ZeroDivisionError: division by zero\n\nDuring handling of the above exception, another exception occurred:\n\n"))
        #expect(text.hasSuffix("NameError: name 'undefined' is not defined\n"))
    }
}
