extension Panel {
    /// The panel's two axes: around its lines with margins, or exactly around its image
    /// (rows downwards, ticks on whole pixels), unless limits were set.
    public func axes(tickCount: Int = 6) -> (x: Axis, y: Axis) {
        if let image, lines.isEmpty {
            var x = Axis.covering([-0.5, Double(image.columns) - 0.5], scale: .linear, limits: xLimits, tight: true, tickCount: tickCount)
            var y = Axis.covering([-0.5, Double(image.rows) - 0.5], scale: .linear, limits: yLimits, tight: true, tickCount: tickCount)
            x.ticks = x.ticks.filter { $0.value == $0.value.rounded() }.map { Tick(value: $0.value, text: String(Int($0.value))) }
            y.ticks = y.ticks.filter { $0.value == $0.value.rounded() }.map { Tick(value: $0.value, text: String(Int($0.value))) }
            y.inverted = true
            return (x, y)
        }
        let x = Axis.covering(lines.flatMap(\.x), scale: xScale, limits: xLimits, tickCount: tickCount)
        let y = Axis.covering(lines.flatMap(\.y), scale: yScale, limits: yLimits, tickCount: tickCount)
        return (x, y)
    }

    /// The lines that appear in the legend: those with a label that does not start with `_`.
    public var legendEntries: [LineSeries] {
        lines.filter { line in line.label.map { !$0.isEmpty && !$0.hasPrefix("_") } ?? false }
    }

    /// Each line as runs of drawable points, as fractions of the axes (0 to 1 from the
    /// bottom left): a point that cannot be drawn ends a run.
    public func runs(of line: LineSeries, x: Axis, y: Axis) -> [[(Double, Double)]] {
        var runs: [[(Double, Double)]] = [[]]
        for (xValue, yValue) in zip(line.x, line.y) {
            if let u = x.fraction(xValue), let v = y.fraction(yValue) {
                runs[runs.count - 1].append((u, v))
            } else if !runs[runs.count - 1].isEmpty {
                runs.append([])
            }
        }
        return runs.filter { !$0.isEmpty }
    }
}
