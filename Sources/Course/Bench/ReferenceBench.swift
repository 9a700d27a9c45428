import Foundation

/// Times the real NumPy, `jax.jit` and CPython loops by running the bundled
/// `compare_numpy_jax.py --stream` under python3, reading each time as it is measured.
struct ReferenceBench {
    var settings: BenchSettings
    var python = "python3"

    /// How many times the script measures when every library is installed.
    var measurementCount: Int {
        settings.powers.count * 2 * 2 + settings.powers.filter { $0 <= settings.loopCap }.count * 2
    }

    /// Runs the script, recording into `results`; `measured` is called after each time with
    /// the number of measurements a missing library takes away. A python3 that cannot run
    /// becomes a note, as does a library that is not installed.
    func run(into results: inout BenchResults, measured: (_ skipped: Int) -> Void) {
        guard let script = Bundle.module.url(forResource: "compare_numpy_jax", withExtension: "py", subdirectory: "Benchmarks") else {
            results.notes.append("NumPy and JAX were not timed: compare_numpy_jax.py is missing from the installation.")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, script.path, "--stream",
                             "--sizes", settings.powers.map(String.init).joined(separator: ","),
                             "--dtype", settings.dtype.name, "--repeat", String(settings.repeats),
                             "--min-time", String(settings.minimumRunTime), "--loop-cap", String(settings.loopCap)]
        let output = Pipe()
        // Standard error goes to a file, not a pipe: a pipe nobody reads while the times
        // stream in would stall the script once its warnings filled the pipe's buffer.
        let errorPath = FileManager.default.temporaryDirectory.appendingPathComponent("course-bench-\(UUID().uuidString).err")
        defer { try? FileManager.default.removeItem(at: errorPath) }
        guard FileManager.default.createFile(atPath: errorPath.path, contents: nil),
              let errors = try? FileHandle(forWritingTo: errorPath) else {
            results.notes.append("NumPy and JAX were not timed: no temporary file for python3's messages.")
            return
        }
        defer { try? errors.close() }
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            results.notes.append("NumPy and JAX were not timed: \(python) cannot be run (\(error)).")
            return
        }
        var pending = Data()
        while true {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            pending.append(chunk)
            while let end = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = pending[pending.startIndex..<end]
                pending.removeSubrange(pending.startIndex...end)
                read(line, into: &results, measured: measured)
            }
        }
        process.waitUntilExit()
        let message = (try? String(contentsOf: errorPath, encoding: .utf8)) ?? ""
        if process.terminationStatus != 0 {
            let reason = message.split(separator: "\n").last.map(String.init) ?? "exit status \(process.terminationStatus)"
            results.notes.append("compare_numpy_jax.py failed: \(reason)")
        }
    }

    private func read(_ line: Data, into results: inout BenchResults, measured: (Int) -> Void) {
        guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any],
              let library = object["library"] as? String,
              let variant = BenchVariant.allCases.first(where: { $0.referenceLibrary == library }) else { return }
        if let reason = object["missing"] as? String {
            results.notes.append("\(variant.title) was not timed: python3 says \(reason).")
            measured(variant == .cpythonLoop ? 0 : settings.powers.count * 2)
            return
        }
        guard let name = object["workload"] as? String, let workload = BenchWorkload(rawValue: name),
              let power = object["power"] as? Int, let seconds = object["seconds"] as? Double else { return }
        results.record(seconds, workload, variant, power: power)
        measured(0)
    }
}
