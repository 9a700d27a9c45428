import Notebook

/// An exercise's hints, shown one at a time: each `course hint` gives the next, then the
/// last again with a note that there are no more.
public struct HintBook {
    public var sheet: ExerciseSheet
    /// The columns the hints are wrapped to.
    public var width: Int

    public init(sheet: ExerciseSheet, width: Int = 80) {
        self.sheet = sheet
        self.width = width
    }

    /// The hint after the first `shown` ones.
    public func next(afterShowing shown: Int) -> [StyledText] {
        guard !sheet.hints.isEmpty else { return [StyledText("\(sheet.id) has no hints.")] }
        let index = min(shown, sheet.hints.count - 1)
        var lines = [heading(index)] + wrap(sheet.hints[index])
        if shown >= sheet.hints.count - 1 {
            lines.append(StyledText("That is the last hint; course hint \(sheet.id) --all shows them all.", style: TextStyle(dim: true)))
        } else {
            lines.append(StyledText("Run course hint \(sheet.id) again for the next one.", style: TextStyle(dim: true)))
        }
        return lines
    }

    /// Every hint, numbered.
    public func all() -> [StyledText] {
        guard !sheet.hints.isEmpty else { return [StyledText("\(sheet.id) has no hints.")] }
        return sheet.hints.indices.flatMap { [heading($0)] + wrap(sheet.hints[$0]) }
    }

    private func heading(_ index: Int) -> StyledText {
        StyledText("Hint \(index + 1) of \(sheet.hints.count) for \(sheet.title) (\(sheet.id)):", style: TextStyle(bold: true))
    }

    private func wrap(_ hint: String) -> [StyledText] {
        TextWrapper.wrap(StyledText(hint), width: width - 2).map { StyledText("  ") + $0 }
    }
}
