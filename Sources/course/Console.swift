import Foundation
import Notebook

/// Writing to standard output and standard error.
enum Console {
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes a line to standard error.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Prints the notebook's warnings to standard error.
    static func warnings(of notebook: Notebook) {
        for warning in notebook.warnings { error(warning.description) }
    }
}
