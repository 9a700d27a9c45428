extension NDArray {
    /// `repr(a)`, byte for byte as NumPy 2.4 prints it: `array([1., 2.])`,
    /// `array([1, 2], dtype=int32)`, `array([], shape=(0, 3), dtype=float64)`, and
    /// `shape=(…)` after a summarised array.
    public func repr(options: PrintOptions = .shared) -> String {
        let prefix = "array("
        let body = ArrayTextLayout(array: self, options: options, separator: ", ").text(prefix: prefix, suffixLength: 1)
        var extras: [String] = []
        if (size == 0 && shape != [0]) || size > options.threshold {
            extras.append("shape=\(ShapeText.tuple(shape))")
        }
        if !Self.impliedDTypes.contains(dtype) || size == 0 {
            extras.append("dtype=\(dtype.name)")
        }
        if extras.isEmpty { return prefix + body + ")" }
        let text = prefix + body + ","
        let extraText = extras.joined(separator: ", ") + ")"
        let lastLineLength = text.count - ((text.lastIndex(of: "\n").map { text.distance(from: text.startIndex, to: $0) } ?? -1) + 1)
        let spacer = lastLineLength + extraText.count + 1 > options.lineWidth ? "\n" + String(repeating: " ", count: prefix.count) : " "
        return text + spacer + extraText
    }

    /// `str(a)`: `[1. 2.]`; a zero-dimensional array prints as its scalar does (`3.0`).
    public func str(options: PrintOptions = .shared) -> String {
        if ndim == 0 { return ScalarText.str(loadCast(atByteOffset: offset), dtype: dtype) }
        return ArrayTextLayout(array: self, options: options, separator: " ").text(prefix: "", suffixLength: 0)
    }

    /// `repr` of a JAX array: `Array([1., 2.], dtype=float32)`, with `weak_type=True` for a
    /// weakly typed value. As JAX does: NumPy's layout for the elements, the dtype always
    /// shown, `[], shape=…` for an empty array and no `shape=` for a summarised one.
    public func jaxRepr(weakType: Bool = false, options: PrintOptions = .shared) -> String {
        let prefix = "Array("
        let dtypeText = "dtype=\(dtype.name)" + (weakType ? ", weak_type=True" : "")
        let body = size == 0
            ? "[], shape=\(ShapeText.tuple(shape))"
            : ArrayTextLayout(array: self, options: options, separator: ", ").text(prefix: prefix, suffixLength: 1)
        // JAX measures the last line as `len(s) - s.rfind('\n') + 1`, two more than its length.
        let lastNewline = body.lastIndex(of: "\n").map { body.distance(from: body.startIndex, to: $0) } ?? -1
        let lastLineLength = body.count - lastNewline + 1
        let separator = lastLineLength + dtypeText.count + 2 > options.lineWidth ? String(repeating: " ", count: prefix.count) : " "
        return prefix + body + "," + separator + dtypeText + ")"
    }

    /// The dtypes `repr` leaves out because the elements imply them.
    static let impliedDTypes: Set<DType> = [.int64, .float64, .bool]
}

/// NumPy scalars as `str` and `repr` show them: `0.1` and `np.float64(0.1)`, `True` and
/// `np.True_`, `0.33333334` for a float32.
public enum ScalarText {
    public static func str(_ value: CastValue, dtype: DType) -> String {
        switch value {
        case .bool(let b): return b ? "True" : "False"
        case .signed(let v): return String(v)
        case .unsigned(let v): return String(v)
        case .floating(let d):
            return FloatDigits.pythonRepr(d, dtype: dtype)
        }
    }

    public static func repr(_ value: CastValue, dtype: DType) -> String {
        if case .bool(let b) = value { return b ? "np.True_" : "np.False_" }
        return "np.\(dtype.name)(\(str(value, dtype: dtype)))"
    }
}
