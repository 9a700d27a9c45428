extension TerminalRenderer {
    /// Blocks rendered to `width` columns; `listDepth` picks the bullet of nested lists.
    func blocks(_ blocks: [MarkdownBlock], width: Int, listDepth: Int, tight: Bool = false) -> [StyledText] {
        let rendered = blocks.map { block(for: $0, width: width, listDepth: listDepth) }
        return Self.joined(rendered, separatedByBlankLines: !tight)
    }

    private func block(for block: MarkdownBlock, width: Int, listDepth: Int) -> [StyledText] {
        switch block {
        case .paragraph(let inlines):
            return TextWrapper.wrap(inline(inlines), width: width)
        case .heading(_, let inlines):
            return TextWrapper.wrap(inline(inlines).adding(TextStyle(bold: true)), width: width)
        case .blockQuote(let children):
            let content = blocks(children, width: max(width - 2, 1), listDepth: listDepth)
            return content.map { StyledText("┃ ", style: Style.frame) + $0 }
        case .list(let list):
            return self.list(list, width: width, depth: listDepth)
        case .codeBlock(let info, let code):
            let language = info.split(whereSeparator: { $0.isWhitespace }).first.map(String.init) ?? ""
            return codeBox(label: language, detail: "", code: code, width: width)
        case .htmlBlock(let html):
            return SourceText.lines(of: html).map { StyledText(String($0), style: Style.secondary) }
        case .thematicBreak:
            return [StyledText(String(repeating: "─", count: width), style: Style.frame)]
        case .table(let table):
            return self.table(table, width: width)
        }
    }

    /// A cell as a code box labelled with its language and attributes.
    public func lines(for cell: Cell) -> [StyledText] {
        let detail = cell.attributes.all.map { attribute in
            attribute.value.map { "\(attribute.key)=\($0)" } ?? attribute.key
        }.joined(separator: " · ")
        return codeBox(label: cell.language, detail: detail, code: cell.source, width: options.width)
    }

    /// Code in a rounded box: a label line (wrapped if long), each code line behind a bar,
    /// and a foot. Lines wider than the box continue on lines marked with a dotted bar.
    func codeBox(label: String, detail: String, code: String, width: Int) -> [StyledText] {
        var header = StyledText(label.isEmpty ? "code" : label, style: TextStyle(bold: true))
        if !detail.isEmpty { header.append(" · " + detail, style: Style.frame) }
        var lines = TextWrapper.wrap(header, width: max(width - 3, 1)).enumerated().map { index, line in
            StyledText(index == 0 ? "╭─ " : "│  ", style: Style.frame) + line
        }
        let room = max(width - 2, 1)
        for codeLine in SourceText.lines(of: code) {
            var rest = StyledText(Self.expandingTabs(String(codeLine)))
            var bar = "│ "
            repeat {
                let (head, tail) = rest.displayWidth > room ? TextWrapper.cut(rest, at: room) : (rest, StyledText())
                lines.append(StyledText(bar, style: Style.frame) + head)
                rest = tail
                bar = "┆ "
            } while !rest.isEmpty
        }
        lines.append(StyledText("╰─", style: Style.frame))
        return lines
    }

    private static func expandingTabs(_ line: String) -> String {
        guard line.contains("\t") else { return line }
        var result = ""
        for character in line {
            if character == "\t" {
                result += String(repeating: " ", count: 4 - result.count % 4)
            } else {
                result.append(character)
            }
        }
        return result
    }
}
