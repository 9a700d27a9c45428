import Interpreter
import Testing

/// `SourceInspection`: loops, comprehensions, calls and bindings found from the syntax,
/// each with its line, without running anything.
@Suite("source inspection")
struct SourceInspectionTests {
    @Test("Loops and comprehensions of every kind, with their lines, nested ones included")
    func loops() throws {
        let source = """
            for i in range(3):
                pass
            while False:
                pass
            a = [x for x in y]
            b = {x for x in y}
            c = {x: 1 for x in y}
            d = sum(x for x in y)
            def f(v):
                return [w for w in v]
            g = lambda v: [w for w in v]
            """
        let inspection = try SourceInspection(SourceFile(source, name: "t.py", firstLine: 10))
        #expect(inspection.loops.map(\.kind) == [
            .forLoop, .whileLoop, .listComprehension, .setComprehension, .dictionaryComprehension, .generatorExpression,
            .listComprehension, .listComprehension,
        ])
        #expect(inspection.loops.map(\.line) == [10, 12, 14, 15, 16, 17, 19, 20])
    }

    @Test("Loops inside classes, methods, decorators and default values are seen")
    func loopsInClasses() throws {
        let source = """
            @register([i for i in range(2)])
            class Signal:
                scale = [s for s in range(3)]
                def compute(self, values=[v for v in range(2)]):
                    total = 0
                    for v in values:
                        total += v
                    return total
            """
        let inspection = try SourceInspection(SourceFile(source, name: "t.py", firstLine: 1))
        #expect(inspection.loops.map(\.kind) == [.listComprehension, .listComprehension, .listComprehension, .forLoop])
        #expect(inspection.loops.map(\.line) == [1, 3, 4, 6])
        #expect(inspection.bindings.map(\.name) == ["Signal", "scale", "compute", "total", "v", "total"])
    }

    @Test("Calls, attribute calls, names read and names bound")
    func names() throws {
        let source = "import numpy as np\nfrom math import sqrt as root\nk = np.arange(N)\npi, e = root(12) * k.sum(), 1\nwith_loops()\n"
        let inspection = try SourceInspection(SourceFile(source))
        #expect(inspection.calls.map(\.name) == ["root", "with_loops"])
        #expect(inspection.attributeCalls.map(\.name) == ["arange", "sum"])
        #expect(inspection.bindings.map(\.name) == ["np", "root", "k", "pi", "e"])
        #expect(inspection.names.map(\.name) == ["np", "N", "root", "k", "with_loops"])
        #expect(inspection.names.map(\.line) == [3, 3, 4, 4, 5])
    }

    @Test("A syntax error is CPython's")
    func syntaxError() {
        #expect(throws: PythonSyntaxError.self) { try SourceInspection(SourceFile("for x in :\n    pass\n")) }
    }
}
