extension CaseIterable {
    /// The case's position in `allCases`, read without hashing: an enum without payloads and
    /// with fewer than 256 cases is stored as one byte, its case's index in declaration order
    /// (which is `allCases`' order). Tests check this for every `UFunc` and `DType`.
    var ordinal: Int {
        precondition(MemoryLayout<Self>.size == 1, "ordinal needs a one-byte enum")
        return withUnsafeBytes(of: self) { Int($0[0]) }
    }
}
