/// A warning NumPy would issue, such as `RuntimeWarning: divide by zero encountered in
/// divide`. TensorCore never prints: it hands warnings to the `WarningLog` in effect, and
/// the caller decides how to show them.
public struct TensorWarning: Hashable, Sendable, CustomStringConvertible {
    /// The Python warning class: `RuntimeWarning`, `DeprecationWarning`, `FutureWarning`.
    public var category: String
    public var message: String

    public init(category: String = "RuntimeWarning", _ message: String) {
        self.category = category
        self.message = message
    }

    /// `RuntimeWarning: message`, as Python prints it after the location.
    public var description: String { "\(category): \(message)" }
}

/// Collects the warnings raised while it is bound with `WarningLog.$current.withValue(log) { … }`.
/// Without a bound log, warnings go to `WarningLog.unhandled`.
public final class WarningLog: @unchecked Sendable {
    private let storage = LockedValue<[TensorWarning]>([])

    public init() {}

    /// The log in effect for the current task or thread.
    @TaskLocal public static var current: WarningLog?

    /// Where warnings go when no log is bound.
    public static let unhandled = WarningLog()

    /// Every warning recorded so far, in order.
    public var warnings: [TensorWarning] { storage.value }

    /// Records a warning in the current log.
    public static func emit(_ warning: TensorWarning) {
        let log = current ?? unhandled
        log.storage.value = log.storage.value + [warning]
    }

    /// Runs `body` with a fresh log bound, and returns its value with the warnings it raised
    /// (which do not reach the enclosing log).
    public static func collecting<Value>(
        _ body: () throws(TensorError) -> Value
    ) throws(TensorError) -> (value: Value, warnings: [TensorWarning]) {
        let log = WarningLog()
        let result: Result<Value, TensorError> = $current.withValue(log) {
            do throws(TensorError) { return .success(try body()) } catch { return .failure(error) }
        }
        return (try result.get(), log.warnings)
    }

    /// Returns the recorded warnings and forgets them.
    public func drain() -> [TensorWarning] {
        let drained = storage.value
        storage.value = []
        return drained
    }
}
