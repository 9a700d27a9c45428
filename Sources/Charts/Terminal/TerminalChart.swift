/// Draws a figure with text for a terminal: lines as braille dots, images as shaded or
/// coloured blocks, with ticks, labels and a legend. Panels are stacked top to bottom.
/// Without colour, each line's data points carry its own symbol when there are few of them.
public struct TerminalChart {
    /// The width of the drawing in characters.
    public var width: Int
    /// Rows of characters for a panel's plotting area.
    public var height: Int
    /// ANSI colours (24-bit) for lines and images.
    public var color: Bool

    public init(width: Int = 80, height: Int = 14, color: Bool = false) {
        self.width = max(30, width)
        self.height = max(6, height)
        self.color = color
    }

    /// Symbols for the lines' points, in the order of the lines, when colour is off.
    static let pointSymbols: [Character] = ["●", "■", "▲", "◆", "✚", "✖", "★", "○", "□", "△"]

    /// The drawing, one string per line, without trailing newlines.
    public func render(_ figure: Figure) -> [String] {
        if let diagram = figure.diagram { return diagram.textLines }
        var lines: [String] = []
        if let title = figure.title { lines.append(centered(title, in: width)) }
        let panels = figure.panels.sorted { $0.position.index < $1.position.index }
        for (index, panel) in panels.enumerated() {
            if index > 0 { lines.append("") }
            lines += render(panel)
        }
        return lines
    }

    private func render(_ panel: Panel) -> [String] {
        let tickCount = max(3, width / 14)
        let (xAxis, yAxis) = panel.axes(tickCount: tickCount)
        let yLabels = yAxis.ticks.map(\.unicodeText)
        let margin = (yLabels.map(\.count).max() ?? 0) + 1
        let plotWidth = width - margin - 1
        var lines: [String] = []
        if let title = panel.title { lines.append(String(repeating: " ", count: margin + 1) + centered(title, in: plotWidth)) }
        if let label = panel.yLabel { lines.append(String(repeating: " ", count: max(0, margin - 1)) + label) }

        var body: [[String]] = Array(repeating: Array(repeating: " ", count: plotWidth), count: height)
        if let image = panel.image { paint(image, into: &body, x: xAxis, y: yAxis) }
        if !panel.lines.isEmpty { draw(panel, into: &body, x: xAxis, y: yAxis) }

        var tickRows: [Int: String] = [:]
        for (tick, label) in zip(yAxis.ticks, yLabels) {
            guard let v = yAxis.fraction(tick.value), (-1e-9...1 + 1e-9).contains(v) else { continue }
            tickRows[min(height - 1, Int(((1 - v) * Double(height - 1)).rounded()))] = label
        }
        for row in 0..<height {
            let label = tickRows[row] ?? ""
            let border = tickRows[row] == nil ? "│" : "┤"
            lines.append(String(repeating: " ", count: margin - label.count) + label + border + body[row].joined())
        }

        var axisLine = Array(repeating: "─", count: plotWidth)
        var labelLine = Array(repeating: Character(" "), count: width + 8)
        var nextFree = 0
        for tick in xAxis.ticks {
            guard let u = xAxis.fraction(tick.value), (-1e-9...1 + 1e-9).contains(u) else { continue }
            let column = min(plotWidth - 1, Int((u * Double(plotWidth - 1)).rounded()))
            axisLine[column] = "┬"
            let text = Array(tick.unicodeText)
            let start = max(0, margin + 1 + column - text.count / 2)
            guard start >= nextFree, start + text.count <= labelLine.count else { continue }
            for (offset, character) in text.enumerated() { labelLine[start + offset] = character }
            nextFree = start + text.count + 1
        }
        lines.append(String(repeating: " ", count: margin) + "└" + axisLine.joined())
        lines.append(String(labelLine).replacingTrailingSpaces())
        if let label = panel.xLabel { lines.append(String(repeating: " ", count: margin + 1) + centered(label, in: plotWidth)) }
        if panel.showsLegend, !panel.legendEntries.isEmpty { lines.append(String(repeating: " ", count: margin + 1) + legend(panel)) }
        if panel.showsColorbar, let image = panel.image { lines.append(String(repeating: " ", count: margin + 1) + colorbar(image)) }
        return lines.map { $0.replacingTrailingSpaces() }
    }

