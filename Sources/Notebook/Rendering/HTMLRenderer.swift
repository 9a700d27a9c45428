import CCMarkGFM
import Foundation

/// Markdown to HTML through cmark-gfm's own renderer, with the GitHub extensions
/// (tables, strikethrough, autolinks, task lists). Raw HTML in the source is left out,
/// as cmark's safe mode does.
public enum MarkdownHTML {
    public static func render(_ markdown: String) -> String {
        MarkdownDocument.ensureExtensions()
        let options = CMARK_OPT_DEFAULT
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        var attached: OpaquePointer? = nil
        for name in ["table", "strikethrough", "autolink", "tasklist"] {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        let bytes = Array(markdown.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parser_feed(parser, $0, buffer.count) }
            }
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        attached = cmark_parser_get_syntax_extensions(parser).map { OpaquePointer($0) }
        guard let html = cmark_render_html(document, options, UnsafeMutablePointer(attached)) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }
}
