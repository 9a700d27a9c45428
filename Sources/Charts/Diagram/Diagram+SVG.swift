extension Diagram {
    /// Pixels per grid column and per grid row in SVG: a monospace cell at 14 px.
    static let cellWidth = 8.5, cellHeight = 18.0

    /// The diagram as a standalone SVG document, cell for cell as the text drawing.
    public func svg(idPrefix: String = "") -> String {
        let (columns, rows) = size
        let width = Double(columns + 2) * Self.cellWidth
        let height = Double(rows + 1) * Self.cellHeight
        let n = SVGWriter.number
        func x(_ column: Int) -> Double { (Double(column) + 1.5) * Self.cellWidth }
        func y(_ row: Int) -> Double { (Double(row) + 1) * Self.cellHeight }
        var svg = SVGWriter()
        svg.line("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width))\" height=\"\(n(height))\" viewBox=\"0 0 \(n(width)) \(n(height))\" font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\" font-size=\"14\">")
        svg.line("<defs><marker id=\"\(idPrefix)head\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#333333\"/></marker></defs>")
        svg.line("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")
        for box in boxes {
            let fill = box.filled ? "#dbe9f6" : "#ffffff"
            let dash = box.dashed ? " stroke-dasharray=\"4 3\"" : ""
            svg.line("<rect class=\"box\" x=\"\(n(x(box.column)))\" y=\"\(n(y(box.row)))\" width=\"\(n(Double(box.width - 1) * Self.cellWidth))\" height=\"\(n(Double(box.height - 1) * Self.cellHeight))\" fill=\"\(fill)\" stroke=\"\(box.dashed ? "#888888" : "#333333")\" stroke-width=\"1.2\"\(dash)/>")
            if !box.text.isEmpty {
                let middle = (x(box.column) + x(box.column + box.width - 1)) / 2
                svg.line("<text x=\"\(n(middle))\" y=\"\(n(y(box.row + box.height / 2) + 5))\" text-anchor=\"middle\"\(box.dashed ? " fill=\"#888888\"" : "")>\(SVGWriter.escape(box.text))</text>")
            }
        }
        for arrow in arrows where arrow.points.count >= 2 {
            let points = arrow.points.map { "\(n(x($0.column))),\(n(y($0.row)))" }.joined(separator: " ")
            svg.line("<polyline class=\"arrow\" points=\"\(points)\" fill=\"none\" stroke=\"#333333\" stroke-width=\"1.2\" marker-end=\"url(#\(idPrefix)head)\"/>")
        }
        for label in labels {
            let weight = label.heading ? " font-weight=\"bold\"" : ""
            svg.line("<text x=\"\(n(x(label.column) - Self.cellWidth / 2))\" y=\"\(n(y(label.row) + 5))\" xml:space=\"preserve\"\(weight)>\(SVGWriter.escape(label.text))</text>")
        }
        svg.line("</svg>")
        return svg.text
    }
}
