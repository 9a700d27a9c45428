import Foundation

/// Golden-text comparison: a test renders text, and `Golden` compares it with a file
/// kept in the repository. Set `COURSE_UPDATE_GOLDEN=1` to rewrite the files from the
/// current output (then review the diff before committing).
public struct Golden: Sendable {
    public let directory: URL

    /// Golden files in `Golden/` beside the test file that names `filePath` (pass `#filePath`).
    public init(besides filePath: String) {
        directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    /// `nil` when `actual` equals the golden file `name`; otherwise a description of the
    /// first difference, for the test's failure message.
    public func mismatch(_ actual: String, named name: String) -> String? {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["COURSE_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            do {
                try actual.write(to: url, atomically: true, encoding: .utf8)
                return nil
            } catch {
                return "could not write golden file \(url.path): \(error)"
            }
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "golden file \(url.path) is missing; run the tests with COURSE_UPDATE_GOLDEN=1 to create it"
        }
        return Self.difference(expected: expected, actual: actual, name: name)
    }

    /// The first differing line of two texts, or nil when they are equal.
    public static func difference(expected: String, actual: String, name: String) -> String? {
        guard expected != actual else { return nil }
        let expectedLines = expected.components(separatedBy: "\n")
        let actualLines = actual.components(separatedBy: "\n")
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let wanted = index < expectedLines.count ? expectedLines[index] : "<end of text>"
            let got = index < actualLines.count ? actualLines[index] : "<end of text>"
            if wanted != got {
                return """
                    \(name) differs at line \(index + 1):
                      expected: \(wanted.debugDescription)
                      actual:   \(got.debugDescription)
                    (COURSE_UPDATE_GOLDEN=1 rewrites the golden files)
                    """
            }
        }
        return "\(name) differs"
    }
}
