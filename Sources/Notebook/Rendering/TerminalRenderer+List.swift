extension TerminalRenderer {
    /// Bullets by nesting depth.
    private static let bullets = ["•", "◦", "▪"]

    /// A list with hanging indents: markers aligned, item text indented past them.
    func list(_ list: MarkdownList, width: Int, depth: Int) -> [StyledText] {
        let markers: [StyledText] = list.items.enumerated().map { index, item in
            if let checked = item.task {
                return checked ? StyledText("☑", style: TextStyle(color: .green)) : StyledText("☐")
            }
            switch list.kind {
            case .bullet: return StyledText(Self.bullets[depth % Self.bullets.count])
            case .ordered(let start): return StyledText("\(start + index).")
            }
        }
        let markerWidth = markers.map(\.displayWidth).max() ?? 1
        let indent = StyledText(String(repeating: " ", count: markerWidth + 1))
        let contentWidth = max(width - markerWidth - 1, 1)
        var items: [[StyledText]] = []
        for (item, marker) in zip(list.items, markers) {
            var content = blocks(item.blocks, width: contentWidth, listDepth: depth + 1, tight: list.isTight)
            if content.isEmpty { content = [StyledText()] }
            let padding = String(repeating: " ", count: markerWidth - marker.displayWidth)
            let first: StyledText =
                if case .ordered = list.kind, item.task == nil {
                    StyledText(padding) + marker + " "
                } else {
                    marker + StyledText(padding + " ")
                }
            items.append(
                content.enumerated().map { index, line in
                    if index == 0 { return first + line }
                    return line.isEmpty ? line : indent + line
                })
        }
        return Self.joined(items, separatedByBlankLines: !list.isTight)
    }
}
