extension UFunc {
    /// `callAsFunction` for operands the caller hands over rather than lends: NumPy's
    /// temporary elision. When an array operand is the only holder of its memory (no other
    /// array, view or variable refers to it), owns that memory, may be written, and already
    /// has the result's dtype and shape, the result is written into it instead of into new
    /// memory. Values, dtype, shape, warnings and errors are exactly `callAsFunction`'s; only
    /// where the result lives differs, and nobody can tell, since nothing else held it.
    ///
    /// ```swift
    /// let twoX = try UFunc.multiply(.scalar(2), .array(x))
    /// let twoXY = try UFunc.multiply.consuming(.array(consume twoX), .array(y))  // in twoX's memory
    /// ```
    ///
    /// An array the caller still holds is never written: holding it makes it shared.
    public func consuming(_ first: consuming Operand, _ second: consuming Operand) throws(TensorError) -> NDArray {
        guard arity == 2 else { return try apply([first, second]) }
        // The common small call leaves at once, without taking the operands apart.
        guard Self.isWorthReusing(first) || Self.isWorthReusing(second) else { return try self(first, second) }
        var recipient = Self.takeIfDisposable(&first, beside: second)
        if recipient == nil { recipient = Self.takeIfDisposable(&second, beside: first) }
        if let result = try applyContiguous(first, second, into: recipient) { return result }
        return try applyBroadcasting([first, second], out: nil, casting: .sameKind, recipient: recipient)
    }

    /// `consuming` for two arrays, without wrapping them in operands.
    public func consuming(_ first: consuming NDArray, _ second: consuming NDArray) throws(TensorError) -> NDArray {
        guard arity == 2 else { return try apply([.array(first), .array(second)]) }
        let recipient: NDArray? = if Self.isDisposable(&first, beside: second.size) {
            first
        } else if Self.isDisposable(&second, beside: first.size) {
            second
        } else {
            nil
        }
        guard recipient != nil else { return try self(first, second) }
        if let result = try applyContiguous(first, second, into: recipient) { return result }
        return try applyBroadcasting([.array(first), .array(second)], out: nil, casting: .sameKind, recipient: recipient)
    }

    /// `consuming` for a function of one operand.
    public func consuming(_ operand: consuming Operand) throws(TensorError) -> NDArray {
        guard arity == 1 else { return try apply([operand]) }
        guard Self.isWorthReusing(operand) else { return try self(operand) }
        let recipient = Self.takeIfDisposable(&operand, beside: nil)
        if let result = try applyContiguous(operand, nil, into: recipient) { return result }
        return try applyBroadcasting([operand], out: nil, casting: .sameKind, recipient: recipient)
    }

    /// Arrays smaller than this are not reused: their memory comes with the array object
    /// (`ArrayBuffer` keeps small buffers inline), and handing them over saves less than it
    /// costs (measured: eager `2*x*y + 3*y + 1` at 2^10 took 0.72 µs without elision, 1.0 µs
    /// with it). NumPy elides from 256 KiB, for its own costs.
    static let minimumReusedBytes = BufferPool.minimumPooledBytes

    /// Whether `operand` is an array large enough for its memory to be worth reusing.
    private static func isWorthReusing(_ operand: Operand) -> Bool {
        if case .array(let array) = operand { array.byteCount >= minimumReusedBytes } else { false }
    }

    /// The array in `operand` when its memory may take the result (see `isDisposable`), the
    /// other operand being `other`. The operand is left as it was.
    private static func takeIfDisposable(_ operand: inout Operand, beside other: Operand?) -> NDArray? {
        guard case .array(var array) = operand else { return nil }
        let otherSize = if case .array(let otherArray)? = other { otherArray.size } else { 0 }
        // The operand lets go of the array while its buffer's references are counted, so
        // that the count sees only this copy and whatever holds the array outside the call.
        operand = .scalar(.bool(false))
        defer { operand = .array(array) }
        return isDisposable(&array, beside: otherSize) ? array : nil
    }

    /// Whether `array` may take the result: at least `minimumReusedBytes`, not fewer elements
    /// than the other operand's `otherSize` (it could never hold the broadcast result, and
    /// the other one might), nothing but this copy refers to its buffer, it owns the buffer,
    /// may write to it, and is not zero-dimensional. Dtype and shape are checked once the
    /// call has resolved them.
    private static func isDisposable(_ array: inout NDArray, beside otherSize: Int) -> Bool {
        array.byteCount >= minimumReusedBytes && array.size >= otherSize
            && array.isWriteable && !array.warnsOnWrite && array.layout.owner == nil && array.ndim > 0
            && isKnownUniquelyReferenced(&array.buffer)
    }
}
