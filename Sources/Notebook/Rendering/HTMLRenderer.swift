import CCMarkGFM
import Foundation

/// Markdown to HTML through cmark-gfm's own renderer, with the GitHub extensions
/// (tables, strikethrough, autolinks, task lists). Raw HTML in the source is left out,
/// as cmark's safe mode does.
public enum MarkdownHTML {
    public static func render(_ markdown: String) -> String {
        guard let parser = CMarkConverter.parser(feeding: markdown) else { return "" }
        defer { cmark_parser_free(parser) }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let html = cmark_render_html(document, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }
}
