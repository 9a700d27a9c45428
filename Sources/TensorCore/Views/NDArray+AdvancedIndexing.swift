/// An index component in full generality: a basic one, or an integer or boolean array.
public enum ArrayIndex: Sendable {
    case integer(Int)
    case slice(start: Int?, stop: Int?, step: Int?)
    case ellipsis
    case newAxis
    /// An integer array (advanced indexing) or a boolean mask.
    case array(NDArray)

    /// `:`.
    public static let all = ArrayIndex.slice(start: nil, stop: nil, step: nil)

    /// The basic component, when this is one.
    var basic: IndexComponent? {
        switch self {
        case .integer(let value): .integer(value)
        case .slice(let start, let stop, let step): .slice(start: start, stop: stop, step: step)
        case .ellipsis: .ellipsis
        case .newAxis: .newAxis
        case .array: nil
        }
    }
}

/// What an index selects: the result's shape and, for each result element in C order,
/// the byte offset of the source element.
struct IndexSelection {
    var shape: [Int]
    var offsets: [Int]
}

/// What to do with an index outside its axis: NumPy raises, JAX clamps reads and drops writes.
enum OutOfBounds {
    case raise, clamp, drop
}

extension NDArray {
    /// `a[index]`: a view for a basic index, a copy for an advanced one (integer arrays,
    /// boolean masks), with NumPy's rules for where the advanced dimensions go.
    public func value(at index: [ArrayIndex]) throws(TensorError) -> NDArray {
        let basic = index.compactMap(\.basic)
        if basic.count == index.count { return try view(at: basic) }
        let selection = try select(index)
        let result = try NDArray(dtype: dtype, shape: selection.shape, zeroed: false)
        copySelected(selection, into: result)
        return result
    }

    /// `a[index] = value`: through the view for a basic index; for an advanced one, each
    /// selected element in turn (a repeated index keeps the last value, as in NumPy).
    public func assign(_ value: Operand, at index: [ArrayIndex]) throws(TensorError) {
        let basic = index.compactMap(\.basic)
        if basic.count == index.count {
            switch value {
            case .array(let array): return try assign(array, at: basic)
            case .scalar(let scalar): return try assign(scalar, at: basic)
            }
        }
        guard isWriteable else { throw TensorError(.valueError, "assignment destination is read-only") }
        let selection = try select(index)
        let source = try valueArray(value, broadcastTo: selection.shape)
        for (position, offset) in zip(source.elementOffsets(), selection.offsets) {
            storeCast(source.loadCast(atByteOffset: position), atByteOffset: offset)
        }
    }

    /// The value of an assignment as an array of this dtype with the selection's shape.
    func valueArray(_ value: Operand, broadcastTo shape: [Int]) throws(TensorError) -> NDArray {
        switch value {
        case .scalar(let scalar):
            if case .float = scalar {} else { try NDArray.checkFits(scalar, in: dtype) }
            let single = try NDArray(dtype: dtype, shape: [], zeroed: false)
            single.storeCast(scalar.castValue, atByteOffset: 0)
            return try single.broadcast(to: shape, readOnly: false)
        case .array(let array):
            guard let combined = try? Broadcasting.shape(array.shape, shape), combined == shape else {
                throw TensorError(
                    .valueError,
                    "shape mismatch: value array of shape \(ShapeText.compact(array.shape)) could not be broadcast to indexing result of shape \(ShapeText.compact(shape))")
            }
            return try array.broadcast(to: shape, readOnly: false)
        }
    }

    private func copySelected(_ selection: IndexSelection, into result: NDArray) {
        for (index, offset) in selection.offsets.enumerated() {
            result.storeCast(loadCast(atByteOffset: offset), atByteOffset: index * itemSize)
        }
    }

