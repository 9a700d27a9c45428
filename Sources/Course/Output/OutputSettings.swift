#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Notebook

/// Decides the width and styling of output from the flags, the environment and the terminal.
public enum OutputSettings {
    /// The width used when output is not a terminal and no `--width` is given.
    public static let defaultWidth = 80
    /// The narrowest width the renderer accepts.
    public static let minimumWidth = 20

    /// The render options for standard output.
    ///
    /// - `--width` wins; otherwise a terminal's own width, otherwise 80.
    /// - `--color always/never` wins; `auto` styles only a terminal, and never when
    ///   `NO_COLOR` is set to a non-empty value (no-color.org).
    public static func resolve(
        color: ColorChoice, width: Int?, environment: [String: String],
        isTerminal: Bool, terminalColumns: Int?
    ) -> RenderOptions {
        let styled: Bool
        switch color {
        case .always: styled = true
        case .never: styled = false
        case .auto: styled = isTerminal && (environment["NO_COLOR"] ?? "").isEmpty
        }
        let columns = width ?? (isTerminal ? terminalColumns : nil) ?? defaultWidth
        return RenderOptions(width: max(columns, minimumWidth), color: styled)
    }

    /// The render options for this process's standard output.
    public static func forStandardOutput(color: ColorChoice, width: Int?, environment: [String: String])
        -> RenderOptions
    {
        let isTerminal = isatty(STDOUT_FILENO) == 1
        return resolve(
            color: color, width: width, environment: environment, isTerminal: isTerminal,
            terminalColumns: isTerminal ? terminalColumns() : nil)
    }

    private static func terminalColumns() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
