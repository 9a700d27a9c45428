/// When to style output with ANSI escapes: `auto` styles a terminal unless `NO_COLOR` is set.
public enum ColorChoice: String, CaseIterable, Sendable {
    case auto, always, never
}
