import ArgumentParser
import Course
import Foundation
import Notebook

extension ColorChoice: ExpressibleByArgument {}

/// `--width` and `--color`, shared by the commands that print rendered text.
struct OutputOptions: ParsableArguments {
    @Option(help: "Wrap text to this many columns (default: the terminal's width, or 80 when not a terminal).")
    var width: Int?

    @Option(help: "When to style output with ANSI colors; auto styles a terminal unless NO_COLOR is set.")
    var color: ColorChoice = .auto

    func validate() throws {
        if let width, width < OutputSettings.minimumWidth {
            throw ValidationError("--width must be at least \(OutputSettings.minimumWidth), got \(width)")
        }
    }

    var renderOptions: RenderOptions {
        OutputSettings.forStandardOutput(color: color, width: width, environment: ProcessInfo.processInfo.environment)
    }
}
