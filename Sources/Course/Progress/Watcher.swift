import Foundation
import Notebook

/// `course watch`: checks the exercises in order, shows the first one not yet passed, and
/// re-checks it whenever a sheet changes; when it passes, moves on to the next, and stops
/// when all are done (as rustlings does). Changes are found by reading the sheets every
/// `poll` seconds, so it works on any file system and without a terminal.
public struct Watcher {
    public var folder: ExerciseFolder
    public var checker: Checker
    public var poll: Double
    /// Clear the screen before each new verdict (on a terminal).
    public var clearScreen: Bool
    public var options: RenderOptions

    public init(folder: ExerciseFolder, checker: Checker, poll: Double = 0.5, clearScreen: Bool, options: RenderOptions) {
        self.folder = folder
        self.checker = checker
        self.poll = poll
        self.clearScreen = clearScreen
        self.options = options
    }

    /// Watches until every exercise passes (returns) or the process is stopped.
    public func run(emit: (String) -> Void) throws -> Void {
        let sheets = try ExerciseCatalogue.sheets()
        let renderer = TerminalRenderer(options: options)
        var current = 0
        while true {
            var state = try ProgressState.load(from: folder.progressPath)
            // Check from the current exercise on until one does not pass.
            var shown: ExerciseResult?
            while current < sheets.count {
                let result = checker.check(sheets[current], in: folder)
                state.record([result])
                try state.save(to: folder.progressPath)
                if result.verdict.passed {
                    emit(renderer.text([StyledText("✓ \(result.order). \(result.title) (\(result.id)): done", style: TextStyle(color: .green))]))
                    current += 1
                } else {
                    shown = result
                    break
                }
            }
            guard let shown else {
                emit(renderer.text([StyledText("All \(sheets.count) exercises done.", style: TextStyle(bold: true))]))
                return
            }
            if clearScreen { emit("\u{1B}[2J\u{1B}[H") }
            emit(renderer.text(CheckReport.lines(for: shown)))
            emit(renderer.text([
                StyledText("\(state.done(sheets.map(\.id)))/\(sheets.count) done", style: TextStyle(bold: true)),
                StyledText("Watching \(folder.path) for changes to \(shown.path); course hint \(shown.id) gives a hint. Ctrl-C stops.", style: TextStyle(dim: true)),
            ]))
            waitForChange()
        }
    }

    /// Blocks until any sheet in the folder changes (its text, its presence).
    private func waitForChange() {
        let before = snapshot()
        while snapshot() == before {
            Thread.sleep(forTimeInterval: poll)
        }
    }

    private func snapshot() -> [String: Data] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [:] }
        var contents: [String: Data] = [:]
        for name in names where name.hasSuffix(".md") {
            contents[name] = FileManager.default.contents(atPath: (folder.path as NSString).appendingPathComponent(name)) ?? Data()
        }
        return contents
    }
}
