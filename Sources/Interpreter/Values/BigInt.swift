/// An integer of any size, as Python's `int` is: a sign and a magnitude in 32-bit limbs,
/// least significant first, with no leading zero limbs (zero has none).
public struct BigInt: Hashable, Sendable, Comparable, CustomStringConvertible {
    var isNegative: Bool
    var limbs: [UInt32]

    public init(_ value: Int) {
        isNegative = value < 0
        var magnitude = value.magnitude
        limbs = []
        while magnitude != 0 {
            limbs.append(UInt32(truncatingIfNeeded: magnitude))
            magnitude >>= 32
        }
    }

    init(isNegative: Bool, limbs: [UInt32]) {
        var limbs = limbs
        while limbs.last == 0 { limbs.removeLast() }
        self.isNegative = isNegative && !limbs.isEmpty
        self.limbs = limbs
    }

    /// Digits in `radix` (2 to 36), no sign or prefix.
    public init?(digits: String, radix: Int) {
        guard !digits.isEmpty, (2...36).contains(radix) else { return nil }
        var result = BigInt(0)
        // Take several digits at a time: radix^chunk fits in 32 bits.
        var chunk = 1
        var power = radix
        while power * radix <= Int(UInt32.max) {
            power *= radix
            chunk += 1
        }
        var characters = Substring(digits)
        while !characters.isEmpty {
            let piece = characters.prefix(chunk)
            characters = characters.dropFirst(piece.count)
            guard let value = UInt32(piece, radix: radix) else { return nil }
            var scale: UInt32 = 1
            for _ in 0..<piece.count { scale *= UInt32(radix) }
            result = result.multipliedAndAdded(scale, value)
        }
        self = result
    }

    public var isZero: Bool { limbs.isEmpty }

    /// The value as an `Int`, when it fits.
    public var intValue: Int? {
        guard limbs.count <= 2 else { return nil }
        var magnitude: UInt64 = 0
        for (index, limb) in limbs.enumerated() { magnitude |= UInt64(limb) << (32 * index) }
        if isNegative {
            guard magnitude <= UInt64(Int.max) + 1 else { return nil }
            return magnitude == UInt64(Int.max) + 1 ? Int.min : -Int(magnitude)
        }
        guard magnitude <= UInt64(Int.max) else { return nil }
        return Int(magnitude)
    }

    /// The nearest `Double`, ties to even, as Python's `float(n)` (infinity when too large).
    public var doubleValue: Double {
        guard !limbs.isEmpty else { return 0 }
        let bits = bitWidth
        if bits <= 64 {
            var magnitude: UInt64 = 0
            for (index, limb) in limbs.enumerated() { magnitude |= UInt64(limb) << (32 * index) }
            let value = Double(magnitude)
            return isNegative ? -value : value
        }
        // Keep 64 leading bits and fold every lower bit into the last one (sticky), so the
        // conversion of those 64 bits rounds as the whole number would.
        let shift = bits - 64
        let top = magnitudeShiftedRight(by: shift)
        var leading: UInt64 = 0
        for (index, limb) in top.enumerated() where index < 2 { leading |= UInt64(limb) << (32 * index) }
        if hasBitsBelow(shift) { leading |= 1 }
        let value = Double(sign: isNegative ? .minus : .plus, exponent: shift, significand: Double(leading))
        return value
    }

    /// The number of bits of the magnitude.
    public var bitWidth: Int {
        guard let last = limbs.last else { return 0 }
        return (limbs.count - 1) * 32 + (32 - last.leadingZeroBitCount)
    }

    private func hasBitsBelow(_ shift: Int) -> Bool {
        let whole = shift / 32
        for index in 0..<Swift.min(whole, limbs.count) where limbs[index] != 0 { return true }
        let rest = shift % 32
        if rest > 0, whole < limbs.count, limbs[whole] & ((1 << UInt32(rest)) - 1) != 0 { return true }
        return false
    }

