import Testing

@testable import Charts

/// Axis ranges and ticks: matplotlib's margins, round steps, decades on log axes.
@Suite("Axis")
struct AxisTests {
    @Test("A linear axis adds 5% margins and ticks at steps of 1, 2, 2.5 or 5 times a power of ten")
    func linear() {
        let axis = Axis.covering([0, 10], scale: .linear, tickCount: 5)
        #expect(axis.low == -0.5 && axis.high == 10.5)
        #expect(axis.ticks.map(\.text) == ["0.0", "2.5", "5.0", "7.5", "10.0"])
        #expect(axis.fraction(-0.5) == 0 && axis.fraction(10.5) == 1)
    }

    @Test("Fractional steps get the decimals they need", arguments: [
        (0.0, 1.0, 5, ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"]),
        (-1.0, 1.0, 4, ["-1.0", "-0.5", "0.0", "0.5", "1.0"]),
        (0.0, 0.01, 4, ["0.0000", "0.0025", "0.0050", "0.0075", "0.0100"]),
    ])
    func decimals(low: Double, high: Double, count: Int, expected: [String]) {
        #expect(Axis.linearTicks(low, high, count: count).map(\.text) == expected)
    }

    @Test("A log axis puts ticks on decades, shown as powers of ten")
    func logarithmic() {
        let axis = Axis.covering([1e3, 1e7], scale: .log)
        #expect(axis.ticks.compactMap(\.exponent) == [3, 4, 5, 6, 7])
        #expect(axis.ticks.map(\.unicodeText) == ["10³", "10⁴", "10⁵", "10⁶", "10⁷"])
        #expect(axis.fraction(-1) == nil, "a negative value has no place on a log axis")
        #expect(abs(axis.fraction(1e5)! - 0.5) < 1e-12)
    }

    @Test("A narrow log range falls back to 1-2-5 ticks")
    func narrowLog() {
        #expect(Axis.logTicks(1.5, 9, count: 5).map(\.text) == ["2", "5"])
    }

    @Test("Constant data still gets a range")
    func constant() {
        let axis = Axis.covering([3, 3, 3], scale: .linear)
        #expect(axis.low < 3 && axis.high > 3)
        #expect(!axis.ticks.isEmpty)
    }
}
