/// Work that depends on an array's element type, written once as a generic function
/// and run with the Swift type of a dtype: `dtype.dispatch(visitor)`.
public protocol DTypeVisitor {
    associatedtype Output
    func visit<Element: ArrayElement>(_ type: Element.Type) throws(TensorError) -> Output
}

extension DType {
    /// The Swift type that stores this dtype's elements.
    public var elementType: any ArrayElement.Type {
        switch self {
        case .bool: Bool.self
        case .int8: Int8.self
        case .int16: Int16.self
        case .int32: Int32.self
        case .int64: Int64.self
        case .uint8: UInt8.self
        case .uint16: UInt16.self
        case .uint32: UInt32.self
        case .uint64: UInt64.self
        case .float16: Float16.self
        case .float32: Float.self
        case .float64: Double.self
        }
    }

    /// Runs `visitor` with this dtype's element type.
    public func dispatch<V: DTypeVisitor>(_ visitor: V) throws(TensorError) -> V.Output {
        switch self {
        case .bool: try visitor.visit(Bool.self)
        case .int8: try visitor.visit(Int8.self)
        case .int16: try visitor.visit(Int16.self)
        case .int32: try visitor.visit(Int32.self)
        case .int64: try visitor.visit(Int64.self)
        case .uint8: try visitor.visit(UInt8.self)
        case .uint16: try visitor.visit(UInt16.self)
        case .uint32: try visitor.visit(UInt32.self)
        case .uint64: try visitor.visit(UInt64.self)
        case .float16: try visitor.visit(Float16.self)
        case .float32: try visitor.visit(Float.self)
        case .float64: try visitor.visit(Double.self)
        }
    }
}
