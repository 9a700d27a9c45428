import Foundation

/// Python's `math` module.
enum MathModule {
    static func number(_ value: Value, _ function: String) throws(PythonError) -> Double {
        guard let number = try Runtime.realNumber(value) else { throw .typeError("must be real number, not \(value.typeName)") }
        return number
    }

    /// A function of one float with CPython's domain and range errors.
    static func unary(_ name: String, _ module: ModuleObject, domain: @escaping (Double) -> Bool = { _ in true },
                      _ body: @escaping (Double) -> Double) {
        module.define(name) { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "\(name)")
            let x = try number(arguments.positional[0], name)
            guard domain(x) else { throw .valueError("math domain error") }
            let result = body(x)
            if result.isNaN, !x.isNaN { throw .valueError("math domain error") }
            if result.isInfinite, x.isFinite { throw .overflow("math range error") }
            return .float(result)
        }
    }

    static func make(_ runtime: Runtime) -> ModuleObject {
        let module = ModuleObject(name: "math", attributes: [
            "pi": .float(Double.pi), "e": .float(M_E), "tau": .float(2 * Double.pi), "inf": .float(.infinity), "nan": .float(.nan),
        ])
        unary("sqrt", module, domain: { $0 >= 0 || $0.isNaN }, sqrt)
        unary("exp", module, exp)
        unary("expm1", module, expm1)
        unary("log2", module, domain: { $0 > 0 || $0.isNaN }, log2)
        unary("log10", module, domain: { $0 > 0 || $0.isNaN }, log10)
        unary("log1p", module, domain: { $0 > -1 || $0.isNaN }, log1p)
        unary("sin", module, domain: { !$0.isInfinite }, sin)
        unary("cos", module, domain: { !$0.isInfinite }, cos)
        unary("tan", module, domain: { !$0.isInfinite }, tan)
        unary("asin", module, domain: { abs($0) <= 1 || $0.isNaN }, asin)
        unary("acos", module, domain: { abs($0) <= 1 || $0.isNaN }, acos)
        unary("atan", module, atan)
        unary("sinh", module, sinh)
        unary("cosh", module, cosh)
        unary("tanh", module, tanh)
        unary("asinh", module, asinh)
        unary("acosh", module, domain: { $0 >= 1 || $0.isNaN }, acosh)
        unary("atanh", module, domain: { abs($0) < 1 || $0.isNaN }, atanh)
        unary("fabs", module, fabs)
        unary("degrees", module) { $0 * 180 / .pi }
        unary("radians", module) { $0 * .pi / 180 }
        unary("erf", module, erf)
        unary("erfc", module, erfc)
        unary("gamma", module, domain: { !($0 <= 0 && $0 == $0.rounded()) }, tgamma)
        unary("lgamma", module, domain: { !($0 <= 0 && $0 == $0.rounded()) }) { lgamma($0) }
        module.define("log") { arguments throws(PythonError) in
            try arguments.expectCount(1...2, "log")
            let x = try number(arguments.positional[0], "log")
            guard x > 0 || x.isNaN else { throw .valueError("math domain error") }
            if arguments.positional.count == 2 {
                let base = try number(arguments.positional[1], "log")
                guard base > 0 || base.isNaN else { throw .valueError("math domain error") }
                guard base != 1 else { throw .zeroDivision("float division by zero") }
                return .float(log(x) / log(base))
            }
            return .float(log(x))
        }
        module.define("pow") { arguments throws(PythonError) in
            try arguments.expectCount(2...2, "pow")
            let (x, y) = (try number(arguments.positional[0], "pow"), try number(arguments.positional[1], "pow"))
            if x == 0, y < 0 { throw .valueError("math domain error") }
            if x < 0, y.isFinite, y != y.rounded() { throw .valueError("math domain error") }
            let result = pow(x, y)
            if result.isInfinite, x.isFinite, y.isFinite { throw .overflow("math range error") }
            return .float(result)
        }
        module.define("atan2") { arguments throws(PythonError) in
            try arguments.expectCount(2...2, "atan2")
            return .float(atan2(try number(arguments.positional[0], "atan2"), try number(arguments.positional[1], "atan2")))
        }
        module.define("hypot") { arguments throws(PythonError) in
            var total = 0.0
            var values: [Double] = []
            for value in arguments.positional { values.append(try number(value, "hypot")) }
            if values.count == 2 { return .float(hypot(values[0], values[1])) }
            for value in values { total += value * value }
            return .float(total.squareRoot())
        }
        module.define("copysign") { arguments throws(PythonError) in
            try arguments.expectCount(2...2, "copysign")
            return .float(copysign(try number(arguments.positional[0], "copysign"), try number(arguments.positional[1], "copysign")))
        }
        module.define("fmod") { arguments throws(PythonError) in
            try arguments.expectCount(2...2, "fmod")
            let (x, y) = (try number(arguments.positional[0], "fmod"), try number(arguments.positional[1], "fmod"))
            if y == 0 || x.isInfinite { throw .valueError("math domain error") }
            return .float(fmod(x, y))
        }
        for (name, rule) in [("floor", FloatingPointRoundingRule.down), ("ceil", .up), ("trunc", .towardZero)] {
            module.define(name) { arguments throws(PythonError) in
                try arguments.expectCount(1...1, name)
                let value = arguments.positional[0]
                switch value {
                case .int, .bigInt: return value
                case .bool(let flag): return .int(flag ? 1 : 0)
                default:
                    let x = try number(value, name)
                    return try Runtime.toInt(.float(x.rounded(rule)))
                }
            }
        }
        module.define("isnan") { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "isnan")
            return .bool(try number(arguments.positional[0], "isnan").isNaN)
        }
        module.define("isinf") { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "isinf")
            return .bool(try number(arguments.positional[0], "isinf").isInfinite)
        }
        module.define("isfinite") { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "isfinite")
            return .bool(try number(arguments.positional[0], "isfinite").isFinite)
        }
        module.define("isclose") { arguments throws(PythonError) in
            try arguments.allowOnly(["rel_tol", "abs_tol"], function: "isclose")
            try arguments.expectCount(2...2, "isclose")
            let (a, b) = (try number(arguments.positional[0], "isclose"), try number(arguments.positional[1], "isclose"))
            let relative = try arguments.keyword("rel_tol").map { v throws(PythonError) in try number(v, "isclose") } ?? 1e-9
            let absolute = try arguments.keyword("abs_tol").map { v throws(PythonError) in try number(v, "isclose") } ?? 0
            if relative < 0 || absolute < 0 { throw .valueError("tolerances must be non-negative") }
            if a == b { return .bool(true) }
            if a.isInfinite || b.isInfinite { return .bool(false) }
            let difference = abs(b - a)
            return .bool(difference <= abs(relative * b) || difference <= abs(relative * a) || difference <= absolute)
        }
        module.define("factorial") { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "factorial")
            guard case .int(let n) = arguments.positional[0] else {
                if case .float = arguments.positional[0] { throw .typeError("'float' object cannot be interpreted as an integer") }
                throw .typeError("'\(arguments.positional[0].typeName)' object cannot be interpreted as an integer")
            }
            guard n >= 0 else { throw .valueError("factorial() not defined for negative values") }
            var result = BigInt(1)
            if n > 1 { for k in 2...n { result = result * BigInt(k) } }
            return .integer(result)
        }
        module.define("gcd") { arguments throws(PythonError) in
            var result = BigInt(0)
            for value in arguments.positional {
                var other: BigInt
                switch value {
                case .int(let number): other = BigInt(number)
                case .bigInt(let number): other = number
                case .bool(let flag): other = BigInt(flag ? 1 : 0)
                default: throw .typeError("'\(value.typeName)' object cannot be interpreted as an integer")
                }
                if other.isNegative { other = -other }
                var a = result
                while !other.isZero { (a, other) = (other, a.floorDivided(by: other).remainder) }
                result = a
            }
            return .integer(result)
        }
        module.define("fsum") { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "fsum")
            // Shewchuk's exact partial sums, as CPython's fsum.
            var partials: [Double] = []
            for item in try Iteration.values(arguments.positional[0]) {
                var x = try number(item, "fsum")
                var kept: [Double] = []
                for var y in partials {
                    if abs(x) < abs(y) { swap(&x, &y) }
                    let high = x + y
                    let low = y - (high - x)
                    if low != 0 { kept.append(low) }
                    x = high
                }
                kept.append(x)
                partials = kept
            }
            var total = 0.0
            if var index = partials.indices.last {
                total = partials[index]
                var low = 0.0
                while index > 0 {
                    index -= 1
                    let x = total
                    let y = partials[index]
                    total = x + y
                    let yr = total - x
                    low = y - yr
                    if low != 0 { break }
                }
                if index > 0, (low < 0 && partials[index - 1] < 0) || (low > 0 && partials[index - 1] > 0) {
                    let y = low * 2
                    let x = total + y
                    if y == x - total { total = x }
                }
            }
            return .float(total)
        }
        module.define("prod") { arguments throws(PythonError) in
            try arguments.allowOnly(["start"], function: "prod")
            var total = arguments.keyword("start") ?? .int(1)
            for item in try Iteration.values(arguments.positional.first ?? .tuple([])) {
                total = try Operators.binary(.multiply, total, item)
            }
            return total
        }
        module.define("comb") { arguments throws(PythonError) in
            try arguments.expectCount(2...2, "comb")
            guard case .int(let n) = arguments.positional[0], case .int(let k) = arguments.positional[1] else {
                throw .typeError("'float' object cannot be interpreted as an integer")
            }
            guard n >= 0, k >= 0 else { throw .valueError("\(n < 0 ? "n" : "k") must be a non-negative integer") }
            guard k <= n else { return .int(0) }
            var result = BigInt(1)
            let r = Swift.min(k, n - k)
            if r > 0 { for i in 1...r { result = (result * BigInt(n - r + i)).floorDivided(by: BigInt(i)).quotient } }
            return .integer(result)
        }
        return module
    }
}
