import Charts
import Interpreter
import Testing

/// `matplotlib.pyplot`: the state machine builds `Charts` figures and hands them to the
/// display on `show()`, `savefig()` and at the end of a cell; bad calls get matplotlib's errors.
@Suite("matplotlib.pyplot")
struct PyplotTests {
    final class Capture {
        var printed = ""
        var warnings = ""
        var figures: [(Figure, String?)] = []
    }

    func run(_ source: String) throws -> Capture {
        let capture = Capture()
        let interpreter = Interpreter(
            write: { capture.printed += $0 }, warn: { capture.warnings += $0 }, display: { capture.figures.append(($0, $1)) })
        try interpreter.run(SourceFile("import numpy as np\nimport matplotlib.pyplot as plt\n" + source, name: "cell.md"))
        interpreter.showOpenFigures()
        return capture
    }

    @Test("plot, labels, scales and legend make one panel; show() hands the figure over")
    func lines() throws {
        let capture = try run("""
            plt.figure(figsize=(8, 3))
            plt.loglog([1, 10, 100], [1.0, 0.1, 0.01], marker=".", label="falls")
            plt.plot([1, 100], [0.5, 0.5], "r--", label="flat")
            plt.xlabel("n")
            plt.ylabel("t")
            plt.title("two lines")
            plt.legend()
            plt.grid(True)
            plt.show()
            """)
        #expect(capture.figures.count == 1)
        let (figure, name) = capture.figures[0]
        #expect(name == nil)
        #expect(figure.width == 8 && figure.height == 3)
        let panel = try #require(figure.panels.first)
        #expect(panel.xScale == .log && panel.yScale == .log)
        #expect(panel.lines.map(\.label) == ["falls", "flat"])
        #expect(panel.lines[0].marker == .point && panel.lines[0].color == Color.cycle[0])
        #expect(panel.lines[1].style == .dashed && panel.lines[1].color.hex == "#ff0000")
        #expect(panel.lines[0].y == [1.0, 0.1, 0.01])
        #expect(panel.title == "two lines" && panel.xLabel == "n" && panel.yLabel == "t")
        #expect(panel.showsLegend && panel.showsGrid)
    }

    @Test("subplot(211) and imshow: two panels, the image row-major with its aspect")
    func subplotsAndImage() throws {
        let capture = try run("""
            plt.figure()
            plt.subplot(211)
            plt.imshow(np.arange(6).reshape(2, 3), aspect="auto", interpolation="none")
            plt.colorbar()
            plt.subplot(2, 1, 2)
            for row in np.eye(2):
                plt.plot(row)
            """)
        #expect(capture.figures.count == 1, "a figure left open is shown at the end of the cell")
        let panels = capture.figures[0].0.panels
        #expect(panels.map(\.position.index) == [1, 2])
        let image = try #require(panels[0].image)
        #expect(image.rows == 2 && image.columns == 3 && image.values == [0, 1, 2, 3, 4, 5])
        #expect(!image.equalAspect && panels[0].showsColorbar)
        #expect(panels[1].lines.count == 2 && panels[1].lines[1].color == Color.cycle[1])
        #expect(panels[1].lines[0].x == [0, 1])
    }

    @Test("savefig names the figure's SVG file; only plain names are allowed")
    func savefig() throws {
        let capture = try run("plt.plot([1, 2])\nplt.savefig('result.png')\nplt.close()\n")
        #expect(capture.figures.map(\.1) == ["result.svg"])
        for bad in ["'../escape.svg'", "'/tmp/x.svg'", "'.hidden.svg'"] {
            #expect(throws: PythonException.self) { try run("plt.plot([1, 2])\nplt.savefig(\(bad))\n") }
        }
    }

    @Test("A figure with nothing drawn prints its repr, as the inline backend does")
    func emptyFigure() throws {
        let capture = try run("plt.figure()\nplt.show()\n")
        #expect(capture.figures.isEmpty)
        #expect(capture.printed == "<Figure size 640x480 with 0 Axes>\n")
    }

    @Test("legend() without labels warns as matplotlib does")
    func legendWithoutLabels() throws {
        let capture = try run("plt.plot([1, 2])\nplt.legend()\n")
        #expect(capture.warnings.contains("UserWarning: No artists with labels found to put in legend."))
    }

