/// Inline Markdown content: text and its spans, as cmark-gfm parsed it.
public indirect enum MarkdownInline: Hashable, Sendable {
    case text(String)
    /// A line ending inside a paragraph; rendered as a space when text is re-wrapped.
    case softBreak
    /// A hard line break (two trailing spaces or a backslash).
    case lineBreak
    case code(String)
    case emphasis([MarkdownInline])
    case strong([MarkdownInline])
    case strikethrough([MarkdownInline])
    case link(destination: String, title: String, [MarkdownInline])
    case image(source: String, title: String, alt: [MarkdownInline])
    /// Raw inline HTML, kept as written.
    case html(String)
}

extension Array where Element == MarkdownInline {
    /// The text a reader sees, without any markup: code spans keep their text,
    /// breaks become spaces, images contribute their alt text.
    public var plainText: String {
        var result = ""
        for inline in self {
            switch inline {
            case .text(let text), .code(let text):
                result += text
            case .softBreak, .lineBreak:
                result += " "
            case .emphasis(let children), .strong(let children), .strikethrough(let children):
                result += children.plainText
            case .link(_, _, let children), .image(_, _, let children):
                result += children.plainText
            case .html:
                break
            }
        }
        return result
    }
}
