import ArgumentParser
import Course
import Foundation
import Notebook

/// `course`: the root command. Runs a subcommand and maps failures to the exit codes
/// of DESIGN.md: 1 when a cell or exercise failed, 2 when the command could not do its job.
@main
struct CourseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "course",
        abstract: "Read, run and check array-programming courses written as Markdown notebooks.",
        discussion: """
            NOTEBOOK defaults to the bundled NumPy & JAX course, from any directory.
            Exit codes: 0 all good, 1 a cell or an exercise failed, 2 the command could not do its job.
            """,
        version: CourseVersion.current,
        subcommands: [ListCommand.self, ExplainCommand.self, RunCommand.self, BenchCommand.self, CheckCommand.self, HintCommand.self, ResetCommand.self, VerifyCommand.self, WatchCommand.self, GradeCommand.self]
    )

    static func main() {
        do {
            var command = try parseAsRoot(ScriptArguments.separated(Array(CommandLine.arguments.dropFirst())))
            try command.run()
        } catch let error as NotebookError {
            Console.error(error.description)
            Foundation.exit(2)
        } catch let error as any UserFacingError {
            Console.error(error.description)
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                Console.error(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