    @Test("Bad calls raise matplotlib's kind of error", arguments: [
        ("plt.subplot(2, 2, 5)", "ValueError: num must be an integer with 1 <= num <= 4, not 5"),
        ("plt.subplot(1234)", "ValueError: Integer subplot specification must be a three-digit number, not 1234"),
        ("plt.colorbar()", "RuntimeError: No mappable was found to use for colorbar creation."),
        ("plt.plot([1, 2], [1, 2, 3])", "ValueError: x and y must have same first dimension, but have shapes (2,) and (3,)"),
        ("plt.imshow(np.zeros((2, 2, 2)))", "TypeError: Invalid shape (2, 2, 2) for image data"),
        ("plt.xscale('symlog')", "ValueError: 'symlog' is not a valid value for scale; supported values are 'linear', 'log'"),
        ("plt.plot([1, 2], 'q')", "ValueError: 'q' is not a valid format string (unrecognized character)"),
        ("plt.plot([1], spline=True)", "TypeError: plot() got an unexpected keyword argument 'spline'"),
    ])
    func errors(source: String, message: String) throws {
        do {
            _ = try run(source)
            Issue.record("expected \(message)")
        } catch let error as PythonException {
            #expect(error.report.contains(message), "\(error.report)")
        }
    }

    @Test("import matplotlib and matplotlib.pyplot are the same module")
    func importForms() throws {
        let capture = try run("import matplotlib\nprint(matplotlib.pyplot is plt)\n")
        #expect(capture.printed == "True\n")
    }
}

/// `course.diagrams`: drawings of real objects and shapes, shown as figures.
@Suite("course.diagrams")
struct DiagramsModuleTests {
    @Test("memory() shows a list of lists with the lists' real addresses")
    func listOfLists() throws {
        let capture = try PyplotTests().run("""
            from course import diagrams
            rows = [[1.0, 2.0], [3.0, 4.0]]
            diagrams.memory(rows, name="rows")
            print(hex(id(rows)), hex(id(rows[1])))
            """)
        #expect(capture.figures.count == 1)
        let text = try #require(capture.figures.first?.0.diagram).textLines.joined(separator: "\n")
        let addresses = capture.printed.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(text.contains("rows: list at \(addresses[0]), 2 slots"))
        #expect(text.contains("list at \(addresses[1])"))
        #expect(text.contains("│ 3.0 │ 4.0 │"))
    }

    @Test("memory() of an array shows its buffer address and strides; of a view, the view's")
    func array() throws {
        let capture = try PyplotTests().run("""
            import course.diagrams as diagrams
            a = np.arange(6, dtype=np.int32).reshape(2, 3)
            diagrams.memory(a[:, ::2])
            print(hex(a.__array_interface__["data"][0]))
            """)
        let text = try #require(capture.figures.first?.0.diagram).textLines.joined(separator: "\n")
        #expect(text.contains("array: ndarray int32, shape (2, 2), strides (12, 8)"))
        #expect(text.contains("one buffer: 24 bytes from \(capture.printed.trimmingCharacters(in: .whitespacesAndNewlines)), not all of them in the view"))
        #expect(text.contains("axis 1: +8 bytes to the next index"))
    }

    @Test("broadcast() takes shapes or arrays, and names")
    func broadcast() throws {
        let capture = try PyplotTests().run("""
            from course import diagrams
            diagrams.broadcast(np.ones((3, 1)), (4,), names=["col", "row"])
            """)
        let text = try #require(capture.figures.first?.0.diagram).textLines.joined(separator: "\n")
        #expect(text.hasPrefix("broadcasting (3, 1) with (4,)"))
        #expect(text.contains("col "))
    }

    @Test("Bad calls raise Python's errors", arguments: [
        ("diagrams.memory(5)", "TypeError: memory() draws a list or a NumPy array, not 'int'"),
        ("diagrams.broadcast()", "TypeError: broadcast() needs at least one shape or array"),
        ("diagrams.broadcast((2,), (3,), names=['a'])", "ValueError: broadcast() got 2 operands but 1 names"),
        ("diagrams.broadcast((2, -1))", "ValueError: a shape cannot have negative lengths: (2, -1)"),
    ])
    func errors(call: String, message: String) {
        do {
            _ = try PyplotTests().run("from course import diagrams\n" + call)
            Issue.record("no error")
        } catch let error as PythonException {
            #expect(error.report.hasSuffix(message + "\n") || error.report.hasSuffix(message), "\(error.report)")
        } catch {
            Issue.record("\(error)")
        }
    }
}
