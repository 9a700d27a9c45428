/// Python source text with the name and first line it is reported under: a notebook
/// cell keeps the notebook's own line numbers, so errors point into the Markdown file.
public struct SourceFile: Sendable {
    /// The file name tracebacks and syntax errors show (a notebook path, or `<cell>`).
    public let name: String
    /// The line number of the text's first line.
    public let firstLine: Int
    /// The text as Unicode scalars: columns count characters, as CPython's do.
    let scalars: [Unicode.Scalar]
    /// Where each line starts in `scalars`, by line index from 0.
    let lineStarts: [Int]

    public init(_ text: String, name: String = "<cell>", firstLine: Int = 1) {
        self.name = name
        self.firstLine = firstLine
        scalars = Array(text.unicodeScalars)
        var starts = [0]
        for (index, scalar) in scalars.enumerated() where scalar == "\n" { starts.append(index + 1) }
        lineStarts = starts
    }

    /// Whether tracebacks and warnings show this source's lines. CPython reads them from the
    /// file by name, so a program given by `-c` (`<string>`) or on standard input (`<stdin>`)
    /// shows none; every other source here is kept in memory and shown.
    public var showsLines: Bool { name != "<string>" && name != "<stdin>" }

    /// The text of a line (by its reported number), without its line break.
    public func line(_ number: Int) -> String {
        let index = number - firstLine
        guard lineStarts.indices.contains(index) else { return "" }
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : scalars.count
        if end > lineStarts[index], end <= scalars.count, end - 1 >= 0, scalars[end - 1] == "\r" { end -= 1 }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[lineStarts[index]..<Swift.max(end, lineStarts[index])])
        return String(text)
    }

    /// Whether a line of this number is part of the text.
    public func contains(line number: Int) -> Bool {
        lineStarts.indices.contains(number - firstLine)
    }

    /// The location of the scalar at `offset`.
    func location(of offset: Int) -> SourceLocation {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return SourceLocation(line: firstLine + low, column: offset - lineStarts[low])
    }
}

/// A position in a source file: the reported line number and the column in characters
/// from 0 (CPython shows `column + 1` as a syntax error's offset).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}
