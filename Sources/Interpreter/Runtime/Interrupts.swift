import Synchronization

/// Ctrl-C. The embedder's SIGINT handler calls `Interpreter.requestInterrupt()`; the running
/// program raises `KeyboardInterrupt` at its next check (loop iterations and calls, and
/// during `time.sleep`), as CPython does between bytecodes.
enum Interrupts {
    /// Set from a signal handler, so an atomic (a lock-free store is safe there).
    static let pending = Atomic<Bool>(false)

    /// Takes a pending interrupt: KeyboardInterrupt if one was requested.
    static func raiseIfPending() throws(PythonError) {
        if pending.load(ordering: .relaxed), pending.exchange(false, ordering: .relaxed) {
            throw PythonError(ExceptionObject(ExceptionTypes.keyboardInterrupt, []))
        }
    }
}

extension Interpreter {
    /// Asks the running program to stop with `KeyboardInterrupt`, as Ctrl-C does; safe to
    /// call from a signal handler.
    public static func requestInterrupt() {
        Interrupts.pending.store(true, ordering: .relaxed)
    }
}
