import Testing
@testable import Notebook

@Suite("Word wrapping")
struct TextWrapperTests {
    private func wrap(_ text: String, _ width: Int) -> [String] {
        TextWrapper.wrap(StyledText(text), width: width).map(\.plainText)
    }

    @Test("Greedy fill, words kept whole, breaking spaces dropped")
    func greedy() {
        #expect(wrap("the quick brown fox jumps over the lazy dog", 10) == ["the quick", "brown fox", "jumps over", "the lazy", "dog"])
    }

    @Test("A word that exactly fills the line fits")
    func exactFit() {
        #expect(wrap("abcde fghij", 5) == ["abcde", "fghij"])
        #expect(wrap("ab cd", 5) == ["ab cd"])
    }

    @Test("A word wider than the line is cut at the width")
    func longWord() {
        #expect(wrap("see https://example.org/a/long/path now", 12) == ["see", "https://exam", "ple.org/a/lo", "ng/path now"])
    }

    @Test("A newline forces a break")
    func hardBreak() {
        #expect(wrap("one two\nthree", 40) == ["one two", "three"])
    }

    @Test("Empty text gives no lines")
    func empty() {
        #expect(wrap("", 10).isEmpty)
    }

    @Test("Wide characters count two columns")
    func wideCharacters() {
        #expect("日本語".displayWidth == 6)
        #expect("é".displayWidth == 1)
        #expect("e\u{301}".displayWidth == 1)
        #expect("🙂".displayWidth == 2)
        #expect(wrap("日本語 テキスト", 7) == ["日本語", "テキス", "ト"])
    }

    @Test("Styles survive wrapping, spaces take the style around them")
    func stylesSurvive() {
        var text = StyledText("plain ")
        text.append("bold words here", style: TextStyle(bold: true))
        let lines = TextWrapper.wrap(text, width: 10)
        #expect(lines.map(\.plainText) == ["plain bold", "words here"])
        #expect(lines[1].runs == [StyledText.Run(text: "words here", style: TextStyle(bold: true))])
    }
}

@Suite("Styled text")
struct StyledTextTests {
    @Test("ANSI escapes wrap styled runs only")
    func ansi() {
        var text = StyledText("a ")
        text.append("b", style: TextStyle(bold: true, color: .blue))
        text.append(" c", style: TextStyle(dim: true, italic: true, underline: true, strikethrough: true))
        #expect(text.rendered(ansi: true) == "a \u{1B}[1;34mb\u{1B}[0m\u{1B}[2;3;4;9m c\u{1B}[0m")
        #expect(text.rendered(ansi: false) == "a b c")
    }

    @Test("Adjacent runs of one style merge; trailing spaces trim across runs")
    func mergeAndTrim() {
        var text = StyledText("ab")
        text.append("cd")
        text.append("  ", style: TextStyle(bold: true))
        #expect(text.runs.count == 2)
        #expect(text.trimmingTrailingSpaces().runs == [StyledText.Run(text: "abcd", style: .plain)])
    }
}
