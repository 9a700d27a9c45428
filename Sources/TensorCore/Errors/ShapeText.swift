/// Shapes written the ways NumPy's messages write them.
enum ShapeText {
    /// A Python tuple: `(5, 9)`, `(5,)`, `()`.
    static func tuple(_ shape: [Int]) -> String {
        "(" + shape.map(String.init).joined(separator: ", ") + (shape.count == 1 ? ",)" : ")")
    }

    /// NumPy's `convert_shape_to_string`: no spaces, `ending` appended, negative lengths
    /// printed as `newaxis` and dropped when leading: `(5,9) `, `(5,) `, `(4,newaxis)`.
    static func compact(_ shape: [Int], ending: String = "") -> String {
        guard let first = shape.firstIndex(where: { $0 >= 0 }) else { return "()" + ending }
        var text = "(\(shape[first])"
        for length in shape[(first + 1)...] {
            text += length < 0 ? ",newaxis" : ",\(length)"
        }
        return text + (shape.count == 1 ? ",)" : ")") + ending
    }
}
