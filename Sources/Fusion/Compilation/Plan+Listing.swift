import TensorCore
@_spi(Fusion) import TensorCore

extension Plan {
    /// The plan as text: the optimized graph in `jax.make_jaxpr`'s notation, then the
    /// stages that compute it (which operations each fused loop runs, which run eagerly).
    ///
    /// ```
    /// { lambda ; a:f32[1024] b:f32[1024]. let
    ///     c:f32[1024] = mul 2.0:f32[] a
    ///     ...
    ///   in (g,) }
    /// fused loops: 1, eager operations: 0
    ///   loop 1: g:f32[1024] = fused[mul, mul, mul, add, add](a, b)
    /// ```
    public var listing: String {
        var names: [NodeID: String] = [:]
        var counter = 0
        func name(_ id: NodeID) -> String {
            if let existing = names[id] { return existing }
            let fresh = Self.variableName(counter)
            counter += 1
            names[id] = fresh
            return fresh
        }
        func reference(_ id: NodeID) -> String {
            let node = graph[id]
            if case .constant(let constant) = node.operation, constant.array.ndim == 0 {
                return "\(Self.literal(constant.array)):\(node.type)"
            }
            return name(id)
        }
        let constants = graph.nodes.indices.map { NodeID(index: $0) }.filter {
            if case .constant(let constant) = graph[$0].operation { return constant.array.ndim > 0 }
            return false
        }
        let parameters = graph.nodes.indices.map { NodeID(index: $0) }.filter { graph[$0].isParameter }
        var lines: [String] = []
        let constantList = constants.map { "\(name($0)):\(graph[$0].type)" }.joined(separator: " ")
        let parameterList = parameters.map { "\(name($0)):\(graph[$0].type)" }.joined(separator: " ")
        lines.append("{ lambda \(constantList.isEmpty ? "" : constantList); \(parameterList). let")
        for (index, node) in graph.nodes.enumerated() where !node.isParameter && !node.isConstant {
            let id = NodeID(index: index)
            let operands = node.operands.map(reference).joined(separator: " ")
            lines.append("    \(name(id)):\(node.type) = \(Self.primitive(node))\(operands.isEmpty ? "" : " " + operands)")
        }
        let outputs = graph.outputs.map(reference)
        lines.append("  in (\(outputs.joined(separator: ", "))\(outputs.count == 1 ? "," : "")) }")
        lines.append("fused loops: \(fusedLoopCount), eager operations: \(eagerNodeCount)")
        var loopNumber = 0
        for stage in stages {
            switch stage {
            case .loop(let loop, let id), .sum(let loop, let id):
                loopNumber += 1
                var operations = loop.steps.map { step -> String in
                    guard case .chain(_, let first, let second, let third) = step.kind else { return Self.primitive(graph[step.node]) }
                    let links = [second, third].compactMap { $0 }.map { Self.chainName($0.operation) }
                    return "chain(" + ([Self.chainName(first)] + links).joined(separator: " ") + ")"
                }
                if case .sum = stage { operations.append("reduce_sum") }
                let leaves = loop.leaves.map(reference).joined(separator: ", ")
                lines.append("  loop \(loopNumber): \(name(id)):\(graph[id].type) = fused[\(operations.joined(separator: ", "))](\(leaves))")
            case .eager(let id):
                let node = graph[id]
                lines.append("  eager: \(name(id)):\(node.type) = \(Self.primitive(node)) \(node.operands.map(reference).joined(separator: " "))")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// A chain operation's primitive name.
    static func chainName(_ operation: ArithmeticChain.Operation) -> String {
        switch operation {
        case .add: "add"
        case .subtract: "sub"
        case .multiply: "mul"
        case .divide: "div"
        }
    }

    /// JAX's variable names: a … z, then ba, bb, … (base 26 with letters for digits).
    static func variableName(_ index: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var digits: [Character] = []
        var rest = index
        repeat {
            digits.append(letters[rest % 26])
            rest /= 26
        } while rest > 0
        return String(digits.reversed())
    }

    /// A 0-d constant as a jaxpr literal: `2.0`, `1`, `True`.
    static func literal(_ array: NDArray) -> String {
        guard let value = try? array.item() else { return "?" }
        switch value {
        case .bool(let flag): return flag ? "True" : "False"
        case .signed(let integer): return String(integer)
        case .unsigned(let integer): return String(integer)
        case .floating(let double):
            if double.isNaN { return "nan" }
            if double.isInfinite { return double < 0 ? "-inf" : "inf" }
            return "\(double)"
        }
    }

    /// The primitive a jaxpr names for the node, with its parameters.
    static func primitive(_ node: Node) -> String {
        switch node.operation {
        case .parameter, .constant:
            return ""
        case .convert:
            return "convert_element_type[new_dtype=\(node.type.dtype.name) weak_type=\(node.type.isWeak ? "True" : "False")]"
        case .broadcast(let dimensions):
            return "broadcast_in_dim[broadcast_dimensions=\(tuple(dimensions))]"
        case .reduce(let reduction, let axes, _):
            let name = switch reduction {
            case .add: "reduce_sum"
            case .multiply: "reduce_prod"
            case .maximum: "reduce_max"
            case .minimum: "reduce_min"
            case .logicalAnd: "reduce_and"
            case .logicalOr: "reduce_or"
            }
            // JAX 0.10 prints the sum's sharding parameter and not the others'.
            return "\(name)[axes=\(tuple(axes))\(reduction == .add ? " out_sharding=None" : "")]"
        case .elementwise(let function, let signature):
            if let exponent = signature.integerExponent { return "integer_pow[y=\(exponent)]" }
            return laxName(function)
        }
    }

    private static func tuple(_ values: [Int]) -> String { pythonTuple(values) }

    /// The lax primitive of a ufunc where there is one, the NumPy name otherwise.
    private static func laxName(_ function: UFunc) -> String {
        switch function {
        case .add: "add"
        case .subtract: "sub"
        case .multiply: "mul"
        case .trueDivide: "div"
        case .negative: "neg"
        case .absolute: "abs"
        case .maximum: "max"
        case .minimum: "min"
        case .power: "pow"
        case .arcsin: "asin"
        case .arccos: "acos"
        case .arctan: "atan"
        case .arctan2: "atan2"
        case .rint: "round"
        case .equal: "eq"
        case .notEqual: "ne"
        case .less: "lt"
        case .lessEqual: "le"
        case .greater: "gt"
        case .greaterEqual: "ge"
        case .logicalAnd, .bitwiseAnd: "and"
        case .logicalOr, .bitwiseOr: "or"
        case .logicalXor, .bitwiseXor: "xor"
        case .logicalNot, .invert: "not"
        case .leftShift: "shift_left"
        case .rightShift: "shift_right_arithmetic"
        case .isfinite: "is_finite"
        case .remainder: "rem"
        default: function.name
        }
    }
}
