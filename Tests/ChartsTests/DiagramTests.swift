import Foundation
import TestSupport
import Testing

@testable import Charts

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Diagrams: lines join where they meet, memory and broadcast diagrams are golden text,
/// and their SVG is well-formed with a shape per box and arrow.
@Suite("Diagrams")
struct DiagramTests {
    static let golden = Golden(besides: #filePath)

    static let listOfLists = MemoryLayoutDiagram.list(named: "rows", address: 0x7f00_0000_1000, slots: [
        .list(address: 0x7f00_0000_2000, values: ["1.0", "2.0", "3.0"]),
        .list(address: 0x7f00_0000_1800, values: ["4.0", "5.0", "6.0"]),
    ])

    static let transposed = MemoryLayoutDiagram.array(
        named: "a.T", address: 0x5500_0000_0000, dtype: "float64", itemSize: 8, shape: [3, 2], strides: [8, 24],
        values: ["0.0", "3.0", "1.0", "4.0", "2.0", "5.0"])

    @Test("Box borders that touch join into junctions; an arrow ends in a head")
    func junctions() {
        var diagram = Diagram()
        diagram.boxes = [.init(column: 0, row: 0, width: 5, text: "a"), .init(column: 4, row: 0, width: 5, text: "b")]
        diagram.arrows = [.init([(2, 2), (2, 4)])]
        #expect(diagram.textLines == ["┌───┬───┐", "│ a │ b │", "└─┬─┴───┘", "  │", "  ▼"])
    }

    @Test("Dashed boxes are drawn with dashed lines")
    func dashed() {
        var diagram = Diagram()
        diagram.boxes = [.init(column: 0, row: 0, width: 4, text: "0", dashed: true)]
        #expect(diagram.textLines == ["┌╌╌┐", "╎0 ╎", "└╌╌┘"])
    }

    @Test("A list of lists: each list at its address, pointers from the slots, and the honest caption")
    func list() {
        #expect(Self.golden.mismatch(Self.listOfLists.textLines.joined(separator: "\n") + "\n", named: "diagram-list.txt") == nil)
    }

    @Test("An array: the bytes it spans, each element's index, an arrow per stride")
    func array() {
        #expect(Self.golden.mismatch(Self.transposed.textLines.joined(separator: "\n") + "\n", named: "diagram-array.txt") == nil)
    }

    @Test("A broadcast stride of 0 is said, not drawn")
    func zeroStride() {
        let diagram = MemoryLayoutDiagram.array(
            named: "b", address: 0x1000, dtype: "float32", itemSize: 4, shape: [3, 2], strides: [0, 4], values: ["1.0", "2.0"])
        let text = diagram.textLines.joined(separator: "\n")
        #expect(text.contains("axis 0: stride 0, the same element 3 times"))
        #expect(text.contains("axis 1: +4 bytes to the next index"))
    }

    @Test("Broadcasting (3, 1) with (4,): stretched lengths marked, stored elements solid, copies dashed")
    func broadcast() {
        let diagram = BroadcastDiagram.make(names: ["column", "row"], shapes: [[3, 1], [4]])
        #expect(Self.golden.mismatch(diagram.textLines.joined(separator: "\n") + "\n", named: "diagram-broadcast.txt") == nil)
    }

    @Test("Shapes that do not broadcast name the axis and draw no grid", arguments: [
        ([[5, 9], [5]], "no result: on axis 1, 5 and 9 differ and neither is 1"),
        ([[2, 3, 4], [3, 1], [2, 1, 5]], "no result: on axis 2, 4 and 5 differ and neither is 1"),
    ])
    func mismatch(shapes: [[Int]], message: String) {
        let diagram = BroadcastDiagram.make(names: shapes.indices.map { "x\($0)" }, shapes: shapes)
        #expect(diagram.textLines.last == message)
        #expect(diagram.boxes.isEmpty)
    }

    @Test("Higher ranks get the table alone; the result is the larger length per axis")
    func rankThree() {
        let diagram = BroadcastDiagram.make(names: ["a", "b"], shapes: [[2, 1, 3], [4, 1]])
        let lines = diagram.textLines
        #expect(lines.last?.hasPrefix("result") == true)
        #expect(lines.last?.split(separator: " ").dropFirst() == ["2", "4", "3"])
        #expect(diagram.boxes.isEmpty)
    }

    @Test("SVG: well-formed, a rect per box, a polyline per arrow, a figure sized by the grid")
    func svg() throws {
        let figure = Figure(diagram: Self.listOfLists)
        let svg = SVGRenderer().render(figure)
        let document = try XMLDocument(data: Data(svg.utf8))
        let root = try #require(document.rootElement())
        #expect(root.name == "svg")
        #expect(svg.components(separatedBy: "class=\"box\"").count - 1 == Self.listOfLists.boxes.count)
        #expect(svg.components(separatedBy: "class=\"arrow\"").count - 1 == 2)
        #expect(figure.width == Double(Self.listOfLists.size.columns + 2) * Diagram.cellWidth / 100)
        #expect(TerminalChart().render(figure) == Self.listOfLists.textLines)
    }
}
