/// Decoding of a notebook's bytes: strict UTF-8 with the position of the first bad byte.
enum SourceText {
    /// Where the first byte that is not valid UTF-8 sits.
    struct InvalidByte: Error, Equatable {
        var offset: Int
        var line: Int
        var column: Int
        var value: UInt8
    }

    /// Decodes `bytes` as UTF-8 without a byte-order mark, or reports the first invalid byte.
    static func decode(_ bytes: [UInt8]) -> Result<String, InvalidByte> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let bad = firstInvalidByte(in: body) {
            return .failure(bad)
        }
        return .success(String(decoding: body, as: UTF8.self))
    }

    private static func firstInvalidByte(in bytes: ArraySlice<UInt8>) -> InvalidByte? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = bytes.startIndex
        var line = 1
        var lineStart = offset
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1, encoded.first == UInt8(ascii: "\n") {
                    line += 1
                    lineStart = offset + 1
                }
                offset += encoded.count
            case .error(let length):
                _ = length
                return InvalidByte(
                    offset: offset - bytes.startIndex, line: line,
                    column: offset - lineStart + 1, value: bytes[offset])
            case .emptyInput:
                return nil
            }
        }
    }

    /// The text split into lines without their terminators: `\n`, `\r\n` or `\r`, the line
    /// endings of CommonMark. (In Swift `"\r\n"` is one `Character`, so splitting on `"\n"`
    /// alone would miss it.) A final line ending does not start another line,
    /// and empty text has no lines.
    static func lines<Text: StringProtocol>(of text: Text) -> [Text.SubSequence] {
        guard !text.isEmpty else { return [] }
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: isLineEnding)
        if let last = text.last, isLineEnding(last) { lines.removeLast() }
        return lines
    }

    static func isLineEnding(_ character: Character) -> Bool {
        character == "\n" || character == "\r\n" || character == "\r"
    }
}
