import CCMarkGFM

/// A Markdown text parsed by cmark-gfm with the GFM extensions table, strikethrough,
/// autolink and tasklist attached: its top-level blocks, each with its line range.
public struct MarkdownDocument: Hashable, Sendable {
    /// A top-level block and the lines it spans (1-based, inclusive).
    public struct LocatedBlock: Hashable, Sendable {
        public var block: MarkdownBlock
        public var lines: ClosedRange<Int>
        /// How a fenced code block is delimited; `nil` for every other block.
        public var fence: Fence?
    }

    /// How a fenced code block is delimited.
    public struct Fence: Hashable, Sendable {
        /// `false` when the fence is never closed and the block runs to the end of the text.
        public var isClosed: Bool
    }

    public var blocks: [LocatedBlock]

    /// Parses `text`. Line numbers count from 1 at the first line of `text`.
    public init(parsing text: String) {
        blocks = CMarkConverter.parse(text)
    }
}

/// Converts cmark-gfm's C tree into `MarkdownBlock` values and frees it.
enum CMarkConverter {
    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// Registers the GFM extensions once per process. cmark-gfm's own guard is a plain
    /// flag, not safe when notebooks are parsed on several threads at once; a Swift
    /// static is initialised exactly once.
    private static let extensionsRegistered: Void = cmark_gfm_core_extensions_ensure_registered()

    /// A parser with the GFM extensions attached, fed `text`; the caller frees it.
    static func parser(feeding text: String) -> OpaquePointer? {
        _ = extensionsRegistered
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return nil }
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var utf8 = Array(text.utf8)
        utf8.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parser_feed(parser, $0, buffer.count)
                }
            }
        }
        return parser
    }

    static func parse(_ text: String) -> [MarkdownDocument.LocatedBlock] {
        guard let parser = parser(feeding: text) else { return [] }
        defer { cmark_parser_free(parser) }
        guard let document = cmark_parser_finish(parser) else { return [] }
        defer { cmark_node_free(document) }
        let lines = SourceText.lines(of: text)
        return children(of: document).compactMap { node in
            guard let block = blocks(node).first else { return nil }
            let start = Int(cmark_node_get_start_line(node))
            let end = max(start, Int(cmark_node_get_end_line(node)))
            return MarkdownDocument.LocatedBlock(
                block: block, lines: start...end, fence: fence(of: node, lines: lines))
        }
    }

    private static func fence(of node: OpaquePointer, lines: [Substring]) -> MarkdownDocument.Fence? {
        guard typeName(node) == "code_block" else { return nil }
        var length: Int32 = 0
        var offset: Int32 = 0
        var character: CChar = 0
        guard cmark_node_get_fenced(node, &length, &offset, &character) != 0 else { return nil }
        let start = Int(cmark_node_get_start_line(node))
        let end = Int(cmark_node_get_end_line(node))
        guard end > start, end - 1 < lines.count else { return .init(isClosed: false) }
        let closing = lines[end - 1].trimmingSpaces()
        let fenceCharacter = Character(UnicodeScalar(UInt8(bitPattern: character)))
        let isClosed = closing.count >= Int(length) && closing.allSatisfy { $0 == fenceCharacter }
        return .init(isClosed: isClosed)
    }

    private static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    private static func typeName(_ node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }

    private static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    /// The block for `node`; a node of a kind this tree does not model passes its children through.
    private static func blocks(_ node: OpaquePointer) -> [MarkdownBlock] {
        switch typeName(node) {
        case "paragraph":
            return [.paragraph(inlines(of: node))]
        case "heading":
            return [.heading(level: Int(cmark_node_get_heading_level(node)), inlines(of: node))]
        case "block_quote":
            return [.blockQuote(blocks(in: node))]
        case "list":
            return [.list(list(node))]
        case "code_block":
            return [.codeBlock(info: string(cmark_node_get_fence_info(node)), code: literal(node))]
        case "html_block":
            return [.htmlBlock(literal(node))]
        case "thematic_break":
            return [.thematicBreak]
        case "table":
            return [.table(table(node))]
        default:
            return blocks(in: node)
        }
    }

    private static func blocks(in node: OpaquePointer) -> [MarkdownBlock] {
        children(of: node).flatMap { blocks($0) }
    }

    private static func list(_ node: OpaquePointer) -> MarkdownList {
        let kind: MarkdownList.Kind =
            cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            ? .ordered(start: Int(cmark_node_get_list_start(node))) : .bullet
        let items = children(of: node).map { item in
            let task: Bool? =
                typeName(item) == "tasklist" ? cmark_gfm_extensions_get_tasklist_item_checked(item) : nil
            return MarkdownList.Item(task: task, blocks: blocks(in: item))
        }
        return MarkdownList(kind: kind, isTight: cmark_node_get_list_tight(node) != 0, items: items)
    }

    private static func table(_ node: OpaquePointer) -> MarkdownTable {
        let columnCount = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [MarkdownTable.Alignment] = []
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            for column in 0..<columnCount {
                switch raw[column] {
                case UInt8(ascii: "l"): alignments.append(.left)
                case UInt8(ascii: "c"): alignments.append(.center)
                case UInt8(ascii: "r"): alignments.append(.right)
                default: alignments.append(.none)
                }
            }
        }
        var header: [[MarkdownInline]] = []
        var rows: [[[MarkdownInline]]] = []
        for row in children(of: node) {
            let cells = children(of: row).map(inlines(of:))
            if typeName(row) == "table_header" {
                header = cells
            } else {
                rows.append(cells)
            }
        }
        return MarkdownTable(alignments: alignments, header: header, rows: rows)
    }

    private static func inlines(of node: OpaquePointer) -> [MarkdownInline] {
        children(of: node).flatMap(inlines(for:))
    }

    /// The inline for `node`; a node of a kind this tree does not model passes its children through.
    private static func inlines(for node: OpaquePointer) -> [MarkdownInline] {
        switch typeName(node) {
        case "text": return [.text(literal(node))]
        case "softbreak": return [.softBreak]
        case "linebreak": return [.lineBreak]
        case "code": return [.code(literal(node))]
        case "html_inline": return [.html(literal(node))]
        case "emph": return [.emphasis(inlines(of: node))]
        case "strong": return [.strong(inlines(of: node))]
        case "strikethrough": return [.strikethrough(inlines(of: node))]
        case "link":
            return [
                .link(
                    destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                    inlines(of: node))
            ]
        case "image":
            return [
                .image(
                    source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                    alt: inlines(of: node))
            ]
        default:
            return inlines(of: node)
        }
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return self[endIndex...] }
        let last = lastIndex(where: { !isSpace($0) })!
        return self[first...last]
    }
}
