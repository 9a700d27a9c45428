extension NDArray {
    /// `np.may_share_memory`: whether the byte ranges the two arrays span overlap
    /// (a quick test that may say yes for interleaved views that touch no common byte).
    public func mayShareMemory(with other: NDArray) -> Bool {
        guard buffer === other.buffer, size > 0, other.size > 0 else { return false }
        let (low, high) = byteExtent
        let (otherLow, otherHigh) = other.byteExtent
        return low < otherHigh && otherLow < high
    }

    /// `np.shares_memory`: whether some byte belongs to an element of both arrays,
    /// decided exactly by comparing the elements' byte ranges.
    public func sharesMemory(with other: NDArray) -> Bool {
        guard mayShareMemory(with: other) else { return false }
        let starts = elementByteOffsets.sorted()
        let width = itemSize
        for start in other.elementByteOffsets {
            let end = start + other.itemSize
            // The last element of `self` that starts before `end` is the only candidate.
            var low = 0
            var high = starts.count
            while low < high {
                let middle = (low + high) / 2
                if starts[middle] < end { low = middle + 1 } else { high = middle }
            }
            if low > 0, starts[low - 1] + width > start { return true }
        }
        return false
    }

    /// The first and one-past-the-last byte offsets, within the buffer, of the elements.
    private var byteExtent: (Int, Int) {
        var low = offset
        var high = offset
        for (length, stride) in zip(shape, strides) where length > 1 {
            if stride < 0 { low += (length - 1) * stride } else { high += (length - 1) * stride }
        }
        return (low, high + itemSize)
    }

    /// The byte offset of every element within the buffer.
    private var elementByteOffsets: [Int] {
        var offsets = [offset]
        for (length, stride) in zip(shape, strides) {
            offsets = offsets.flatMap { base in (0..<length).map { base + $0 * stride } }
        }
        return offsets
    }
}
