import Foundation

/// Draws a figure as a standalone SVG document, laid out as matplotlib lays out its
/// default figures (subplot margins, 5% data margins, ticks outside the axes).
public struct SVGRenderer {
    /// Pixels per inch of the figure's size.
    public var dotsPerInch = 100.0
    /// Prefixes the document's element ids, so that several figures can share one page.
    public var idPrefix = ""

    public init(idPrefix: String = "") {
        self.idPrefix = idPrefix
    }

    /// The SVG document of `figure`.
    public func render(_ figure: Figure) -> String {
        if let diagram = figure.diagram { return diagram.svg(idPrefix: idPrefix) }
        let width = figure.width * dotsPerInch
        let height = figure.height * dotsPerInch
        var svg = SVGWriter()
        svg.line("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"\(SVGWriter.number(width))\" height=\"\(SVGWriter.number(height))\" viewBox=\"0 0 \(SVGWriter.number(width)) \(SVGWriter.number(height))\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">")
        svg.line("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")
        if let title = figure.title {
            svg.text(title, x: width / 2, y: 28, size: 16, anchor: "middle")
        }
        for (index, panel) in figure.panels.enumerated() {
            draw(panel, number: index, in: box(for: panel.position, width: width, height: height, titled: figure.title != nil), into: &svg)
        }
        svg.line("</svg>")
        return svg.text
    }

    /// The axes rectangle of a grid position: matplotlib's subplot parameters (left 0.125,
    /// right 0.9, bottom 0.11, top 0.88), with a little more room between rows for labels.
    func box(for position: GridPosition, width: Double, height: Double, titled: Bool) -> Rect {
        let (left, right, bottom, top) = (0.125 * width, 0.9 * width, 0.89 * height, (titled ? 0.16 : 0.12) * height)
        let (horizontalGap, verticalGap) = (0.2, position.rows > 1 ? 0.45 : 0.2)
        let columns = Double(position.columns)
        let rows = Double(position.rows)
        let cellWidth = (right - left) / (columns + (columns - 1) * horizontalGap)
        let cellHeight = (bottom - top) / (rows + (rows - 1) * verticalGap)
        let row = Double((position.index - 1) / position.columns)
        let column = Double((position.index - 1) % position.columns)
        return Rect(
            x: left + column * cellWidth * (1 + horizontalGap), y: top + row * cellHeight * (1 + verticalGap),
            width: cellWidth, height: cellHeight)
    }

    private func draw(_ panel: Panel, number: Int, in outer: Rect, into svg: inout SVGWriter) {
        var area = outer
        var colorbarArea: Rect?
        if panel.showsColorbar, panel.image != nil {
            area.width = outer.width * 0.84
            colorbarArea = Rect(x: outer.x + outer.width * 0.88, y: outer.y, width: outer.width * 0.04, height: outer.height)
        }
        let (xAxis, yAxis) = panel.axes(tickCount: max(3, Int(area.width / 70)))
        if let image = panel.image, image.equalAspect {
            let pixel = min(area.width / Double(image.columns), area.height / Double(image.rows))
            let fitted = Rect(x: 0, y: 0, width: pixel * Double(image.columns), height: pixel * Double(image.rows))
            area = Rect(x: area.x + (area.width - fitted.width) / 2, y: area.y + (area.height - fitted.height) / 2, width: fitted.width, height: fitted.height)
        }
        func point(_ u: Double, _ v: Double) -> (Double, Double) { (area.x + u * area.width, area.y + (1 - v) * area.height) }
        let clip = "\(idPrefix)clip\(number)"
        svg.line("<defs><clipPath id=\"\(clip)\"><rect x=\"\(SVGWriter.number(area.x))\" y=\"\(SVGWriter.number(area.y))\" width=\"\(SVGWriter.number(area.width))\" height=\"\(SVGWriter.number(area.height))\"/></clipPath></defs>")
        svg.line("<g class=\"axes\">")
        if let image = panel.image { drawImage(image, in: area, x: xAxis, y: yAxis, clip: clip, into: &svg) }
        if panel.showsGrid {
            for tick in xAxis.ticks { if let u = xAxis.fraction(tick.value) { svg.segment(point(u, 0), point(u, 1), color: "#b0b0b0", width: 0.8) } }
            for tick in yAxis.ticks { if let v = yAxis.fraction(tick.value) { svg.segment(point(0, v), point(1, v), color: "#b0b0b0", width: 0.8) } }
        }
        for line in panel.lines {
            let label = line.label.map { " data-label=\"\(SVGWriter.escape($0))\"" } ?? ""
            svg.line("<g class=\"line\"\(label) clip-path=\"url(#\(clip))\">")
            let runs = panel.runs(of: line, x: xAxis, y: yAxis)
            if line.style != .none {
                for run in runs {
                    let points = run.map { point($0.0, $0.1) }
                    svg.polyline(points, color: line.color.hex, width: line.width * 1.39, dash: Self.dash(line.style))
                }
            }
            if let marker = line.marker {
                for run in runs { for p in run { svg.marker(marker, at: point(p.0, p.1), color: line.color.hex) } }
            }
            svg.line("</g>")
        }
        svg.line("<rect x=\"\(SVGWriter.number(area.x))\" y=\"\(SVGWriter.number(area.y))\" width=\"\(SVGWriter.number(area.width))\" height=\"\(SVGWriter.number(area.height))\" fill=\"none\" stroke=\"#000000\" stroke-width=\"1.1\"/>")
        for tick in xAxis.ticks {
            guard let u = xAxis.fraction(tick.value), (-1e-9...1 + 1e-9).contains(u) else { continue }
            let (x, y) = point(u, 0)
            svg.segment((x, y), (x, y + 5), color: "#000000", width: 1.1)
            svg.tickLabel(tick, x: x, y: y + 19, anchor: "middle")
        }
        for tick in yAxis.ticks {
            guard let v = yAxis.fraction(tick.value), (-1e-9...1 + 1e-9).contains(v) else { continue }
            let (x, y) = point(0, v)
            svg.segment((x - 5, y), (x, y), color: "#000000", width: 1.1)
            svg.tickLabel(tick, x: x - 8, y: y + 4.5, anchor: "end")
        }
        if let title = panel.title { svg.text(title, x: area.x + area.width / 2, y: area.y - 9, size: 15, anchor: "middle") }
        if let label = panel.xLabel { svg.text(label, x: area.x + area.width / 2, y: area.y + area.height + 38, size: 13, anchor: "middle") }
        if let label = panel.yLabel {
            let widest = yAxis.ticks.map { Double($0.text.count) }.max() ?? 1
            let x = area.x - 14 - widest * 7.5
            svg.line("<text x=\"\(SVGWriter.number(x))\" y=\"\(SVGWriter.number(area.y + area.height / 2))\" font-size=\"13\" text-anchor=\"middle\" transform=\"rotate(-90 \(SVGWriter.number(x)) \(SVGWriter.number(area.y + area.height / 2)))\">\(SVGWriter.escape(label))</text>")
        }
        if panel.showsLegend { drawLegend(panel, in: area, x: xAxis, y: yAxis, into: &svg) }
        if let colorbarArea, let image = panel.image { drawColorbar(image, in: colorbarArea, into: &svg) }
        svg.line("</g>")
    }

    private func drawImage(_ image: ImageLayer, in area: Rect, x: Axis, y: Axis, clip: String, into svg: inout SVGWriter) {
        var rgba: [UInt8] = []
        rgba.reserveCapacity(image.rows * image.columns * 4)
        for value in image.values {
            if value.isNaN {
                rgba += [0, 0, 0, 0]
            } else {
                let (r, g, b) = image.colormap.color(at: image.fraction(value)).bytes
                rgba += [UInt8(r), UInt8(g), UInt8(b), 255]
            }
        }
        let png = Data(PNGEncoder.encode(width: image.columns, height: image.rows, rgba: rgba)).base64EncodedString()
        guard let left = x.fraction(-0.5), let right = x.fraction(Double(image.columns) - 0.5),
            let top = y.fraction(-0.5), let bottom = y.fraction(Double(image.rows) - 0.5)
        else { return }
        let x0 = area.x + min(left, right) * area.width
        let y0 = area.y + (1 - max(top, bottom)) * area.height
        let rendering = image.smooth ? "" : " style=\"image-rendering:pixelated\" image-rendering=\"optimizeSpeed\""
        svg.line("<image class=\"image\" data-shape=\"\(image.rows)x\(image.columns)\" clip-path=\"url(#\(clip))\" x=\"\(SVGWriter.number(x0))\" y=\"\(SVGWriter.number(y0))\" width=\"\(SVGWriter.number(abs(right - left) * area.width))\" height=\"\(SVGWriter.number(abs(top - bottom) * area.height))\" preserveAspectRatio=\"none\"\(rendering) xlink:href=\"data:image/png;base64,\(png)\"/>")
    }

    private func drawColorbar(_ image: ImageLayer, in area: Rect, into svg: inout SVGWriter) {
        let steps = 64
        for step in 0..<steps {
            let fraction = (Double(step) + 0.5) / Double(steps)
            let color = image.colormap.color(at: fraction).hex
            let y = area.y + area.height * (1 - Double(step + 1) / Double(steps))
            svg.line("<rect x=\"\(SVGWriter.number(area.x))\" y=\"\(SVGWriter.number(y))\" width=\"\(SVGWriter.number(area.width))\" height=\"\(SVGWriter.number(area.height / Double(steps) + 0.5))\" fill=\"\(color)\"/>")
        }
        svg.line("<rect x=\"\(SVGWriter.number(area.x))\" y=\"\(SVGWriter.number(area.y))\" width=\"\(SVGWriter.number(area.width))\" height=\"\(SVGWriter.number(area.height))\" fill=\"none\" stroke=\"#000000\" stroke-width=\"1.1\"/>")
        let axis = Axis.covering([image.low, image.high], scale: .linear, tight: true, tickCount: 5)
        for tick in axis.ticks {
            guard let v = axis.fraction(tick.value) else { continue }
            let y = area.y + (1 - v) * area.height
            svg.segment((area.x + area.width, y), (area.x + area.width + 5, y), color: "#000000", width: 1.1)
            svg.tickLabel(tick, x: area.x + area.width + 8, y: y + 4.5, anchor: "start")
        }
    }

    /// The legend box in the corner that covers the fewest points (matplotlib's "best").
    private func drawLegend(_ panel: Panel, in area: Rect, x: Axis, y: Axis, into svg: inout SVGWriter) {
        let entries = panel.legendEntries
        guard !entries.isEmpty else { return }
        let rowHeight = 19.0
        let boxWidth = 48 + 7.2 * Double(entries.map { $0.label!.count }.max()!)
        let boxHeight = rowHeight * Double(entries.count) + 8
        let points = panel.lines.flatMap { panel.runs(of: $0, x: x, y: y).joined() }
        let corners = [
            (area.x + area.width - boxWidth - 8, area.y + 8), (area.x + 8, area.y + 8),
            (area.x + 8, area.y + area.height - boxHeight - 8), (area.x + area.width - boxWidth - 8, area.y + area.height - boxHeight - 8),
        ]
        func covered(_ corner: (Double, Double)) -> Int {
            points.filter { p in
                let px = area.x + p.0 * area.width
                let py = area.y + (1 - p.1) * area.height
                return px >= corner.0 && px <= corner.0 + boxWidth && py >= corner.1 && py <= corner.1 + boxHeight
            }.count
        }
        let best = corners.map { ($0, covered($0)) }.min { $0.1 < $1.1 }!.0
        svg.line("<g class=\"legend\">")
        svg.line("<rect x=\"\(SVGWriter.number(best.0))\" y=\"\(SVGWriter.number(best.1))\" width=\"\(SVGWriter.number(boxWidth))\" height=\"\(SVGWriter.number(boxHeight))\" rx=\"3\" fill=\"#ffffff\" fill-opacity=\"0.8\" stroke=\"#cccccc\"/>")
        for (row, entry) in entries.enumerated() {
            let y = best.1 + 4 + rowHeight * (Double(row) + 0.5)
            if entry.style != .none {
                svg.polyline([(best.0 + 8, y), (best.0 + 36, y)], color: entry.color.hex, width: entry.width * 1.39, dash: Self.dash(entry.style))
            }
            if let marker = entry.marker { svg.marker(marker, at: (best.0 + 22, y), color: entry.color.hex) }
            svg.text(entry.label!, x: best.0 + 42, y: y + 4.5, size: 12, anchor: "start")
        }
        svg.line("</g>")
    }

    static func dash(_ style: LineStyle) -> String? {
        switch style {
        case .dashed: "5.5,2.4"
        case .dotted: "1.5,2.5"
        case .dashDot: "9.6,2.4,1.5,2.4"
        case .solid, .none: nil
        }
    }
}

/// A rectangle in SVG pixels, y downwards.
struct Rect: Equatable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double
}
