import Dispatch

/// Times a call as `timeit` does: an autorange doubles the calls per run until one run
/// lasts at least `minimumRunTime`, then the best of `repeats` runs, per call.
struct Stopwatch {
    var repeats: Int
    var minimumRunTime: Double

    func bestTime<Failure: Error>(_ body: () throws(Failure) -> Void) throws(Failure) -> Double {
        var calls = 1
        while try run(calls, body) < minimumRunTime {
            calls *= 2
        }
        var best = Double.infinity
        for _ in 0..<repeats {
            best = min(best, try run(calls, body))
        }
        return best / Double(calls)
    }

    private func run<Failure: Error>(_ calls: Int, _ body: () throws(Failure) -> Void) throws(Failure) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<calls { try body() }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
