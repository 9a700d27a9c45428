import Foundation

/// The times `course bench` measured: seconds per call for each workload, variant and
/// size, nil where a variant did not run (a loop above the cap, a library not installed).
public struct BenchResults: Sendable, Equatable {
    public var settings: BenchSettings
    /// Seconds per call, by workload, then variant, then position in `settings.powers`.
    public private(set) var times: [BenchWorkload: [BenchVariant: [Double?]]] = [:]
    /// Why variants are missing (python3 without JAX, ...), one sentence each.
    public var notes: [String] = []

    public init(settings: BenchSettings) {
        self.settings = settings
    }

    public func seconds(_ workload: BenchWorkload, _ variant: BenchVariant, power: Int) -> Double? {
        guard let index = settings.powers.firstIndex(of: power) else { return nil }
        return times[workload]?[variant]?[index] ?? nil
    }

    public mutating func record(_ seconds: Double, _ workload: BenchWorkload, _ variant: BenchVariant, power: Int) {
        guard let index = settings.powers.firstIndex(of: power) else { return }
        var row = times[workload]?[variant] ?? Array(repeating: nil, count: settings.powers.count)
        row[index] = seconds
        times[workload, default: [:]][variant] = row
    }

    /// The variants measured at some size, in the order of `BenchVariant.allCases`.
    public func variants(of workload: BenchWorkload) -> [BenchVariant] {
        BenchVariant.allCases.filter { variant in times[workload]?[variant]?.contains { $0 != nil } ?? false }
    }

    /// The results as JSON: settings, sizes, and per workload the seconds per call of each
    /// variant as an array over the sizes (null where it did not run).
    public func json() -> String {
        var workloads: [String: Any] = [:]
        for workload in BenchWorkload.allCases {
            var seconds: [String: Any] = [:]
            for variant in variants(of: workload) {
                seconds[variant.rawValue] = (times[workload]?[variant] ?? []).map { $0 as Any? ?? NSNull() }
            }
            workloads[workload.rawValue] = ["title": workload.title, "seconds": seconds]
        }
        let object: [String: Any] = [
            "dtype": settings.dtype.name,
            "powers": settings.powers,
            "sizes": settings.powers.map { 1 << $0 },
            "repeats": settings.repeats,
            "minimum_run_time": settings.minimumRunTime,
            "loop_cap": settings.loopCap,
            "workloads": workloads,
            "notes": notes,
        ]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
