import TensorCore
@_spi(Fusion) import TensorCore

/// The position of a node in a graph; operands always come before their users.
public struct NodeID: Hashable, Comparable, Sendable {
    public let index: Int

    public static func < (a: NodeID, b: NodeID) -> Bool { a.index < b.index }
}

/// The type of a traced value: what JAX calls an abstract value (`f32[1024]`, weak or not).
public struct ValueType: Hashable, Sendable, CustomStringConvertible {
    public var dtype: DType
    public var shape: [Int]
    public var isWeak: Bool

    public init(dtype: DType, shape: [Int], isWeak: Bool = false) {
        self.dtype = dtype
        self.shape = shape
        self.isWeak = isWeak
    }

    /// The number of elements.
    public var size: Int { shape.reduce(1, *) }

    /// `f32[3,4]`, as a jaxpr writes it.
    public var description: String {
        "\(dtype.shortName)[\(shape.map(String.init).joined(separator: ","))]"
    }
}

/// A constant in a graph: an array captured by the traced function, or a Python scalar
/// converted to the type of the operation that uses it. Two constants are the same when
/// their dtype, shape and bytes are.
public struct Constant: Hashable, Sendable {
    public let array: NDArray
    private let bytes: [UInt8]

    init(_ array: NDArray) {
        let contiguous = (try? array.ascontiguousarray()) ?? array
        self.array = array
        let pointer = UnsafeRawBufferPointer(start: contiguous.buffer.base + contiguous.offset, count: contiguous.byteCount)
        bytes = Array(pointer)
    }

    public static func == (a: Constant, b: Constant) -> Bool {
        a.array.dtype == b.array.dtype && a.array.shape == b.array.shape && a.bytes == b.bytes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(array.dtype)
        hasher.combine(array.shape)
        hasher.combine(bytes)
    }
}

/// What a node computes from its operands.
public enum Operation: Hashable, Sendable {
    /// The function's argument at this position.
    case parameter(Int)
    /// A value known when tracing.
    case constant(Constant)
    /// An elementwise function; the operands already have the loop type.
    case elementwise(UFunc, signature: CallSignature)
    /// `convert_element_type` to the node's dtype.
    case convert
    /// `broadcast_in_dim` to the node's shape (operand axes at `dimensions`).
    case broadcast(dimensions: [Int])
    /// A reduction over `axes` (sorted), keeping them as length 1 when `keepdims`.
    case reduce(Reduction, axes: [Int], keepdims: Bool)

    /// Whether a fused loop can compute the node element by element.
    var isElementwise: Bool {
        switch self {
        case .elementwise, .convert, .broadcast: true
        default: false
        }
    }
}

/// One operation of a graph with its operands and the type of its result.
public struct Node: Hashable, Sendable {
    public var operation: Operation
    public var operands: [NodeID]
    public var type: ValueType
}

extension DType {
    /// The short name a jaxpr gives the dtype (`f32`, `i32`, `bool`).
    var shortName: String {
        switch self {
        case .bool: "bool"
        case .int8: "i8"
        case .int16: "i16"
        case .int32: "i32"
        case .int64: "i64"
        case .uint8: "u8"
        case .uint16: "u16"
        case .uint32: "u32"
        case .uint64: "u64"
        case .float16: "f16"
        case .float32: "f32"
        case .float64: "f64"
        }
    }
}
