import ArgumentParser
import Course
import Foundation
import Notebook

/// `course verify`.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "For course authors: check that placeholders are not started, solutions pass, references agree.",
        discussion: """
            Every bundled placeholder sheet must be judged "not started", every sheet in the solved \
            folder must pass, and the Swift reference solutions must agree with themselves. Exits 1 \
            when any of these fails. CI runs it.

            Example:
              course verify --solved Tests/CourseTests/Fixtures/Solved
            """
    )

    @Option(help: ArgumentHelp("The folder of solved answer sheets.", valueName: "dir"))
    var solved = "Tests/CourseTests/Fixtures/Solved"

    func run() throws {
        let verification = CourseVerification(solved: solved)
        let passed = try verification.run { heading, items in
            var text = heading + "\n"
            for item in items { text += "  \(item.passed ? "ok  " : "FAIL") \(item.text)\n" }
            Console.output(text)
        }
        Console.output(passed ? "verify: everything holds\n" : "verify: something failed\n")
        if !passed { throw ExitCode(1) }
    }
}
