import Foundation
import TestSupport
import Testing

@testable import Charts

#if canImport(FoundationXML)
import FoundationXML
#endif

/// SVG documents are well-formed and carry every series; terminal drawings are golden.
@Suite("Figure rendering")
struct FigureRenderingTests {
    static let golden = Golden(besides: #filePath)

    /// Two lines on log-log axes with a legend, and an image with a colorbar below.
    static var figure: Figure {
        var lines = Panel(position: GridPosition(rows: 2, columns: 1, index: 1))
        let sizes = [1024.0, 8192, 65536, 524_288, 4_194_304]
        lines.lines = [
            LineSeries(x: sizes, y: sizes.map { 1e-6 + $0 * 2e-11 }, label: "NumPy", color: Color.cycle[0], marker: .point),
            LineSeries(x: sizes, y: sizes.map { 3e-6 + $0 * 1.5e-11 }, label: "jax.jit", color: Color.cycle[1], marker: .point),
        ]
        lines.xScale = .log
        lines.yScale = .log
        lines.title = "sum(x), float32"
        lines.xLabel = "number of elements"
        lines.yLabel = "seconds"
        lines.showsLegend = true
        var image = Panel(position: GridPosition(rows: 2, columns: 1, index: 2))
        image.image = ImageLayer(rows: 3, columns: 20, values: (0..<60).map { Double($0 % 20) + Double($0 / 20) * 5 }, equalAspect: false)
        image.showsColorbar = true
        return Figure(panels: [lines, image])
    }

    @Test("The SVG is well-formed XML with one polyline per series and the image")
    func svg() throws {
        let svg = SVGRenderer().render(Self.figure)
        let document = try XMLDocument(xmlString: svg)
        let root = try #require(document.rootElement())
        #expect(root.name == "svg")
        #expect(root.attributes?.first { $0.name == "width" }?.stringValue == "640")
        let labels = try document.nodes(forXPath: "//*[local-name()='g'][@class='line']/@data-label").compactMap(\.stringValue)
        #expect(labels == ["NumPy", "jax.jit"])
        let polylines = try document.nodes(forXPath: "//*[local-name()='polyline']")
        #expect(polylines.count >= 2)
        let images = try document.nodes(forXPath: "//*[local-name()='image']/@data-shape").compactMap(\.stringValue)
        #expect(images == ["3x20"])
        #expect(svg.contains("data:image/png;base64,"))
        #expect(svg.contains("10<tspan"), "decades on a log axis are written as powers of ten")
    }

    @Test("Each figure's element ids carry its prefix, so figures can share a page")
    func idPrefix() {
        let svg = SVGRenderer(idPrefix: "f7-").render(Self.figure)
        #expect(svg.contains("id=\"f7-clip0\"") && svg.contains("url(#f7-clip1)"))
        #expect(!svg.contains("id=\"clip0\""))
    }

    @Test("The embedded PNG is a complete file: signature, header with the size, end chunk")
    func png() throws {
        let bytes = PNGEncoder.encode(width: 3, height: 2, rgba: Array(repeating: 200, count: 24))
        #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(Array(bytes[16..<24]) == [0, 0, 0, 3, 0, 0, 0, 2])
        #expect(Array(bytes.suffix(12)) == [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82])
    }

    @Test("The terminal drawing without colour: braille lines, point symbols, shaded image")
    func terminal() {
        let text = TerminalChart(width: 60, height: 8, color: false).render(Self.figure).joined(separator: "\n") + "\n"
        #expect(Self.golden.mismatch(text, named: "terminal-figure.txt") == nil)
    }

    @Test("With colour, lines and image cells carry 24-bit colour escapes")
    func terminalColour() {
        let text = TerminalChart(width: 60, height: 8, color: true).render(Self.figure).joined(separator: "\n")
        #expect(text.contains("\u{1B}[38;2;31;119;180m"), "the first line in matplotlib's blue")
        #expect(text.contains("\u{1B}[48;2;"), "image cells have a background colour")
    }

    @Test("Colours by name, by cycle index and by hex")
    func colours() {
        #expect(Color.named("C1") == Color.cycle[1])
        #expect(Color.named("tab:green")?.hex == "#2ca02c")
        #expect(Color.named("r")?.hex == "#ff0000")
        #expect(Color.named("#123456")?.hex == "#123456")
        #expect(Color.named("nope") == nil)
        #expect(Colormap.viridis.color(at: 0).hex == "#440154")
        #expect(Colormap.viridis.color(at: 1).hex == "#fde725")
    }
}
