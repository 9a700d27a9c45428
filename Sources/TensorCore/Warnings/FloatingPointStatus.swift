import CFloatingPointFlags

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The processor's floating-point exception flags, which NumPy reads after each loop to
/// decide its warnings ("divide by zero", "overflow", "invalid value"). Underflow is
/// ignored, as in NumPy's default error state.
struct FloatingPointStatus: OptionSet {
    let rawValue: Int
    static let divideByZero = FloatingPointStatus(rawValue: 1)
    static let overflow = FloatingPointStatus(rawValue: 2)
    static let invalid = FloatingPointStatus(rawValue: 4)

    static func clear() {
        course_clear_floating_point_flags()
    }

    /// The flags raised since the last `clear()`.
    static func read() -> FloatingPointStatus {
        status(course_raised_floating_point_flags())
    }

    /// The flags raised since the last `clear()`, which are cleared when any is set: a
    /// single read of the flags when none is.
    static func take() -> FloatingPointStatus {
        status(course_take_floating_point_flags())
    }

    private static func status(_ raised: Int32) -> FloatingPointStatus {
        var status: FloatingPointStatus = []
        if raised & FE_DIVBYZERO != 0 { status.insert(.divideByZero) }
        if raised & FE_OVERFLOW != 0 { status.insert(.overflow) }
        if raised & FE_INVALID != 0 { status.insert(.invalid) }
        return status
    }

    /// Raises `status`'s flags, as an operation that raised them would: integer loops have
    /// no hardware flags, so NumPy sets them by hand for integer division by zero and
    /// overflow, and flags gathered from worker threads are raised on the caller's.
    static func raise(_ status: FloatingPointStatus) {
        var flags: Int32 = 0
        if status.contains(.divideByZero) { flags |= FE_DIVBYZERO }
        if status.contains(.overflow) { flags |= FE_OVERFLOW }
        if status.contains(.invalid) { flags |= FE_INVALID }
        if flags != 0 { course_raise_floating_point_flags(flags) }
    }

    /// NumPy's warnings for these flags after the function named `name`, in NumPy's order.
    /// The name is only built when there is something to say.
    func emitWarnings(for name: @autoclosure () -> String) {
        guard !isEmpty else { return }
        let name = name()
        if contains(.divideByZero) { WarningLog.emit(TensorWarning("divide by zero encountered in \(name)")) }
        if contains(.overflow) { WarningLog.emit(TensorWarning("overflow encountered in \(name)")) }
        if contains(.invalid) { WarningLog.emit(TensorWarning("invalid value encountered in \(name)")) }
    }
}
