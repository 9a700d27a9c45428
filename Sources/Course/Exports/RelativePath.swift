import Foundation

/// The path of `file` as seen from the folder `base`, both relative to the current
/// directory or absolute.
enum RelativePath {
    static func from(folder base: String, to file: String) -> String {
        let baseParts = URL(fileURLWithPath: base).standardizedFileURL.pathComponents
        let fileParts = URL(fileURLWithPath: file).standardizedFileURL.pathComponents
        var common = 0
        while common < min(baseParts.count, fileParts.count), baseParts[common] == fileParts[common] { common += 1 }
        let up = Array(repeating: "..", count: baseParts.count - common)
        return (up + fileParts[common...]).joined(separator: "/")
    }
}
