import Fusion
import TensorCore

/// The bytes of an array's elements in C order.
func elementBytes(_ array: NDArray) -> [UInt8] {
    let contiguous = try! array.ascontiguousarray()
    let count = array.ndim == 0 ? array.itemSize : contiguous.byteCount
    return Array(UnsafeRawBufferPointer(start: contiguous.buffer.base + contiguous.offset, count: count))
}

/// A random array of `dtype`: normals scaled by 10 (so integers get both signs and zeros),
/// with a few exact zeros, ones and -1s.
func randomArray(_ shape: [Int], dtype: DType, random: RandomState) throws -> NDArray {
    let values = try random.standardNormal(shape)
    let scaled = try UFunc.multiply(.array(values), .scalar(.float(dtype == .bool ? 1 : 10)))
    let special = try random.randint(0, 8, shape)
    let zeroes = try UFunc.equal(.array(special), .scalar(0))
    let adjusted = try NDArray.where(.array(zeroes), .scalar(.float(0)), .array(scaled))
    let rounded = dtype.isFloatingPoint ? adjusted : try UFunc.rint(.array(adjusted))
    return try rounded.astype(dtype)
}
