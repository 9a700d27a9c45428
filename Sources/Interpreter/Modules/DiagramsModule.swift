import Charts
import TensorCore

/// `from course import diagrams`: the course's own drawings, shown as a cell's figure
/// (drawn in the terminal, written as SVG) like a `matplotlib` figure after `plt.show()`.
/// - `diagrams.memory(value, name=None)`: a list (of lists) as separate objects with their
///   real addresses, or an array as its one buffer with its strides;
/// - `diagrams.broadcast(*operands, names=None)`: shapes (tuples, or arrays' shapes) lined
///   up as broadcasting lines them up, with grids of stored and repeated elements.
enum DiagramsModule {
    static func make(_ runtime: Runtime) -> ModuleObject {
        let module = ModuleObject(name: "course.diagrams", attributes: [:])
        module.define("memory") { [unowned runtime] arguments throws(PythonError) in
            try arguments.allowOnly(["name"], function: "memory")
            try arguments.expectCount(1...1, "memory")
            let name = try arguments.keyword("name").flatMap { value throws(PythonError) in value.isNoneValue ? nil : try value.str() }
            runtime.display(Figure(diagram: try memory(arguments.positional[0], name: name)), nil)
            return .none
        }
        module.define("broadcast") { [unowned runtime] arguments throws(PythonError) in
            try arguments.allowOnly(["names"], function: "broadcast")
            guard !arguments.positional.isEmpty else { throw .typeError("broadcast() needs at least one shape or array") }
            var shapes: [[Int]] = []
            for operand in arguments.positional {
                switch operand {
                case .object(let array as ArrayObject): shapes.append(array.array.shape)
                case .object(let array as JaxArrayObject): shapes.append(array.array.shape)
                default:
                    let shape = try NumPyBridge.shape(operand)
                    guard shape.allSatisfy({ $0 >= 0 }) else { throw .valueError("a shape cannot have negative lengths: \(try operand.repr())") }
                    shapes.append(shape)
                }
            }
            var names = shapes.indices.map { String(UnicodeScalar(UInt8(97 + $0 % 26))) }
            if let given = arguments.keyword("names"), !given.isNoneValue {
                names = try Iteration.values(given).map { value throws(PythonError) in try value.str() }
                guard names.count == shapes.count else {
                    throw .valueError("broadcast() got \(shapes.count) operands but \(names.count) names")
                }
            }
            runtime.display(Figure(diagram: BroadcastDiagram.make(names: names, shapes: shapes)), nil)
            return .none
        }
        return module
    }

    /// The memory diagram of a list or an array.
    static func memory(_ value: Value, name: String?) throws(PythonError) -> Diagram {
        switch value {
        case .object(let list as ListObject):
            var slots: [MemoryLayoutDiagram.Slot] = []
            for item in list.items {
                if case .object(let inner as ListObject) = item {
                    slots.append(.list(address: address(inner), values: try inner.items.prefix(8).map { item throws(PythonError) in try item.repr() }))
                } else {
                    slots.append(.value(try item.repr()))
                }
            }
            return MemoryLayoutDiagram.list(named: name ?? "list", address: address(list), slots: slots)
        case .object(let object as ArrayObject):
            let array = object.array
            var values: [String] = []
            if array.size <= 256 {
                values = try flattened(ArrayObject.toList(array)).map { item throws(PythonError) in try item.repr() }
            }
            return MemoryLayoutDiagram.array(
                named: name ?? "array", address: UInt(bitPattern: array.address), dtype: array.dtype.name,
                itemSize: array.itemSize, shape: array.shape, strides: array.strides, values: values)
        default:
            throw .typeError("memory() draws a list or a NumPy array, not '\(value.typeName)'")
        }
    }

    /// The object's address, as `id()` gives it.
    private static func address(_ object: PyObject) -> UInt {
        UInt(bitPattern: Builtins.identity(.object(object)))
    }

    private static func flattened(_ value: Value) -> [Value] {
        guard case .object(let list as ListObject) = value else { return [value] }
        return list.items.flatMap(flattened)
    }
}
