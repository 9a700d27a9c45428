import Notebook

extension Cell {
    /// The name outputs of this cell are filed under: its `id`, its exercise, or
    /// `cell-LINE` from its fence line.
    var outputName: String {
        attributes.id ?? attributes.exercise ?? "cell-\(fenceLine)"
    }
}
