extension TerminalRenderer {
    /// Inline content as one styled text (not yet wrapped).
    public func inline(_ inlines: [MarkdownInline], style: TextStyle = .plain) -> StyledText {
        var text = StyledText()
        for element in inlines {
            switch element {
            case .text(let string):
                text.append(string, style: style)
            case .softBreak:
                text.append(" ", style: style)
            case .lineBreak:
                text.append("\n", style: style)
            case .code(let code):
                if options.color {
                    text.append(code, style: style.adding(Style.code))
                } else {
                    text.append("`\(code)`", style: style)
                }
            case .emphasis(let children):
                text.append(inline(children, style: style.adding(TextStyle(italic: true))))
            case .strong(let children):
                text.append(inline(children, style: style.adding(TextStyle(bold: true))))
            case .strikethrough(let children):
                if options.color {
                    text.append(inline(children, style: style.adding(TextStyle(strikethrough: true))))
                } else {
                    text.append("~~" + inline(children, style: style).plainText + "~~", style: style)
                }
            case .link(let destination, _, let children):
                let label = inline(children, style: style.adding(Style.link))
                text.append(label)
                if !destination.isEmpty, !Self.isAutolink(label: label.plainText, destination: destination) {
                    text.append(" (\(destination))", style: style.adding(Style.secondary))
                }
            case .image(let source, _, let alt):
                let description = alt.plainText.isEmpty ? "image" : "image: \(alt.plainText)"
                text.append("[\(description)]", style: style.adding(TextStyle(italic: true)))
                if !source.isEmpty { text.append(" (\(source))", style: style.adding(Style.secondary)) }
            case .html(let html):
                text.append(html, style: style.adding(Style.secondary))
            }
        }
        return text
    }

    /// Whether a link shows its own address, so printing the address again would repeat it.
    private static func isAutolink(label: String, destination: String) -> Bool {
        [label, "mailto:" + label, "http://" + label, "https://" + label].contains(destination)
    }
}
