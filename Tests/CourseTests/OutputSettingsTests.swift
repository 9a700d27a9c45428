import Course
import Notebook
import Testing

@Suite("Output width and colour")
struct OutputSettingsTests {
    @Test("auto styles a terminal, not a pipe")
    func autoFollowsTerminal() {
        #expect(OutputSettings.resolve(color: .auto, width: nil, environment: [:], isTerminal: true, terminalColumns: 120)
            == RenderOptions(width: 120, color: true))
        #expect(OutputSettings.resolve(color: .auto, width: nil, environment: [:], isTerminal: false, terminalColumns: nil)
            == RenderOptions(width: 80, color: false))
    }

    @Test("NO_COLOR turns auto off when set to anything but empty")
    func noColor() {
        #expect(!OutputSettings.resolve(color: .auto, width: nil, environment: ["NO_COLOR": "1"], isTerminal: true, terminalColumns: 100).color)
        #expect(OutputSettings.resolve(color: .auto, width: nil, environment: ["NO_COLOR": ""], isTerminal: true, terminalColumns: 100).color)
    }

    @Test("--color always and never win over the terminal and NO_COLOR")
    func explicitChoice() {
        #expect(OutputSettings.resolve(color: .always, width: nil, environment: ["NO_COLOR": "1"], isTerminal: false, terminalColumns: nil).color)
        #expect(!OutputSettings.resolve(color: .never, width: nil, environment: [:], isTerminal: true, terminalColumns: 100).color)
    }

    @Test("--width wins; a terminal without a size falls back to 80; tiny sizes are raised to the minimum")
    func width() {
        #expect(OutputSettings.resolve(color: .never, width: 50, environment: [:], isTerminal: true, terminalColumns: 120).width == 50)
        #expect(OutputSettings.resolve(color: .never, width: nil, environment: [:], isTerminal: true, terminalColumns: nil).width == 80)
        #expect(OutputSettings.resolve(color: .never, width: nil, environment: [:], isTerminal: true, terminalColumns: 8).width == 20)
    }
}

@Suite("Telling a notebook path from a section")
struct PositionalArgumentsTests {
    @Test("Sections only", arguments: [["broadcasting"], ["6.2", "ufunc"], []])
    func sectionsOnly(arguments: [String]) {
        #expect(PositionalArguments.split(arguments).notebook == nil)
        #expect(PositionalArguments.split(arguments).sections == arguments)
    }

    @Test("A notebook path first", arguments: ["course.md", "notes/course", "./x", "COURSE.MD", "a.markdown"])
    func pathFirst(path: String) {
        let split = PositionalArguments.split([path, "2"])
        #expect(split.notebook == path)
        #expect(split.sections == ["2"])
    }
}
