/// NumPy's `array2string`: nested brackets, elements wrapped at the line width with a
/// hanging indent, blank lines between blocks of higher dimensions, and `...` in place
/// of the middle of long axes.
struct ArrayTextLayout {
    let array: NDArray
    let options: PrintOptions
    let separator: String
    private let summarize: Bool
    private let format: ElementFormat

    init(array: NDArray, options: PrintOptions, separator: String) {
        self.array = array
        self.options = options
        self.separator = separator
        summarize = array.size > options.threshold
        let shown = Self.shownOffsets(of: array, edgeItems: options.edgeItems, summarize: summarize)
        format = ElementFormat(
            dtype: array.dtype, values: shown.map { array.loadCast(atByteOffset: $0) },
            isZeroDimensional: array.ndim == 0, options: options)
    }

    /// The text, for a first line that starts after `prefix` (such as `array(`), and
    /// `suffixLength` characters reserved after the closing bracket.
    func text(prefix: String, suffixLength: Int) -> String {
        if array.size == 0 { return "[]" }
        let hangingIndent = " " + String(repeating: " ", count: prefix.count)
        return recurse(axis: 0, offset: array.offset, hangingIndent: hangingIndent,
                       width: options.lineWidth - suffixLength)
    }

    private func recurse(axis: Int, offset: Int, hangingIndent: String, width: Int) -> String {
        let axesLeft = array.ndim - axis
        if axesLeft == 0 { return format.format(array.loadCast(atByteOffset: offset)) }
        let nextIndent = hangingIndent + " "
        let nextWidth = width - 1
        let length = array.shape[axis]
        let showSummary = summarize && 2 * options.edgeItems < length
        let leading = showSummary ? options.edgeItems : 0
        let trailing = showSummary ? options.edgeItems : length
        let axisStride = array.strides[axis]
        func child(_ index: Int) -> String {
            recurse(axis: axis + 1, offset: offset + index * axisStride, hangingIndent: nextIndent, width: nextWidth)
        }
        var text = ""
        if axesLeft == 1 {
            let elementWidth = width - Swift.max(separator.trimmingTrailingSpaces.count, 1)
            var line = hangingIndent
            for index in 0..<leading {
                extend(&text, &line, word: child(index), width: elementWidth, indent: hangingIndent)
                line += separator
            }
            if showSummary {
                extend(&text, &line, word: "...", width: elementWidth, indent: hangingIndent)
                line += separator
            }
            for index in stride(from: length - trailing, to: length - 1, by: 1) {
                extend(&text, &line, word: child(index), width: elementWidth, indent: hangingIndent)
                line += separator
            }
            extend(&text, &line, word: child(length - 1), width: elementWidth, indent: hangingIndent)
            text += line
        } else {
            let lineSeparator = separator.trimmingTrailingSpaces + String(repeating: "\n", count: axesLeft - 1)
            for index in 0..<leading {
                text += hangingIndent + child(index) + lineSeparator
            }
            if showSummary {
                text += hangingIndent + "..." + lineSeparator
            }
            for index in stride(from: length - trailing, to: length - 1, by: 1) {
                text += hangingIndent + child(index) + lineSeparator
            }
            text += hangingIndent + child(length - 1)
        }
        return "[" + text.dropFirst(hangingIndent.count) + "]"
    }

    /// NumPy's `_extendLine`: wrap before `word` when it would pass `width`, unless the
    /// line holds nothing but its indent.
    private func extend(_ text: inout String, _ line: inout String, word: String, width: Int, indent: String) {
        if line.count + word.count > width, line.count > indent.count {
            text += line.trimmingTrailingSpaces + "\n"
            line = indent
        }
        line += word
    }

    /// The byte offsets of the elements that will be printed: all of them, or only the
    /// edge items of every long axis when the array is summarised.
    private static func shownOffsets(of array: NDArray, edgeItems: Int, summarize: Bool) -> [Int] {
        var offsets: [Int] = []
        func walk(axis: Int, offset: Int) {
            if axis == array.ndim {
                offsets.append(offset)
                return
            }
            let length = array.shape[axis]
            let indices: [Int] =
                summarize && length > 2 * edgeItems
                ? Array(0..<edgeItems) + Array((length - edgeItems)..<length) : Array(0..<length)
            for index in indices { walk(axis: axis + 1, offset: offset + index * array.strides[axis]) }
        }
        walk(axis: 0, offset: array.offset)
        return offsets
    }
}

extension String {
    /// The string without trailing spaces and newlines (Python's `rstrip()`).
    var trimmingTrailingSpaces: String {
        var result = Substring(self)
        while let last = result.last, last == " " || last == "\n" { result = result.dropLast() }
        return String(result)
    }
}