    /// Resolves an index with at least one array component into the elements it selects.
    func select(_ index: [ArrayIndex], outOfBounds: OutOfBounds = .raise) throws(TensorError) -> IndexSelection {
        // Count the axes the index consumes; expand `...`.
        var consumed = 0
        for component in index {
            switch component {
            case .integer, .slice: consumed += 1
            case .array(let array): consumed += array.dtype == .bool ? Swift.max(array.ndim, 1) : 1
            case .ellipsis, .newAxis: break
            }
        }
        guard consumed <= ndim else {
            throw TensorError(.indexError, "too many indices for array: array is \(ndim)-dimensional, but \(consumed) were indexed")
        }
        guard index.filter({ if case .ellipsis = $0 { true } else { false } }).count <= 1 else {
            throw TensorError(.indexError, "an index can only have a single ellipsis ('...')")
        }
        // Each component keeps its position in the index as written: an `...`, even one that
        // stands for no axis, separates the advanced indices around it.
        var components: [(component: ArrayIndex, written: Int)] = []
        for (written, component) in index.enumerated() {
            if case .ellipsis = component {
                components += Array(repeating: (.all, written), count: ndim - consumed)
            } else {
                components.append((component, written))
            }
        }
        if !index.contains(where: { if case .ellipsis = $0 { true } else { false } }) {
            components += Array(repeating: (.all, index.count), count: ndim - consumed)
        }

        // Each component becomes a basic axis or an advanced integer array (integers count as
        // advanced once any array is present; masks become one integer array per axis).
        enum Part {
            case slice(axis: Int, bounds: SliceBounds)
            case newAxis
            /// `fromInteger` marks a Python integer turned into an index array.
            case advanced(axis: Int, indices: NDArray, fromInteger: Bool = false)
        }
        var parts: [Part] = []
        var writtenPositions: [Int] = []
        var integerChecks: [(value: Int, axis: Int)] = []
        var axis = 0
        for (component, written) in components {
            let partsBefore = parts.count
            defer { writtenPositions += Array(repeating: written, count: parts.count - partsBefore) }
            switch component {
            case .newAxis:
                parts.append(.newAxis)
            case .slice(let start, let stop, let step):
                parts.append(.slice(axis: axis, bounds: try SliceBounds(start: start, stop: stop, step: step, length: shape[axis])))
                axis += 1
            case .integer(let value):
                integerChecks.append((value, axis))
                parts.append(.advanced(axis: axis, indices: try NDArray(.scalar(.int(Int64(value)))), fromInteger: true))
                axis += 1
            case .array(let array) where array.dtype == .bool:
                if array.size == 0, array.ndim <= 1 {
                    parts.append(.advanced(axis: axis, indices: try NDArray.zeros([0], dtype: .int64)))
                    axis += 1
                    continue
                }
                for k in 0..<array.ndim where array.shape[k] != shape[axis + k] {
                    throw TensorError(
                        .indexError,
                        "boolean index did not match indexed array along axis \(axis + k); size of axis is \(shape[axis + k]) but size of corresponding boolean axis is \(array.shape[k])")
                }
                for (k, coordinates) in try array.nonzero().enumerated() {
                    parts.append(.advanced(axis: axis + k, indices: coordinates))
                }
                axis += Swift.max(array.ndim, 1)
            case .array(let array):
                guard array.dtype.isInteger else {
                    throw TensorError(.indexError, "arrays used as indices must be of integer (or boolean) type")
                }
                parts.append(.advanced(axis: axis, indices: array))
                axis += 1
            case .ellipsis:
                break
            }
        }

        // Broadcast the advanced arrays; decide where their dimensions go.
        // NumPy's order of checks: boolean shapes (above), then integers, then broadcasting the
        // index arrays, then each array's values.
        if outOfBounds == .raise {
            for (value, axis) in integerChecks where value < -shape[axis] || value >= shape[axis] {
                throw TensorError(.indexError, "index \(value) is out of bounds for axis \(axis) with size \(shape[axis])")
            }
        }
        var advancedPositions: [Int] = []
        var advancedArrays: [NDArray] = []
        var arrayShapes: [[Int]] = []
        for (position, part) in parts.enumerated() {
            if case .advanced(_, let indices, let fromInteger) = part {
                advancedPositions.append(position)
                advancedArrays.append(indices)
                if !fromInteger { arrayShapes.append(indices.shape) }
            }
        }
        let broadcastShape: [Int]
        do {
            broadcastShape = try Broadcasting.shape(of: advancedArrays.map(\.shape))
        } catch {
            // NumPy's message names the index arrays only, not integers among them.
            throw TensorError(
                .indexError,
                "shape mismatch: indexing arrays could not be broadcast together with shapes " + arrayShapes.map { ShapeText.compact($0, ending: " ") }.joined())
        }
        // Then NumPy checks each index array against its axis (before broadcasting it).
        if outOfBounds == .raise {
            for (position, array) in zip(advancedPositions, advancedArrays) {
                guard case .advanced(let axis, _, _) = parts[position] else { continue }
                let length = shape[axis]
                for case .signed(let value) in try array.astype(.int64, copy: false).elements where value < -Int64(length) || value >= Int64(length) {
                    throw TensorError(.indexError, "index \(value) is out of bounds for axis \(axis) with size \(length)")
                }
            }
        }
        let written = Array(Set(advancedPositions.map { writtenPositions[$0] })).sorted()
        let adjacent = written.isEmpty || written.last! - written.first! == written.count - 1
        let insertAt = adjacent ? (advancedPositions.first ?? 0) : 0

        // The resolved indices of each advanced part, per position of the broadcast block.
        let blockSize = broadcastShape.reduce(1, *)
        var advancedValues: [[Int]] = []
        for (position, array) in zip(advancedPositions, advancedArrays) {
            guard case .advanced(let axis, _, _) = parts[position] else { continue }
            let length = shape[axis]
            let stretched = try array.astype(.int64, copy: false).broadcast(to: broadcastShape, readOnly: true)
            var values: [Int] = []
            values.reserveCapacity(blockSize)
            for value in stretched.elements {
                guard case .signed(let raw) = value else { continue }
                var index = Int(raw)
                if index < -length || index >= length {
                    switch outOfBounds {
                    case .raise:
                        throw TensorError(.indexError, "index \(raw) is out of bounds for axis \(axis) with size \(length)")
                    case .clamp:
                        index = index < 0 ? 0 : Swift.max(length - 1, 0)
                    case .drop:
                        index = Int.min
                    }
                } else if index < 0 {
                    index += length
                }
                values.append(index)
            }
            advancedValues.append(values)
        }

        // The result's dimensions: basic ones in order, the advanced block at its place.
        enum Dimension {
            case basic(part: Int, length: Int)
            case block
        }
        var dimensions: [Dimension] = []
        for (position, part) in parts.enumerated() {
            if position == insertAt, !advancedPositions.isEmpty, adjacent { dimensions.append(.block) }
            switch part {
            case .slice(_, let bounds): dimensions.append(.basic(part: position, length: bounds.count))
            case .newAxis: dimensions.append(.basic(part: position, length: 1))
            case .advanced: break
            }
        }
        if !adjacent { dimensions.insert(.block, at: 0) }
        var resultShape: [Int] = []
        for dimension in dimensions {
            switch dimension {
            case .basic(_, let length): resultShape.append(length)
            case .block: resultShape += broadcastShape
            }
        }

        // Every result element's source offset, in C order.
        var offsets: [Int] = []
        offsets.reserveCapacity(resultShape.reduce(1, *))
        let total = resultShape.reduce(1, *)
        var counter = Array(repeating: 0, count: resultShape.count)
        for _ in 0..<total {
            var offset = self.offset
            var dropped = false
            var dimensionIndex = 0
            var blockPosition = 0
            for dimension in dimensions {
                switch dimension {
                case .basic(let part, _):
                    if case .slice(let axis, let bounds) = parts[part] {
                        offset += (bounds.start + counter[dimensionIndex] * bounds.step) * strides[axis]
                    }
                    dimensionIndex += 1
                case .block:
                    blockPosition = 0
                    for k in 0..<broadcastShape.count {
                        blockPosition = blockPosition * broadcastShape[k] + counter[dimensionIndex + k]
                    }
                    dimensionIndex += broadcastShape.count
                }
            }
            for (position, values) in zip(advancedPositions, advancedValues) {
                guard case .advanced(let axis, _, _) = parts[position] else { continue }
                let index = values[blockPosition]
                if index == Int.min { dropped = true } else { offset += index * strides[axis] }
            }
            offsets.append(dropped ? Int.min : offset)
            var k = resultShape.count - 1
            while k >= 0 {
                counter[k] += 1
                if counter[k] < resultShape[k] { break }
                counter[k] = 0
                k -= 1
            }
        }
        return IndexSelection(shape: resultShape, offsets: offsets)
    }

