import Foundation
import Interpreter

/// One of a program's standard streams, written to a file descriptor as CPython's io stack
/// writes `sys.stdout` and `sys.stderr`, so that what reaches a pipe, a file or a terminal,
/// and when (which matters where both streams share one file, or a reader goes away), is
/// what python3 gives.
///
/// Two layers, as CPython's: a text layer (`TextIOWrapper`) gathers written bytes until a
/// chunk of 8 KiB is full, a line ends (line buffering) or a flush; it hands them to a
/// buffered layer (`BufferedWriter`, the descriptor's block size) that writes when full or
/// flushed. Unbuffered (`PYTHONUNBUFFERED`, `-u`), every write goes straight to the
/// descriptor. A failed write raises; bytes the buffered layer held stay for the next
/// flush, bytes on their way through are lost, as in CPython.
public final class StandardStreamWriter {
    /// How a stream is buffered.
    public enum Buffering: Equatable, Sendable {
        /// Every write reaches the descriptor at once.
        case unbuffered
        /// A write that ends a line is flushed (stderr; stdout on a terminal).
        case line
        /// Written when the chunk or the buffer is full, or on a flush (stdout to a pipe or file).
        case block
    }

    /// The text layer's chunk: CPython's `TextIOWrapper._CHUNK_SIZE`.
    static let chunkSize = 8192

    public let descriptor: Int32
    public let buffering: Buffering
    private let bufferSize: Int
    /// The text layer's bytes, not yet handed on.
    private var pending: [UInt8] = []
    /// The buffered layer's bytes, not yet written.
    private var buffered: [UInt8] = []

    public init(descriptor: Int32, buffering: Buffering) {
        self.descriptor = descriptor
        self.buffering = buffering
        var status = stat()
        let blockSize = fstat(descriptor, &status) == 0 ? Int(status.st_blksize) : 0
        bufferSize = blockSize > 1 ? blockSize : Self.chunkSize
    }

    /// How python3 buffers `stream` on `descriptor`: unbuffered when the environment sets
    /// `PYTHONUNBUFFERED` to a non-empty value; else stderr, and stdout on a terminal, line
    /// by line; else stdout in blocks.
    public static func buffering(
        of stream: StandardStream, descriptor: Int32, environment: [String: String]
    ) -> Buffering {
        if let unbuffered = environment["PYTHONUNBUFFERED"], !unbuffered.isEmpty { return .unbuffered }
        return stream == .stderr || isatty(descriptor) != 0 ? .line : .block
    }

    /// Writes `text` (as UTF-8) as `sys.stdout.write` does.
    public func write(_ text: String) throws(StreamWriteError) {
        let bytes = Array(text.utf8)
        if buffering == .unbuffered {
            try writeAll(bytes[...])
            return
        }
        let endsLine = buffering == .line && (bytes.contains(0x0A) || bytes.contains(0x0D))
        if pending.count + bytes.count > Self.chunkSize { try handOn() }
        pending += bytes
        if pending.count >= Self.chunkSize || endsLine { try handOn() }
        if endsLine { try flushBuffered() }
    }

    /// `sys.stdout.flush()`: everything written reaches the descriptor, or the error is
    /// thrown with what the buffered layer held kept for the next flush.
    public func flush() throws(StreamWriteError) {
        try handOn()
        try flushBuffered()
    }

    /// Hands the text layer's bytes to the buffered layer (they are gone from the text layer
    /// even when that fails).
    private func handOn() throws(StreamWriteError) {
        guard !pending.isEmpty else { return }
        let bytes = pending
        pending = []
        if buffered.count + bytes.count <= bufferSize {
            buffered += bytes
            return
        }
        try flushBuffered()
        var rest = bytes[...]
        while rest.count > bufferSize {
            rest = rest.dropFirst(try writeSome(rest))
        }
        buffered += rest
    }

    private func flushBuffered() throws(StreamWriteError) {
        while !buffered.isEmpty {
            buffered.removeFirst(try writeSome(buffered[...]))
        }
    }

    private func writeAll(_ bytes: ArraySlice<UInt8>) throws(StreamWriteError) {
        var rest = bytes
        while !rest.isEmpty { rest = rest.dropFirst(try writeSome(rest)) }
    }

    /// One `write(2)` of some of `bytes` (retried on EINTR, waiting on EAGAIN).
    private func writeSome(_ bytes: ArraySlice<UInt8>) throws(StreamWriteError) -> Int {
        while true {
            let result = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress!, $0.count) }
            if result >= 0 { return result }
            let code = errno
            if code == EINTR { continue }
            if code == EAGAIN {
                var poller = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                _ = poll(&poller, 1, -1)
                continue
            }
            throw StreamWriteError(code: code)
        }
    }
}
