/// One element of a basic index: `a[1, 2:5:-1, ..., None]`.
public enum IndexComponent: Hashable, Sendable {
    case integer(Int)
    /// `start:stop:step` with Python's defaults for the nil parts.
    case slice(start: Int?, stop: Int?, step: Int?)
    /// `...`: as many full slices as the other components leave.
    case ellipsis
    /// `None` / `np.newaxis`: a new axis of length 1.
    case newAxis

    /// `:`.
    public static let all = IndexComponent.slice(start: nil, stop: nil, step: nil)
}

/// Python's `slice.indices(length)`: the start, step and number of elements selected
/// (the interpreter slices lists, strings and ranges with it too).
public struct SliceBounds: Equatable, Sendable {
    public var start: Int
    public var step: Int
    public var count: Int

    public init(start: Int?, stop: Int?, step: Int?, length: Int) throws(TensorError) {
        let step = step ?? 1
        guard step != 0 else { throw TensorError(.valueError, "slice step cannot be zero") }
        func clamp(_ value: Int?, default fallback: Int) -> Int {
            guard var value else { return fallback }
            if value < 0 {
                value += length
                if value < 0 { value = step < 0 ? -1 : 0 }
            } else if value >= length {
                value = step < 0 ? length - 1 : length
            }
            return value
        }
        let lower = clamp(start, default: step < 0 ? length - 1 : 0)
        let upper = clamp(stop, default: step < 0 ? -1 : length)
        self.start = lower
        self.step = step
        // Magnitudes, so that a step of Int.min cannot overflow.
        if step > 0 {
            count = upper > lower ? Int(UInt(upper - lower - 1) / step.magnitude) + 1 : 0
        } else {
            count = lower > upper ? Int(UInt(lower - upper - 1) / step.magnitude) + 1 : 0
        }
    }
}