    /// `np.nonzero(a)`: for each axis, the int64 coordinates of the truthy elements in C order.
    public func nonzero() throws(TensorError) -> [NDArray] {
        guard ndim > 0 else {
            throw TensorError(
                .valueError,
                "Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.")
        }
        var coordinates = Array(repeating: [Int64](), count: ndim)
        var counter = Array(repeating: 0, count: ndim)
        for offset in elementOffsets() {
            if Bool.cast(from: loadCast(atByteOffset: offset)) {
                for axis in 0..<ndim { coordinates[axis].append(Int64(counter[axis])) }
            }
            var k = ndim - 1
            while k >= 0 {
                counter[k] += 1
                if counter[k] < shape[k] { break }
                counter[k] = 0
                k -= 1
            }
        }
        var result: [NDArray] = []
        for axisCoordinates in coordinates {
            result.append(try NDArray(.list(axisCoordinates.map { .scalar(.int($0)) }), dtype: .int64))
        }
        return result
    }

    /// `np.take(a, indices, axis)`: elements at integer positions along `axis` (of the
    /// flattened array when nil).
    public func take(_ indices: NDArray, axis: Int? = nil) throws(TensorError) -> NDArray {
        guard let axis else { return try raveled().value(at: [.array(indices)]) }
        let along = try normalizedAxis(axis, ndim: ndim)
        return try value(at: Array(repeating: .all, count: along) + [.array(indices)])
    }
}