    private func magnitudeShiftedRight(by shift: Int) -> [UInt32] {
        let whole = shift / 32
        let rest = UInt32(shift % 32)
        guard whole < limbs.count else { return [] }
        var result = [UInt32](repeating: 0, count: limbs.count - whole)
        for index in result.indices {
            let low = limbs[index + whole] >> rest
            let high = rest == 0 || index + whole + 1 >= limbs.count ? 0 : limbs[index + whole + 1] << (32 - rest)
            result[index] = low | high
        }
        return result
    }

    private func multipliedAndAdded(_ factor: UInt32, _ addend: UInt32) -> BigInt {
        var result = [UInt32]()
        result.reserveCapacity(limbs.count + 1)
        var carry = UInt64(addend)
        for limb in limbs {
            let product = UInt64(limb) * UInt64(factor) + carry
            result.append(UInt32(truncatingIfNeeded: product))
            carry = product >> 32
        }
        if carry != 0 { result.append(UInt32(carry)) }
        return BigInt(isNegative: isNegative, limbs: result)
    }

    // MARK: - Magnitudes

    static func compareMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        for index in a.indices.reversed() where a[index] != b[index] { return a[index] < b[index] ? -1 : 1 }
        return 0
    }

    static func addMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        var result = [UInt32](repeating: 0, count: long.count + 1)
        var carry: UInt64 = 0
        for index in long.indices {
            let sum = UInt64(long[index]) + (index < short.count ? UInt64(short[index]) : 0) + carry
            result[index] = UInt32(truncatingIfNeeded: sum)
            carry = sum >> 32
        }
        result[long.count] = UInt32(carry)
        return result
    }

    /// `a - b` for `a >= b`.
    static func subtractMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var result = a
        var borrow: Int64 = 0
        for index in a.indices {
            var difference = Int64(a[index]) - (index < b.count ? Int64(b[index]) : 0) - borrow
            borrow = 0
            if difference < 0 {
                difference += 1 << 32
                borrow = 1
            }
            result[index] = UInt32(difference)
        }
        return result
    }

    static func multiplyMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        guard !a.isEmpty, !b.isEmpty else { return [] }
        var result = [UInt32](repeating: 0, count: a.count + b.count)
        for i in a.indices {
            var carry: UInt64 = 0
            let factor = UInt64(a[i])
            for j in b.indices {
                let product = factor * UInt64(b[j]) + UInt64(result[i + j]) + carry
                result[i + j] = UInt32(truncatingIfNeeded: product)
                carry = product >> 32
            }
            result[i + b.count] = UInt32(carry)
        }
        return result
    }

    /// Truncating division of magnitudes (Knuth's algorithm D): quotient and remainder.
    static func divideMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> (quotient: [UInt32], remainder: [UInt32]) {
        precondition(!b.isEmpty, "division by zero")
        if compareMagnitudes(a, b) < 0 { return ([], a) }
        if b.count == 1 {
            var quotient = [UInt32](repeating: 0, count: a.count)
            var remainder: UInt64 = 0
            let divisor = UInt64(b[0])
            for index in a.indices.reversed() {
                let current = (remainder << 32) | UInt64(a[index])
                quotient[index] = UInt32(current / divisor)
                remainder = current % divisor
            }
            while quotient.last == 0 { quotient.removeLast() }
            return (quotient, remainder == 0 ? [] : [UInt32(remainder)])
        }
        let shift = UInt32(b.last!.leadingZeroBitCount)
        let divisor = shiftLeft(b, by: shift)
        var dividend = shiftLeft(a, by: shift)
        if dividend.count == a.count { dividend.append(0) }
        let n = divisor.count
        let m = dividend.count - n
        var quotient = [UInt32](repeating: 0, count: m)
        let top = UInt64(divisor[n - 1])
        let second = UInt64(divisor[n - 2])
        for j in stride(from: m - 1, through: 0, by: -1) {
            let numerator = (UInt64(dividend[j + n]) << 32) | UInt64(dividend[j + n - 1])
            var estimate = numerator / top
            var remainder = numerator % top
            while estimate >= (1 << 32) || estimate * second > ((remainder << 32) | UInt64(dividend[j + n - 2])) {
                estimate -= 1
                remainder += top
                if remainder >= (1 << 32) { break }
            }
            // Multiply and subtract.
            var borrow: Int64 = 0
            var carry: UInt64 = 0
            for i in 0..<n {
                let product = estimate * UInt64(divisor[i]) + carry
                carry = product >> 32
                let difference = Int64(dividend[i + j]) - Int64(product & 0xFFFF_FFFF) - borrow
                dividend[i + j] = UInt32(truncatingIfNeeded: difference)
                borrow = difference < 0 ? 1 : 0
            }
            let last = Int64(dividend[j + n]) - Int64(carry) - borrow
            dividend[j + n] = UInt32(truncatingIfNeeded: last)
            if last < 0 {
                estimate -= 1
                var addCarry: UInt64 = 0
                for i in 0..<n {
                    let sum = UInt64(dividend[i + j]) + UInt64(divisor[i]) + addCarry
                    dividend[i + j] = UInt32(truncatingIfNeeded: sum)
                    addCarry = sum >> 32
                }
                dividend[j + n] = UInt32(truncatingIfNeeded: UInt64(dividend[j + n]) + addCarry)
            }
            quotient[j] = UInt32(estimate)
        }
        var remainder = Array(dividend[0..<n])
        remainder = shiftRight(remainder, by: shift)
        while remainder.last == 0 { remainder.removeLast() }
        while quotient.last == 0 { quotient.removeLast() }
        return (quotient, remainder)
    }

    static func shiftLeft(_ a: [UInt32], by shift: UInt32) -> [UInt32] {
        guard shift > 0 else { return a }
        var result = [UInt32](repeating: 0, count: a.count + 1)
        for index in a.indices {
            result[index] |= a[index] << shift
            result[index + 1] = a[index] >> (32 - shift)
        }
        while result.last == 0 { result.removeLast() }
        return result
    }

    static func shiftRight(_ a: [UInt32], by shift: UInt32) -> [UInt32] {
        guard shift > 0 else { return a }
        var result = a
        for index in a.indices {
            result[index] = a[index] >> shift | (index + 1 < a.count ? a[index + 1] << (32 - shift) : 0)
        }
        return result
    }

    // MARK: - Arithmetic

    public static func + (a: BigInt, b: BigInt) -> BigInt {
        if a.isNegative == b.isNegative { return BigInt(isNegative: a.isNegative, limbs: addMagnitudes(a.limbs, b.limbs)) }
        if compareMagnitudes(a.limbs, b.limbs) >= 0 {
            return BigInt(isNegative: a.isNegative, limbs: subtractMagnitudes(a.limbs, b.limbs))
        }
        return BigInt(isNegative: b.isNegative, limbs: subtractMagnitudes(b.limbs, a.limbs))
    }

    public static prefix func - (a: BigInt) -> BigInt { BigInt(isNegative: !a.isNegative, limbs: a.limbs) }

    public static func - (a: BigInt, b: BigInt) -> BigInt { a + (-b) }

    public static func * (a: BigInt, b: BigInt) -> BigInt {
        BigInt(isNegative: a.isNegative != b.isNegative, limbs: multiplyMagnitudes(a.limbs, b.limbs))
    }

    /// Python's floor division and modulo (the remainder takes the divisor's sign).
    /// The divisor must not be zero.
    public func floorDivided(by divisor: BigInt) -> (quotient: BigInt, remainder: BigInt) {
        let (q, r) = Self.divideMagnitudes(limbs, divisor.limbs)
        var quotient = BigInt(isNegative: isNegative != divisor.isNegative, limbs: q)
        var remainder = BigInt(isNegative: isNegative, limbs: r)
        if !remainder.isZero, remainder.isNegative != divisor.isNegative {
            quotient = quotient - BigInt(1)
            remainder = remainder + divisor
        }
        return (quotient, remainder)
    }

    public func power(_ exponent: Int) -> BigInt {
        var result = BigInt(1)
        var base = self
        var exponent = exponent
        while exponent > 0 {
            if exponent & 1 == 1 { result = result * base }
            exponent >>= 1
            if exponent > 0 { base = base * base }
        }
        return result
    }

    public static func < (a: BigInt, b: BigInt) -> Bool {
        if a.isNegative != b.isNegative { return a.isNegative }
        let order = compareMagnitudes(a.limbs, b.limbs)
        return a.isNegative ? order > 0 : order < 0
    }

    // MARK: - Bits (two's complement, as Python defines them for negative numbers)

    /// The value in two's complement over `count` limbs (enough to hold it plus a sign).
    private func twosComplement(_ count: Int) -> [UInt32] {
        var result = limbs + [UInt32](repeating: 0, count: count - limbs.count)
        guard isNegative else { return result }
        var carry: UInt64 = 1
        for index in result.indices {
            let sum = UInt64(~result[index]) + carry
            result[index] = UInt32(truncatingIfNeeded: sum)
            carry = sum >> 32
        }
        return result
    }

    private static func fromTwosComplement(_ words: [UInt32]) -> BigInt {
        guard let last = words.last, last & 0x8000_0000 != 0 else { return BigInt(isNegative: false, limbs: words) }
        var magnitude = words
        var carry: UInt64 = 1
        for index in magnitude.indices {
            let sum = UInt64(~magnitude[index]) + carry
            magnitude[index] = UInt32(truncatingIfNeeded: sum)
            carry = sum >> 32
        }
        return BigInt(isNegative: true, limbs: magnitude)
    }

    static func bitwise(_ a: BigInt, _ b: BigInt, _ operation: (UInt32, UInt32) -> UInt32) -> BigInt {
        let count = Swift.max(a.limbs.count, b.limbs.count) + 1
        let (x, y) = (a.twosComplement(count), b.twosComplement(count))
        return fromTwosComplement((0..<count).map { operation(x[$0], y[$0]) })
    }

    public func shiftedLeft(_ count: Int) -> BigInt {
        var shifted = [UInt32](repeating: 0, count: count / 32) + limbs
        shifted = Self.shiftLeft(shifted, by: UInt32(count % 32))
        return BigInt(isNegative: isNegative, limbs: shifted)
    }

    /// Arithmetic shift right: rounds toward negative infinity, as Python's `>>`.
    public func shiftedRight(_ count: Int) -> BigInt {
        guard isNegative else { return BigInt(isNegative: false, limbs: magnitudeShiftedRight(by: count)) }
        let truncated = BigInt(isNegative: true, limbs: magnitudeShiftedRight(by: count))
        return hasBitsBelow(count) ? truncated - BigInt(1) : truncated
    }

    // MARK: - Text

    /// The digits in `radix`, with a leading `-` for negative numbers.
    public func toString(radix: Int = 10) -> String {
        guard !limbs.isEmpty else { return "0" }
        var chunk = 1
        var power: UInt32 = UInt32(radix)
        while UInt64(power) * UInt64(radix) <= UInt64(UInt32.max) {
            power *= UInt32(radix)
            chunk += 1
        }
        var pieces: [String] = []
        var magnitude = limbs
        while !magnitude.isEmpty {
            let (quotient, remainder) = Self.divideMagnitudes(magnitude, [power])
            pieces.append(String(remainder.first ?? 0, radix: radix))
            magnitude = quotient
        }
        var text = pieces.last!
        for piece in pieces.dropLast().reversed() { text += String(repeating: "0", count: chunk - piece.count) + piece }
        return (isNegative ? "-" : "") + text
    }

    public var description: String { toString() }
}

extension BigInt {
    /// CPython 3.11's limit on the digits of a decimal conversion between int and str.
    static let maximumDecimalDigits = 4300

    static func tooManyDigits(_ count: Int? = nil) -> PythonError {
        .valueError(
            "Exceeds the limit (\(maximumDecimalDigits) digits) for integer string conversion"
                + (count.map { ": value has \($0) digits" } ?? "") + "; use sys.set_int_max_str_digits() to increase the limit")
    }

    /// `str(n)`: the decimal digits, or CPython's ValueError past 4,300 of them (checked
    /// from the size first, as CPython does, for numbers far past it).
    func decimalString() throws(PythonError) -> String {
        if Double(bitWidth) * 0.30103 > Double(Self.maximumDecimalDigits + 1) { throw Self.tooManyDigits() }
        let text = toString()
        if text.utf8.count - (isNegative ? 1 : 0) > Self.maximumDecimalDigits { throw Self.tooManyDigits() }
        return text
    }
}
