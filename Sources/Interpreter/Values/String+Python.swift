/// Python's `str` is a sequence of code points; Swift's `String` is one of grapheme
/// clusters compared by canonical equivalence. These are the str operations the
/// interpreter needs, on code points: `len("e\u{301}")` is 2 and `"\r\n"` is two characters,
/// as in Python, and a precomposed `é` never equals `e` with a combining accent.
extension String {
    /// The code points.
    var scalarArray: [Unicode.Scalar] { Array(unicodeScalars) }

    /// `len(s)`.
    var pythonLength: Int { unicodeScalars.count }

    /// Python's `==`: the same code points (compared as UTF-8 bytes).
    func pythonEquals(_ other: String) -> Bool {
        utf8.elementsEqual(other.utf8)
    }

    init(scalars: some Sequence<Unicode.Scalar>) {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        self.init(view)
    }
}

/// Searching code points.
enum ScalarSearch {
    /// The first (or, from the end, the last) position of `needle` in `haystack[start..<end]`.
    static func find(
        _ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], start: Int = 0, end: Int? = nil, fromEnd: Bool = false
    ) -> Int? {
        let end = min(end ?? haystack.count, haystack.count)
        let start = max(start, 0)
        guard end - start >= needle.count else { return nil }
        let positions = start...(end - needle.count)
        func matches(_ position: Int) -> Bool {
            var index = 0
            while index < needle.count {
                if haystack[position + index] != needle[index] { return false }
                index += 1
            }
            return true
        }
        if fromEnd {
            for position in positions.reversed() where matches(position) { return position }
        } else {
            for position in positions where matches(position) { return position }
        }
        return nil
    }

    /// How many times `needle` occurs in `haystack[start..<end]` without overlapping (an
    /// empty needle: once more than there are code points).
    static func count(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], start: Int = 0, end: Int? = nil) -> Int {
        let end = min(end ?? haystack.count, haystack.count)
        guard start <= end else { return 0 }
        if needle.isEmpty { return end - start + 1 }
        var total = 0
        var position = start
        while let found = find(needle, in: haystack, start: position, end: end) {
            total += 1
            position = found + needle.count
        }
        return total
    }

    /// Python's slice bounds for `start`/`end` arguments of `find`, `count`, `startswith`:
    /// negative from the end, clamped.
    static func bounds(_ arguments: Arguments, from index: Int, count: Int) throws(PythonError) -> (start: Int, end: Int) {
        func bound(_ position: Int, _ fallback: Int) throws(PythonError) -> Int {
            guard position < arguments.positional.count, !arguments.positional[position].isNoneValue else { return fallback }
            guard let value = try Operators.index(arguments.positional[position], for: "slice") else {
                throw .typeError("slice indices must be integers or None or have an __index__ method")
            }
            return value < 0 ? max(value + count, 0) : min(value, count)
        }
        return (try bound(index, 0), try bound(index + 1, count))
    }
}
