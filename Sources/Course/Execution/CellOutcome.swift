import Charts
import Interpreter

/// What running one cell produced and how it ended.
public struct CellOutcome: Sendable, Equatable {
    /// How a cell ended, for the run's summary and exit code.
    public enum Status: Sendable, Equatable {
        /// Ran without an exception (or raised the exception its `raises=` asked for).
        case passed
        /// Raised an exception, raised the wrong one, or did not raise the expected one.
        case failed
        /// Marked `skip`: shown, not run.
        case skipped
        /// An exercise whose answer is still the `...` placeholder.
        case toDo(exercise: String)
    }

    public var status: Status
    /// Printed text, then warnings, then the result or the error, in the order they came.
    public var outputs: [CellOutput]

    public init(status: Status, outputs: [CellOutput]) {
        self.status = status
        self.outputs = outputs
    }
}

/// One piece of a cell's output.
public enum CellOutput: Sendable, Equatable {
    /// Text the cell wrote to standard output or standard error (warnings, as Python's
    /// `warnings` module shows them, are standard error), unchanged: consecutive writes to
    /// one stream are one output, as Jupyter keeps them.
    case stream(StandardStream, String)
    /// The `repr` of the cell's last bare expression.
    case result(String)
    /// The error report (a traceback, or a syntax error with its caret).
    case error(String)
    /// A figure the cell drew, with the file name `savefig` gave it, if any.
    case figure(Figure, savedAs: String?)
    /// A note from the runner (a missing expected exception, a truncated output, an exercise to do).
    case note(String)
}
