import Course
import Foundation
import Testing

/// `GradeRun`'s isolation: a worker that crashes or hangs becomes an error row for that
/// student and exercise, with what happened.
@Suite("grading workers")
struct GradeRunTests {
    /// A stand-in for the `course` binary: a shell script.
    static func script(_ body: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("worker-\(UUID().uuidString).sh").path
        try "#!/bin/sh\n\(body)\n".write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        return path
    }

    @Test("A worker killed by a signal is recorded as a crash")
    func crash() throws {
        var grading = GradeRun(submissions: "/tmp", executable: try Self.script("kill -SEGV $$"), jobs: 1, timeout: 1)
        grading.watchdogSlack = 5
        let row = grading.check("normalize", student: "eve", folder: "/tmp")
        #expect(row == .init(student: "eve", exercise: "normalize", verdict: "error", message: "the checker crashed (signal 11)"))
    }

    @Test("A worker that hangs is stopped by the watchdog")
    func hang() throws {
        var grading = GradeRun(submissions: "/tmp", executable: try Self.script("exec sleep 30"), jobs: 1, timeout: 0.25)
        grading.watchdogSlack = 0.5
        let row = grading.check("normalize", student: "eve", folder: "/tmp")
        #expect(row.verdict == "error")
        #expect(row.message == "the checker was stopped after 1 s")
    }

    @Test("A worker whose output is not the results JSON is an error that says so")
    func garbage() throws {
        let grading = GradeRun(submissions: "/tmp", executable: try Self.script("echo PASS; exit 0"), jobs: 1, timeout: 1)
        let row = grading.check("normalize", student: "eve", folder: "/tmp")
        #expect(row.message == "the checker's output could not be read (exit 0)")
    }
}
