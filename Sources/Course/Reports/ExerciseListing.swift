import Notebook

/// `course list`'s exercise block: each exercise in order with its status from the
/// progress state (the last check's verdict and when it ran).
public struct ExerciseListing {
    public var sheets: [ExerciseSheet]
    public var state: ProgressState
    /// How the folder is named in the heading.
    public var folder: String

    public init(sheets: [ExerciseSheet], state: ProgressState, folder: String) {
        self.sheets = sheets
        self.state = state
        self.folder = folder
    }

    public func lines() -> [StyledText] {
        let done = state.done(sheets.map(\.id))
        var lines = [StyledText("Exercises in \(folder) (\(done)/\(sheets.count) done)", style: TextStyle(bold: true))]
        let idWidth = sheets.map(\.id.count).max() ?? 0
        let titleWidth = sheets.map(\.title.displayWidth).max() ?? 0
        for sheet in sheets {
            var line = StyledText("  \(sheet.order). ")
            line.append(sheet.id.padding(toLength: idWidth + 2, withPad: " ", startingAt: 0))
            line.append(sheet.title + String(repeating: " ", count: titleWidth - sheet.title.displayWidth + 2))
            let entry = state.exercises[sheet.id]
            if let status = entry?.status {
                line.append(status.rawValue, style: TextStyle(color: CheckReport.color(of: status)))
                if let checked = entry?.checked {
                    let stamp = checked.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC")
                    line.append(", checked \(stamp)")
                }
            } else {
                line.append("not checked yet", style: TextStyle(dim: true))
            }
            lines.append(line)
        }
        return lines
    }
}
