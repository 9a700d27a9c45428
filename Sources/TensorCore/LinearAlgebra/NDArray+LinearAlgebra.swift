/// Matrix products with NumPy's shapes, broadcasting, result types and messages.
///
/// Products accumulate in the result's dtype in index order (integers wrap, as in NumPy's
/// own integer loops). NumPy hands float32 and float64 products to BLAS, whose summation
/// order is its own, so float results agree with NumPy's to rounding, not bit for bit.
/// A product of two vectors is a zero-dimensional array, where NumPy returns a scalar.
extension NDArray {
    private static let matmulSignature = "(n?,k),(k,m?)->(n?,m?)"

    /// `a @ b` (`np.matmul`): vectors are promoted to matrices and the extra axis removed
    /// again; leading axes broadcast as a stack of matrices.
    public static func matmul(_ a: NDArray, _ b: NDArray) throws(TensorError) -> NDArray {
        for (index, operand) in [a, b].enumerated() where operand.ndim == 0 {
            throw TensorError(
                .valueError,
                "matmul: Input operand \(index) does not have enough dimensions (has 0, gufunc core with signature \(matmulSignature) requires 1)")
        }
        let dtype = NumPyPromotion.resultType([a.dtype, b.dtype])
        let left = a.ndim == 1 ? try a.reshaped([1, a.shape[0]]) : a
        let right = b.ndim == 1 ? try b.reshaped([b.shape[0], 1]) : b
        let (n, k) = (left.shape[left.ndim - 2], left.shape[left.ndim - 1])
        let (k2, m) = (right.shape[right.ndim - 2], right.shape[right.ndim - 1])
        guard k == k2 else {
            throw TensorError(
                .valueError,
                "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature \(matmulSignature) (size \(k2) is different from \(k))")
        }
        let leftBatch = Array(left.shape.dropLast(2))
        let rightBatch = Array(right.shape.dropLast(2))
        guard let batch = try? Broadcasting.shape(leftBatch, rightBatch) else {
            let remapped = [(a, leftBatch), (b, rightBatch)].map { operand, batch in
                ShapeText.compact(operand.shape) + "->" + ShapeText.compact(batch + [-1, -1], ending: " ")
            }.joined()
            throw TensorError(
                .valueError,
                "operands could not be broadcast together with remapped shapes [original->remapped]: \(remapped) and requested shape \(ShapeText.compact([n, m]))")
        }
        let lhs = try left.astype(dtype, copy: false).broadcast(to: batch + [n, k], readOnly: false)
        let rhs = try right.astype(dtype, copy: false).broadcast(to: batch + [k, m], readOnly: false)
        let result = try NDArray(dtype: dtype, shape: batch + [n, m], zeroed: false)
        dtype.dispatchNumeric(MatrixProduct(left: lhs, right: rhs, result: result))
        var shape = batch
        if a.ndim > 1 { shape.append(n) }
        if b.ndim > 1 { shape.append(m) }
        return try result.reshaped(shape)
    }

    /// `np.dot(a, b)`: a scalar operand multiplies; two vectors give their inner product;
    /// otherwise the last axis of `a` meets the second-to-last of `b` (the last, for a vector).
    public static func dot(_ a: NDArray, _ b: NDArray) throws(TensorError) -> NDArray {
        if a.ndim == 0 || b.ndim == 0 { return try UFunc.multiply(.array(a), .array(b)) }
        let contracted = b.ndim == 1 ? 0 : b.ndim - 2
        guard a.shape[a.ndim - 1] == b.shape[contracted] else {
            throw notAligned(a, b, a.ndim - 1, contracted)
        }
        let movedRight = try b.movingAxes(from: [contracted], to: [0])
        return try contract(a, movedRight, resultShape: Array(a.shape.dropLast()) + Array(movedRight.shape.dropFirst()))
    }

    /// `np.inner(a, b)`: the last axes of both meet; the result has the others, `a`'s first.
    public static func inner(_ a: NDArray, _ b: NDArray) throws(TensorError) -> NDArray {
        if a.ndim == 0 || b.ndim == 0 { return try UFunc.multiply(.array(a), .array(b)) }
        guard a.shape[a.ndim - 1] == b.shape[b.ndim - 1] else { throw notAligned(a, b, a.ndim - 1, b.ndim - 1) }
        let movedRight = try b.movingAxes(from: [b.ndim - 1], to: [0])
        return try contract(a, movedRight, resultShape: Array(a.shape.dropLast()) + Array(b.shape.dropLast()))
    }

    /// `np.vdot(a, b)`: both flattened, then their inner product (a zero-dimensional array).
    public static func vdot(_ a: NDArray, _ b: NDArray) throws(TensorError) -> NDArray {
        let left = try a.reshaped([-1])
        let right = try b.reshaped([left.size])
        return try dot(left, right)
    }

    /// `np.outer(a, b)`: every product of an element of `a` (flattened) with one of `b`.
    public static func outer(_ a: NDArray, _ b: NDArray) throws(TensorError) -> NDArray {
        let column = try a.reshaped([-1, 1])
        let row = try b.reshaped([1, -1])
        return try UFunc.multiply(.array(column), .array(row))
    }

    /// `a` (…, k) times `b` moved to (k, …), as one matrix product, reshaped to `resultShape`.
    private static func contract(_ a: NDArray, _ b: NDArray, resultShape: [Int]) throws(TensorError) -> NDArray {
        let k = a.shape[a.ndim - 1]
        let left = try a.reshaped([-1, k])
        let right = try b.reshaped([k, -1])
        return try matmul(left, right).reshaped(resultShape)
    }

    private static func notAligned(_ a: NDArray, _ b: NDArray, _ axisA: Int, _ axisB: Int) -> TensorError {
        TensorError(
            .valueError,
            "shapes \(ShapeText.compact(a.shape)) and \(ShapeText.compact(b.shape)) not aligned: "
                + "\(a.shape[axisA]) (dim \(axisA)) != \(b.shape[axisB]) (dim \(axisB))")
    }
}

/// A stack of matrix products `result[..., i, j] = Σ_k left[..., i, k] · right[..., k, j]`,
/// accumulated in order of `k` from zero.
private struct MatrixProduct: NumericVisitor {
    let left: NDArray
    let right: NDArray
    let result: NDArray

    func visit<T: NumericKernels>(_ type: T.Type) {
        let rank = result.ndim
        let (n, m) = (result.shape[rank - 2], result.shape[rank - 1])
        let k = left.shape[rank - 1]
        let batchShape = Array(result.shape.dropLast(2))
        let (ls, rs, os) = (left.strides, right.strides, result.strides)
        let zero = T.cast(from: .signed(0))
        StridedLoop.forEach(
            shape: batchShape, strides: [Array(ls.dropLast(2)), Array(rs.dropLast(2)), Array(os.dropLast(2))],
            starts: [left.offset, right.offset, result.offset]
        ) { bases in
            for i in 0..<n {
                for j in 0..<m {
                    var sum = zero
                    for p in 0..<k {
                        let x = left.buffer.base.load(fromByteOffset: bases[0] + i * ls[rank - 2] + p * ls[rank - 1], as: T.self)
                        let y = right.buffer.base.load(fromByteOffset: bases[1] + p * rs[rank - 2] + j * rs[rank - 1], as: T.self)
                        sum = T.add(sum, T.multiply(x, y))
                    }
                    result.buffer.base.storeBytes(of: sum, toByteOffset: bases[2] + i * os[rank - 2] + j * os[rank - 1], as: T.self)
                }
            }
        }
    }
}