    private func draw(_ panel: Panel, into body: inout [[String]], x: Axis, y: Axis) {
        var canvas = BrailleCanvas(columns: body[0].count, rows: body.count)
        func dot(_ p: (Double, Double)) -> (Double, Double) {
            (p.0 * Double(canvas.dotWidth - 1), (1 - p.1) * Double(canvas.dotHeight - 1))
        }
        var symbols: [(Int, Int, String)] = []
        for (index, line) in panel.lines.enumerated() {
            let runs = panel.runs(of: line, x: x, y: y)
            for run in runs {
                if line.style == .none || run.count == 1 {
                    for p in run { let d = dot(p); canvas.set(Int(d.0.rounded()), Int(d.1.rounded()), color: line.color) }
                } else {
                    for (a, b) in zip(run, run.dropFirst()) { canvas.line(from: dot(a), to: dot(b), color: line.color) }
                }
            }
            let points = runs.reduce(0) { $0 + $1.count }
            if !color, panel.lines.count > 1, points <= 40 {
                let symbol = String(Self.pointSymbols[index % Self.pointSymbols.count])
                for p in runs.joined() {
                    let d = dot(p)
                    symbols.append((Int(d.0.rounded()) / 2, Int(d.1.rounded()) / 4, symbol))
                }
            }
        }
        for row in 0..<canvas.rows {
            for column in 0..<canvas.columns {
                let character = canvas.character(column: column, row: row)
                guard character != " " else { continue }
                if color, let lineColor = canvas.color(column: column, row: row) {
                    body[row][column] = paint(String(character), foreground: lineColor)
                } else {
                    body[row][column] = String(character)
                }
            }
        }
        for (column, row, symbol) in symbols where column < canvas.columns && row < canvas.rows { body[row][column] = symbol }
    }

    /// Each character covers two image rows (upper and lower half block) in colour, one
    /// shade of `░▒▓█` without; values are averaged over the pixels a cell covers.
    private func paint(_ image: ImageLayer, into body: inout [[String]], x: Axis, y: Axis) {
        let columns = body[0].count
        let subrows = color ? 2 : 1
        let rows = body.count * subrows
        func average(row: Int, column: Int) -> Double {
            func range(_ index: Int, _ count: Int, _ source: Int) -> Range<Int> {
                let low = Int((Double(index) * Double(source) / Double(count)).rounded(.down))
                let high = max(low + 1, Int((Double(index + 1) * Double(source) / Double(count)).rounded(.up)))
                return low..<min(source, high)
            }
            var total = 0.0
            var count = 0
            for r in range(row, rows, image.rows) {
                for c in range(column, columns, image.columns) where image.value(row: r, column: c).isFinite {
                    total += image.value(row: r, column: c)
                    count += 1
                }
            }
            return count == 0 ? .nan : total / Double(count)
        }
        let shades = [" ", "░", "▒", "▓", "█"]
        for row in 0..<body.count {
            for column in 0..<columns {
                if color {
                    let upper = image.colormap.color(at: image.fraction(average(row: row * 2, column: column)))
                    let lower = image.colormap.color(at: image.fraction(average(row: row * 2 + 1, column: column)))
                    body[row][column] = paint("▀", foreground: upper, background: lower)
                } else {
                    let value = average(row: row, column: column)
                    body[row][column] = value.isNaN ? " " : shades[min(4, Int(image.fraction(value) * 4.999))]
                }
            }
        }
    }

    private func legend(_ panel: Panel) -> String {
        panel.legendEntries.enumerated().map { _, entry in
            let index = panel.lines.firstIndex(of: entry) ?? 0
            let sample = color ? paint("──", foreground: entry.color) : "─" + String(Self.pointSymbols[index % Self.pointSymbols.count])
            return sample + " " + entry.label!
        }.joined(separator: "   ")
    }

    private func colorbar(_ image: ImageLayer) -> String {
        let steps = 24
        let bar = (0..<steps).map { step -> String in
            let fraction = Double(step) / Double(steps - 1)
            return color ? paint("█", foreground: image.colormap.color(at: fraction)) : ["░", "▒", "▓", "█"][min(3, Int(fraction * 3.999))]
        }.joined()
        return Axis.compactText(image.low) + " " + bar + " " + Axis.compactText(image.high)
    }

    private func paint(_ text: String, foreground: Color, background: Color? = nil) -> String {
        let (r, g, b) = foreground.bytes
        var escape = "\u{1B}[38;2;\(r);\(g);\(b)m"
        if let background {
            let (r, g, b) = background.bytes
            escape += "\u{1B}[48;2;\(r);\(g);\(b)m"
        }
        return escape + text + "\u{1B}[0m"
    }

    private func centered(_ text: String, in width: Int) -> String {
        String(repeating: " ", count: max(0, (width - text.count) / 2)) + text
    }
}

extension String {
    func replacingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
