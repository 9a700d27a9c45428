import Charts

/// The figures `matplotlib.pyplot` is building and which one (and which panel of it) is
/// current, as pyplot's state machine keeps them.
final class PyplotState {
    /// Open figures, oldest first, each with the index of its current panel.
    private(set) var figures: [(figure: Figure, panel: Int?)] = []
    /// The current figure, an index into `figures`.
    private(set) var current: Int?

    /// `plt.figure()`: a new, current figure.
    func newFigure(width: Double, height: Double) {
        figures.append((Figure(width: width, height: height), nil))
        current = figures.count - 1
    }

    /// The current figure's index, made when there is none (as `plt.gcf()` does).
    func currentFigure() -> Int {
        if let current { return current }
        newFigure(width: 6.4, height: 4.8)
        return current!
    }

    /// `plt.subplot(rows, columns, index)`: the panel at that position, made when new.
    func select(_ position: GridPosition) {
        let figure = currentFigure()
        if let existing = figures[figure].figure.panels.firstIndex(where: { $0.position == position }) {
            figures[figure].panel = existing
        } else {
            figures[figure].figure.panels.append(Panel(position: position))
            figures[figure].panel = figures[figure].figure.panels.count - 1
        }
    }

    /// Changes the current panel, made (filling the figure) when there is none.
    func updatePanel(_ change: (inout Panel) throws(PythonError) -> Void) throws(PythonError) {
        let figure = currentFigure()
        if figures[figure].panel == nil { select(.whole) }
        try change(&figures[figure].figure.panels[figures[figure].panel!])
    }

    /// Changes the current figure.
    func updateFigure(_ change: (inout Figure) -> Void) {
        let figure = currentFigure()
        change(&figures[figure].figure)
    }

    var currentFigureValue: Figure { figures[currentFigure()].figure }

    /// `plt.close()`: forgets the current figure (or all of them).
    func close(all: Bool) {
        if all {
            figures.removeAll()
        } else if let current {
            figures.remove(at: current)
        }
        current = figures.isEmpty ? nil : figures.count - 1
    }

    /// `plt.show()`: every open figure goes to the display, then all are closed. A figure
    /// without panels is shown as matplotlib's inline backend shows it, as its repr.
    func showAll(_ runtime: Runtime) throws(PythonError) {
        defer { close(all: true) }
        for (figure, _) in figures {
            if figure.panels.isEmpty {
                try runtime.write(figure.summary + "\n")
            } else {
                runtime.display(figure, nil)
            }
        }
    }
}

/// What pyplot's functions return (`Figure`, `Axes`, `Line2D`, ...): shown as matplotlib shows them.
final class PlotHandle: PyObject, CustomRepresentable {
    let kind: String
    let text: String?

    init(_ kind: String, text: String? = nil) {
        self.kind = kind
        self.text = text
    }

    override var typeName: String { kind }

    func pythonRepr() throws(PythonError) -> String {
        text ?? "<matplotlib.\(kind) object at 0x\(String(UInt(bitPattern: ObjectIdentifier(self).hashValue), radix: 16))>"
    }
}
