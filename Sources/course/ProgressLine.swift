import Foundation

/// A one-line progress bar on standard error, redrawn in place; silent when standard
/// error is not a terminal, so logs and pipes get plain lines only.
final class ProgressLine {
    private let enabled: Bool
    private var shown = false

    init(enabled: Bool) {
        self.enabled = enabled
    }

    /// Draws `done` of `total` with what is running now.
    func update(_ done: Int, _ total: Int, _ current: String) {
        guard enabled, total > 0, !current.isEmpty else { return }
        let width = 24
        let filled = done * width / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\u{1B}[K\(bar) \(done)/\(total) running \(current)".utf8))
        shown = true
    }

    /// Removes the bar so that normal output starts on a clean line.
    func clear() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }
}
