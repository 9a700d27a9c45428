import TensorCore

/// The reference solution of `detector-signal`: the signal of every detector at every
/// sample, `gain[d] * source[s] + glitch[s] + offset[d] + noise[d, s]`, once with loops and
/// once with broadcasting, from the same inputs (the two agree bit for bit: the same
/// operations in the same order).
public enum DetectorSignal {
    /// The exercise's arrays: per detector (`gain`, `offset`), per sample (`source`,
    /// `glitch`), and per detector and sample (`noise`).
    public struct Inputs {
        public var gain: NDArray
        public var offset: NDArray
        public var source: NDArray
        public var glitch: NDArray
        public var noise: NDArray

        public init(gain: NDArray, offset: NDArray, source: NDArray, glitch: NDArray, noise: NDArray) {
            self.gain = gain
            self.offset = offset
            self.source = source
            self.glitch = glitch
            self.noise = noise
        }

        /// The inputs as the exercise's given cell builds them, with NumPy's legacy random
        /// stream seeded with `seed`: the same numbers, bit for bit.
        public static func generate(seed: Int64 = 2024, detectors: Int = 8, samples: Int = 1000) throws(TensorError) -> Inputs {
            let random = try RandomState(seed: seed)
            let time = try UFunc.multiply(.array(NDArray.arange(samples, dtype: .int64)), .scalar(.float(0.1)))
            let glitch = try NDArray.zeros([samples])
            let early = try time.view(at: [IndexComponent.slice(start: nil, stop: -100, step: nil)])
            let decay = try UFunc.multiply(.scalar(20), .array(UFunc.exp(.array(UFunc.trueDivide(.array(UFunc.negative(.array(early))), .scalar(.float(0.3)))))))
            try glitch.assign(decay, at: [IndexComponent.slice(start: 100, stop: nil, step: nil)])
            let gain = try UFunc.add(.scalar(1), .array(UFunc.multiply(.scalar(.float(0.03)), .array(random.standardNormal([detectors])))))
            let offset = try NDArray.arange(detectors, dtype: .int64)
            let phase = try UFunc.trueDivide(.array(UFunc.multiply(.scalar(.float(2 * Double.pi)), .array(time))), .scalar(5))
            let source = try UFunc.multiply(.scalar(7), .array(UFunc.sin(.array(phase))))
            let noise = try UFunc.multiply(.scalar(.float(0.7)), .array(random.standardNormal([detectors, samples])))
            return Inputs(gain: gain, offset: offset, source: source, glitch: glitch, noise: noise)
        }
    }

    /// One element at a time, as the given `signal_with_loops` does.
    public static func withLoops(_ inputs: Inputs) throws(TensorError) -> NDArray {
        let detectors = inputs.gain.shape[0]
        let samples = inputs.source.shape[0]
        let gain = inputs.gain.elements.map(\.doubleValue)
        let offset = inputs.offset.elements.map(\.doubleValue)
        let source = inputs.source.elements.map(\.doubleValue)
        let glitch = inputs.glitch.elements.map(\.doubleValue)
        let noise = inputs.noise.elements.map(\.doubleValue)
        var values: [NestedValue] = []
        for d in 0..<detectors {
            var row: [NestedValue] = []
            for s in 0..<samples {
                let value = gain[d] * source[s] + glitch[s] + offset[d] + noise[d * samples + s]
                row.append(.scalar(.float(value)))
            }
            values.append(.list(row))
        }
        return try NDArray(.list(values), dtype: .float64)
    }

    /// The whole array at once: per-detector arrays as columns, broadcast against rows.
    public static func withBroadcasting(_ inputs: Inputs) throws(TensorError) -> NDArray {
        let gain = try inputs.gain.expandingDimensions([1])
        let offset = try inputs.offset.expandingDimensions([1])
        let scaled = try UFunc.multiply(.array(gain), .array(inputs.source))
        let glitched = try UFunc.add(.array(scaled), .array(inputs.glitch))
        let shifted = try UFunc.add(.array(glitched), .array(offset))
        return try UFunc.add(.array(shifted), .array(inputs.noise))
    }
}
