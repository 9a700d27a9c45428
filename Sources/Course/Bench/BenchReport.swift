import Charts
import Foundation

/// `course bench`'s results as a person reads them: a table of times and ratios per
/// workload, and a log-log figure of time per call against n.
public struct BenchReport {
    public var results: BenchResults

    public init(_ results: BenchResults) {
        self.results = results
    }

    /// The ratios shown beside the times: a's time over b's, so above 1 means b is faster.
    static let ratios: [(BenchVariant, BenchVariant)] = [
        (.pythonLoop, .eager), (.eager, .fused), (.numpy, .eager), (.numpy, .fused), (.jax, .fused),
    ]

    /// Both tables, with the notes on what did not run.
    public var text: String {
        var lines: [String] = []
        for workload in BenchWorkload.allCases {
            lines += table(for: workload)
            lines.append("")
        }
        let settings = results.settings
        lines.append("Seconds per call, best of \(settings.repeats) runs after an autorange to \(Self.duration(settings.minimumRunTime)) a run.")
        lines.append("a/b is a's time over b's: above 1, b is faster.")
        lines.append("Python loop: our interpreter over lists of Python floats (float64), up to 2^\(settings.loopCap) elements.")
        lines.append("eager: one TensorCore kernel per operation; fused: one jax.jit plan, no temporaries.")
        for note in results.notes { lines.append("Note: \(note)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One workload's table: a row per size, a column per variant that ran, then ratios.
    public func table(for workload: BenchWorkload) -> [String] {
        let variants = results.variants(of: workload)
        let ratios = Self.ratios.filter { variants.contains($0.0) && variants.contains($0.1) }
        let headings = ["n"] + variants.map(\.title) + ratios.map { "\(Self.short($0.0))/\(Self.short($0.1))" }
        var rows: [[String]] = []
        for power in results.settings.powers {
            var row = ["2^\(power)"]
            for variant in variants {
                row.append(results.seconds(workload, variant, power: power).map(Self.duration) ?? "-")
            }
            for (numerator, denominator) in ratios {
                if let a = results.seconds(workload, numerator, power: power), let b = results.seconds(workload, denominator, power: power) {
                    row.append(Self.ratio(a / b))
                } else {
                    row.append("-")
                }
            }
            rows.append(row)
        }
        let widths = headings.indices.map { column in ([headings] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (column, cell) in cells.enumerated() {
                if column == variants.count + 1 { text += "  │" }
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                text += (column == 0 ? cell + padding : "  " + padding + cell)
            }
            return text
        }
        return ["\(workload.title), \(results.settings.dtype.name)", line(headings)] + rows.map(line)
    }

    /// A log-log figure: one panel per workload, a line per variant, time per call against n.
    public var figure: Figure {
        var figure = Figure(width: 12.8, height: 4.8, title: "course bench, \(results.settings.dtype.name)")
        for (index, workload) in BenchWorkload.allCases.enumerated() {
            var panel = Panel(position: GridPosition(rows: 1, columns: 2, index: index + 1))
            panel.title = workload.title
            panel.xLabel = "n"
            panel.yLabel = "seconds per call"
            panel.xScale = .log
            panel.yScale = .log
            panel.showsGrid = true
            panel.showsLegend = true
            for variant in results.variants(of: workload) {
                let points = results.settings.powers.compactMap { power in
                    results.seconds(workload, variant, power: power).map { (Double(1 << power), $0) }
                }
                let color = Color.cycle[BenchVariant.allCases.firstIndex(of: variant)! % Color.cycle.count]
                panel.lines.append(LineSeries(
                    x: points.map(\.0), y: points.map(\.1), label: variant.title, color: color,
                    style: variant.isReference ? .dashed : .solid, marker: .circle))
            }
            figure.panels.append(panel)
        }
        return figure
    }

    static func short(_ variant: BenchVariant) -> String {
        switch variant {
        case .pythonLoop: "loop"
        case .cpythonLoop: "CPython"
        case .jax: "JAX"
        default: variant.title
        }
    }

    /// Three significant figures in ns, µs, ms or s.
    public static func duration(_ seconds: Double) -> String {
        let (value, unit): (Double, String) =
            seconds < 1e-6 ? (seconds * 1e9, "ns") : seconds < 1e-3 ? (seconds * 1e6, "µs") : seconds < 1 ? (seconds * 1e3, "ms") : (seconds, "s")
        return String(format: value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value) + " " + unit
    }

    static func ratio(_ value: Double) -> String {
        String(format: value >= 100 ? "%.0f×" : value >= 10 ? "%.1f×" : "%.2f×", value)
    }
}
