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
        let raised = course_raised_floating_point_flags()
        var status: FloatingPointStatus = []
        if raised & FE_DIVBYZERO != 0 { status.insert(.divideByZero) }
        if raised & FE_OVERFLOW != 0 { status.insert(.overflow) }
        if raised & FE_INVALID != 0 { status.insert(.invalid) }
        return status
    }

    /// NumPy's warnings for these flags after the function named `name`, in NumPy's order.
    func emitWarnings(for name: String) {
        if contains(.divideByZero) { WarningLog.emit(TensorWarning("divide by zero encountered in \(name)")) }
        if contains(.overflow) { WarningLog.emit(TensorWarning("overflow encountered in \(name)")) }
        if contains(.invalid) { WarningLog.emit(TensorWarning("invalid value encountered in \(name)")) }
    }
}
