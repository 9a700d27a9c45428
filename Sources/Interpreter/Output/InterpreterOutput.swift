import Charts

/// Python's two standard text streams, where a program's writes go.
public enum StandardStream: String, Sendable, Equatable {
    case stdout
    case stderr
}

/// A write the embedder could not carry out, by its `errno`: the program sees the OSError
/// CPython raises for it (`BrokenPipeError: [Errno 32] Broken pipe` for `EPIPE`).
public struct StreamWriteError: Error, Sendable, Equatable {
    public var code: Int32

    public init(code: Int32) {
        self.code = code
    }
}

/// Where an interpreter's program sends its text and its figures. The text arrives as the
/// program writes it, unchanged (`print` hands over its whole line, separators and `end`
/// included); buffering is the embedder's, as it is the C library's for CPython.
public struct InterpreterOutput {
    /// Receives each write to `sys.stdout` or `sys.stderr` (warnings and `print(file=...)`
    /// included).
    public var write: (StandardStream, String) throws(StreamWriteError) -> Void
    /// `print(..., flush=True)` and `sys.stdout.flush()`: what was written must reach the
    /// reader now.
    public var flush: (StandardStream) throws(StreamWriteError) -> Void
    /// A finished figure: shown by `plt.show()` (nil) or saved by `plt.savefig(name)`.
    public var display: (Figure, String?) -> Void

    public init(
        write: @escaping (StandardStream, String) throws(StreamWriteError) -> Void,
        flush: @escaping (StandardStream) throws(StreamWriteError) -> Void = { _ throws(StreamWriteError) in },
        display: @escaping (Figure, String?) -> Void = { _, _ in }
    ) {
        self.write = write
        self.flush = flush
        self.display = display
    }
}
