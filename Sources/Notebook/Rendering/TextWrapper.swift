/// Greedy word wrapping of styled text to a column width.
///
/// Spaces are the break opportunities and are dropped where a line breaks; `\n` forces
/// a break; a word wider than the whole line is cut at the width.
public enum TextWrapper {
    private enum Token {
        case word(StyledText)
        case space(TextStyle)
        case newline
    }

    public static func wrap(_ text: StyledText, width: Int) -> [StyledText] {
        let width = max(width, 1)
        var lines: [StyledText] = []
        var line = StyledText()
        var lineWidth = 0
        var spaces = StyledText()

        func place(_ word: StyledText) {
            var rest = word
            while rest.displayWidth > width - lineWidth, lineWidth == 0 {
                let (head, tail) = cut(rest, at: width)
                lines.append(head)
                rest = tail
            }
            line.append(rest)
            lineWidth += rest.displayWidth
        }

        for token in tokens(of: text) {
            switch token {
            case .space(let style):
                if lineWidth > 0 { spaces.append(" ", style: style) }
            case .newline:
                lines.append(line)
                line = StyledText()
                lineWidth = 0
                spaces = StyledText()
            case .word(let word):
                let wordWidth = word.displayWidth
                if lineWidth > 0, lineWidth + spaces.displayWidth + wordWidth > width {
                    lines.append(line)
                    line = StyledText()
                    lineWidth = 0
                } else if lineWidth > 0 {
                    line.append(spaces)
                    lineWidth += spaces.displayWidth
                }
                spaces = StyledText()
                place(word)
            }
        }
        if lineWidth > 0 || !line.isEmpty { lines.append(line) }
        return lines
    }

    private static func tokens(of text: StyledText) -> [Token] {
        var tokens: [Token] = []
        var word = StyledText()
        func flush() {
            if !word.isEmpty { tokens.append(.word(word)) }
            word = StyledText()
        }
        for run in text.runs {
            for character in run.text {
                switch character {
                case "\n":
                    flush()
                    tokens.append(.newline)
                case " ", "\t":
                    flush()
                    tokens.append(.space(run.style))
                default:
                    word.append(String(character), style: run.style)
                }
            }
        }
        flush()
        return tokens
    }

    /// Splits `text` into a head at most `width` columns wide (at least one character) and the rest.
    static func cut(_ text: StyledText, at width: Int) -> (StyledText, StyledText) {
        var head = StyledText()
        var tail = StyledText()
        var used = 0
        for run in text.runs {
            for character in run.text {
                let characterWidth = character.displayWidth
                if tail.isEmpty, used + characterWidth <= width || head.isEmpty {
                    head.append(String(character), style: run.style)
                    used += characterWidth
                } else {
                    tail.append(String(character), style: run.style)
                }
            }
        }
        return (head, tail)
    }
}
